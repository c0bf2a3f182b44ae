/**
 * The rules of Russian identifiers the registry keeps: СНИЛС, ИНН, КПП, ОГРН/ОГРНИП and
 * identity documents. Each rule answers with {@link org.kontingent.registry.api.identifiers.Violation}s
 * that name the field, the value and the rule, so that a connector, the gateway and the core
 * refuse the same input with the same words.
 */
@Export
@Version("1.0.0")
package org.kontingent.registry.api.identifiers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
