package org.kontingent.platform.api.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static org.kontingent.platform.api.security.Permission.*;

/**
 * The four roles of the regional registry, each with exactly its permissions. What a role sees
 * is further limited by the user's {@link Scope}.
 */
public enum Role {
    /** Everything, everywhere. */
    SYSTEM_ADMINISTRATOR(EnumSet.allOf(Permission.class)),
    /**
     * An authority's administrator: its part of the region, its users, dictionary and mapping, and
     * its learners' health data (health groups, disability, special educational needs), which
     * planning adapted education and inclusion needs.
     */
    AUTHORITY_ADMINISTRATOR(EnumSet.of(READ_REGISTRY, READ_PERSONS, READ_IDENTIFIERS, RUN_REPORTS, UPLOAD_DATA,
            READ_LOAD_JOURNAL, MANAGE_USERS, MANAGE_DICTIONARIES, MERGE_PERSONS, READ_ACTION_JOURNAL, READ_HEALTH)),
    /**
     * An employee of an organization or authority: reads its part of the region (with СНИЛС and
     * document numbers masked, and without health data: least privilege for a special category of
     * personal data), uploads data.
     */
    EMPLOYEE(EnumSet.of(READ_REGISTRY, READ_PERSONS, RUN_REPORTS, UPLOAD_DATA, READ_LOAD_JOURNAL)),
    /**
     * A data provider's representative, or its system through an API key: sends packages and
     * reads the load journal of its own provider only.
     */
    PROVIDER_REPRESENTATIVE(EnumSet.of(READ_LOAD_JOURNAL, SUBMIT_PACKAGES));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Collections.unmodifiableSet(EnumSet.copyOf(permissions));
    }

    /** The permissions of the role, in the order of {@link Permission}. */
    public Set<Permission> permissions() {
        return permissions;
    }

    /** Whether the role holds a permission. */
    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }
}
