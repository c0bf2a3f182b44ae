/**
 * Writing to the registry: the published command service
 * ({@link org.kontingent.registry.api.command.RegistryCommands}) and the records it takes.
 * Every write is checked whole before anything is stored, names its source (who supplied the
 * fact) and is journaled with the record before and after it.
 */
@Export
@Version("1.0.0")
package org.kontingent.registry.api.command;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
