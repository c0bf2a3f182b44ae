package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.identifiers.DocumentType;
import org.kontingent.registry.api.identifiers.IdentityDocuments;
import org.kontingent.registry.api.names.PersonNames;
import org.kontingent.registry.api.query.PersonMatch.Kind;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PersonSearch.Who;

/**
 * The SQL of a person search. Results come in tiers of closeness ({@link Kind}): each tier is a
 * query of its own that excludes the closer tiers, ordered by the normal form of the name, so a
 * tier walks the name index and pages by keyset. Name parts are compared in their normal form:
 * whole and prefixes as ranges on the C-collated columns; fragments and typos by first finding
 * the matching values in the dictionary of name parts ({@code registry.person_name_part}), then
 * the persons with those values through the same indexes.
 */
final class PersonSearchQuery {
    /** A part this long or longer is looked for as a fragment, and a typo in it is tolerated. */
    private static final int FRAGMENT_LENGTH = 3;
    private static final String DICTIONARY = "SELECT value FROM registry.person_name_part WHERE part = ?";
    /** Above every letter: {@code v <= x < v + PAST_LETTERS} holds exactly for the x starting with v. */
    private static final String PAST_LETTERS = "\uFFFF";

    private record Part(String kind, String value) {
        boolean longEnough() {
            return value.length() >= FRAGMENT_LENGTH;
        }
    }

    private final List<Part> parts = new ArrayList<>();
    /** The dictionary values of each long part that contain it, and that contain it or are one typo away. */
    private final Map<Part, String[]> fragments = new HashMap<>();
    private final Map<Part, String[]> typos = new HashMap<>();
    private final Sql filters = new Sql();
    private final NamePartDictionary dictionary;
    /**
     * Whether the search walks the scope table ({@code registry.person_scope s}) for an
     * authority's scope on today, rather than the person table ({@code registry.person p}).
     */
    private final boolean scopeTable;
    /** The alias whose name columns and id the search walks: {@code s} or {@code p}. */
    private final String names;
    /** Whether a criterion needs the person's own row beyond the name (birth, sex, documents, memberships). */
    private boolean personFilters;

    /**
     * @param scopeTable whether the scope table holds the scope on {@code asOf}: an authority
     *        below the top one, on the day the table is kept for; otherwise memberships are checked
     */
    PersonSearchQuery(PersonSearch criteria, LocalDate asOf, Scope scope, boolean scopeTable, NamePartDictionary dictionary) {
        this.dictionary = dictionary;
        part("surname", criteria.surname());
        part("name", criteria.name());
        part("patronymic", criteria.patronymic());
        this.scopeTable = scopeTable;
        names = scopeTable ? "s" : "p";
        if (scopeTable) {
            filters.append("s.authority_id = ?", scope.id());
        } else {
            filters.append("p.merged_into IS NULL");
        }
        int before = filters.text().length();
        if (criteria.birthDate() != null) {
            filters.append(" AND p.birth_date = ?", criteria.birthDate());
        }
        if (criteria.age() != null) {
            filters.append(" AND p.birth_date > ? AND p.birth_date <= ?", asOf.minusYears(criteria.age() + 1L),
                    asOf.minusYears(criteria.age()));
        }
        if (criteria.sex() != null) {
            filters.append(" AND p.sex = ?", criteria.sex());
        }
        document(criteria);
        membership(criteria, asOf);
        personFilters = filters.text().length() > before;
        if (!scope.wholeRegion() && !scopeTable) {
            filters.append(" AND ").append(ScopeSql.persons("p.id", scope, asOf));
        }
    }

    /**
     * What the search reads from: the person table, or the scope table joined to persons when the
     * rows are read or a criterion needs them (a count by name alone reads the scope table's index).
     */
    String from(boolean rows) {
        if (!scopeTable) {
            return "registry.person p";
        }
        return rows || personFilters ? "registry.person_scope s JOIN registry.person p ON p.id = s.person_id"
                : "registry.person_scope s";
    }

    private String column(Part part) {
        return names + "." + part.kind() + "_norm";
    }

    private String id() {
        return scopeTable ? "s.person_id" : "p.id";
    }

    private void part(String kind, String value) {
        String normal = PersonNames.normalize(value);
        if (!normal.isEmpty()) {
            parts.add(new Part(kind, normal));
        }
    }

