/**
 * Who is calling and what they may do: the four roles, their permissions, a caller's scope in
 * the authority tree, the annotations a REST resource declares its access rule with, and the
 * journal of access to personal data. 1.2.0: the permission {@code READ_HEALTH} (health data)
 * and the journal entry of a portfolio section shown only with a permission.
 */
@Export
@Version("1.2.0")
package org.kontingent.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
