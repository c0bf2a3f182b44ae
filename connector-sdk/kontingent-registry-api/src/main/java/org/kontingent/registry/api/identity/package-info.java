/**
 * Who a person is: finding the person an outside record is about (by СНИЛС or by the combined
 * identifier), possible duplicates with their score and reasons, and merging two persons into
 * one, journaled and undoable ({@link org.kontingent.registry.api.identity.PersonIdentity}).
 * Bundles that keep data of their own about persons take part in merges through
 * {@link org.kontingent.registry.api.identity.PersonMergeParticipant}.
 */
@Export
@Version("1.2.0")
package org.kontingent.registry.api.identity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