    private void document(PersonSearch criteria) {
        boolean typed = criteria.documentType() != null && !criteria.documentType().isBlank();
        DocumentType type = typed ? DocumentType.fromCode(criteria.documentType()) : null;
        String series = typed ? IdentityDocuments.normalizeSeries(type, criteria.documentSeries()) : upper(criteria.documentSeries());
        String number = typed ? IdentityDocuments.normalizeNumber(type, criteria.documentNumber()) : upper(criteria.documentNumber());
        if (!typed && series == null && number == null) {
            return;
        }
        filters.append(" AND EXISTS (SELECT 1 FROM registry.identity_document d WHERE d.person_id = p.id");
        if (typed) {
            filters.append(" AND d.type_code = ?", type.code());
        }
        if (series != null) {
            filters.append(" AND replace(d.series, ' ', '') = ?", series.replace(" ", ""));
        }
        if (number != null) {
            filters.append(" AND d.number = ?", number);
        }
        filters.append(")");
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private void membership(PersonSearch criteria, LocalDate asOf) {
        boolean placed = criteria.organizationId() != null || criteria.authorityId() != null;
        if (criteria.who() == Who.ALL && !placed) {
            return;
        }
        if (criteria.who() == Who.REPRESENTATIVES) {
            filters.append(" AND EXISTS (SELECT 1 FROM registry.representative r JOIN registry.membership m"
                    + " ON m.person_id = r.learner_id WHERE r.representative_id = p.id AND m.role = 'learner'");
        } else {
            filters.append(" AND EXISTS (SELECT 1 FROM registry.membership m WHERE m.person_id = p.id");
            if (criteria.who() != Who.ALL) {
                filters.append(" AND m.role = ?", criteria.who() == Who.STAFF ? "staff" : "learner");
            }
        }
        filters.append(" AND m.starts_on <= ? AND (m.ends_on IS NULL OR ? < m.ends_on)", asOf, asOf);
        if (criteria.organizationId() != null) {
            filters.append(" AND m.organization_id = ?", criteria.organizationId());
        }
        if (criteria.authorityId() != null) {
            filters.append(" AND m.organization_id IN (SELECT o.id FROM registry.organization o"
                    + " JOIN registry.authority_closure a ON a.descendant_id = o.authority_id WHERE a.ancestor_id = ?)",
                    criteria.authorityId());
        }
        filters.append(")");
    }

    /** The tiers every search has: exact names and prefixes (or, with no name asked, all matches). */
    List<Kind> strictKinds() {
        return parts.isEmpty() ? List.of(Kind.EXACT) : List.of(Kind.EXACT, Kind.PREFIX);
    }

    /** Whether a search widened to fragments or typos can find more: some part is long enough. */
    boolean canWiden() {
        return parts.stream().anyMatch(Part::longEnough);
    }

    /**
     * Looks up the dictionary values that a tier needs: for fragments, the values containing each
     * long part; for typos, also those one typo away. Call before {@link #where} for these tiers.
     */
    void lookUp(Connection c, Kind kind) throws SQLException {
        for (Part part : parts) {
            if (!part.longEnough()) {
                continue;
            }
            if (!fragments.containsKey(part)) {
                fragments.put(part, values(c, new Sql().append(DICTIONARY + " AND value LIKE ?", part.kind(),
                        "%" + part.value() + "%")));
            }
            if (kind == Kind.TYPO && !typos.containsKey(part)) {
                typos.put(part, dictionary.typos(c, part.kind(), part.value()));
            }
        }
    }

    private static String[] values(Connection c, Sql sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement q = sql.prepare(c); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values.toArray(String[]::new);
    }

    /** The condition of a tier: its own match on every part, and not the closer tier's. */
    Sql where(Kind kind) {
        Sql sql = new Sql().append(filters);
        for (Part part : parts) {
            sql.append(" AND ").append(match(kind, part));
        }
        if (!parts.isEmpty() && kind != Kind.EXACT) {
            Kind closer = Kind.values()[kind.ordinal() - 1];
            sql.append(" AND NOT (");
            for (int i = 0; i < parts.size(); i++) {
                sql.append(i == 0 ? "" : " AND ").append(match(closer, parts.get(i)));
            }
            sql.append(")");
        }
        return sql;
    }

    private Sql match(Kind kind, Part part) {
        String column = column(part);
        String value = part.value();
        return switch (kind) {
            case EXACT -> new Sql().append(column + " = ?", value);
            case PREFIX -> new Sql().append(column + " >= ? AND " + column + " < ?", value, value + PAST_LETTERS);
            case FRAGMENT -> part.longEnough() ? new Sql().append(column + " = ANY (?)", (Object) looked(fragments, part))
                    : match(Kind.PREFIX, part);
            case TYPO -> part.longEnough() ? new Sql().append(column + " = ANY (?)", (Object) looked(typos, part))
                    : match(Kind.PREFIX, part);
        };
    }

    private static String[] looked(Map<Part, String[]> values, Part part) {
        String[] found = values.get(part);
        if (found == null) {
            throw new IllegalStateException("the dictionary was not looked up for " + part);
        }
        return found;
    }

    /** The order within a tier, which {@link #after} pages by. */
    String orderBy() {
        return " ORDER BY " + names + ".surname_norm, " + names + ".name_norm, " + names + ".patronymic_norm, " + id();
    }

    /** The rows of a tier after the cursor's. */
    Sql after(SearchCursor cursor) {
        return new Sql().append(" AND (" + names + ".surname_norm, " + names + ".name_norm, " + names + ".patronymic_norm, "
                + id() + ") > (?, ?, ?, ?)", cursor.surname(), cursor.name(), cursor.patronymic(), cursor.id());
    }
}
