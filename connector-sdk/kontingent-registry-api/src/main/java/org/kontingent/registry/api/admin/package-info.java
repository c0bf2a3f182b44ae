/**
 * The registry's administration: the master subject dictionary and how organizations' own subject
 * names map to it ({@link org.kontingent.registry.api.admin.RegistryAdministration#localSubjects},
 * {@link org.kontingent.registry.api.admin.RegistryAdministration#mapSubject}), and which authority
 * an organization or an authority is subordinate to. Every write is checked against the caller's
 * scope and journaled in the registry's journal of changes under the caller's source.
 */
@Export
@Version("1.0.0")
package org.kontingent.registry.api.admin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
