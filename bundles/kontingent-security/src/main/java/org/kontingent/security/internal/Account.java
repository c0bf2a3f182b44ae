package org.kontingent.security.internal;

import java.time.Instant;

import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;

/** An account as kept, with its password hash and lockout state. */
record Account(long id, String login, String displayName, Role role, Scope scope, String snils, String passwordHash,
        boolean passwordChangeRequired, int failedSignIns, Instant lockedUntil, boolean active) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
