package org.kontingent.registry.core.internal;

import java.time.LocalDate;

import org.kontingent.platform.api.security.Scope;

/**
 * The SQL conditions that keep a query inside a caller's scope. An authority's scope is every
 * authority under it (the closure table) and every organization those manage; an
 * organization's scope is itself; a data provider's scope holds no persons, organizations or
 * authorities. A person is inside a scope while they, or a learner they represent, hold a
 * membership in an organization of the scope on the day, or held one that ended within
 * {@value #RETENTION_DAYS} days before it, or have one that starts later.
 */
final class ScopeSql {
    /** How long an organization's users still see a person after the person left it. */
    static final int RETENTION_DAYS = 365;

    private ScopeSql() {
    }

    /** The condition that an organization id column lies in the scope; {@code TRUE} for the region. */
    static Sql organizations(String column, Scope scope) {
        return switch (scope.kind()) {
            case REGION -> new Sql().append("TRUE");
            case AUTHORITY -> new Sql().append(column + " IN (SELECT so.id FROM registry.organization so"
                    + " JOIN registry.authority_closure sc ON sc.descendant_id = so.authority_id WHERE sc.ancestor_id = ?)",
                    scope.id());
            case ORGANIZATION -> new Sql().append(column + " = ?", scope.id());
            case PROVIDER -> new Sql().append("FALSE");
        };
    }

    /** The condition that an organization row (alias) lies in the scope. */
    static Sql organizationRow(String alias, Scope scope) {
        return switch (scope.kind()) {
            case AUTHORITY -> new Sql().append(alias + ".authority_id IN (SELECT descendant_id FROM registry.authority_closure"
                    + " WHERE ancestor_id = ?)", scope.id());
            default -> organizations(alias + ".id", scope);
        };
    }

    /** The condition that an authority id column lies in the scope. */
    static Sql authorities(String column, Scope scope) {
        return switch (scope.kind()) {
            case REGION -> new Sql().append("TRUE");
            case AUTHORITY -> new Sql().append(column + " IN (SELECT descendant_id FROM registry.authority_closure"
                    + " WHERE ancestor_id = ?)", scope.id());
            case ORGANIZATION, PROVIDER -> new Sql().append("FALSE");
        };
    }

    /** The condition that the person of an id column is inside the scope on a day. */
    static Sql persons(String column, Scope scope, LocalDate asOf) {
        if (scope.wholeRegion()) {
            return new Sql().append("TRUE");
        }
        if (scope.kind() == Scope.Kind.PROVIDER) {
            return new Sql().append("FALSE");
        }
        LocalDate since = asOf.minusDays(RETENTION_DAYS);
        return new Sql().append("(EXISTS (SELECT 1 FROM registry.membership sm WHERE sm.person_id = " + column + " AND ")
                .append(organizations("sm.organization_id", scope))
                .append(" AND (sm.ends_on IS NULL OR sm.ends_on > ?))", since)
                .append(" OR EXISTS (SELECT 1 FROM registry.representative sr JOIN registry.membership sm"
                        + " ON sm.person_id = sr.learner_id WHERE sr.representative_id = " + column + " AND sm.role = 'learner' AND ")
                .append(organizations("sm.organization_id", scope))
                .append(" AND (sm.ends_on IS NULL OR sm.ends_on > ?)))", since);
    }
}
