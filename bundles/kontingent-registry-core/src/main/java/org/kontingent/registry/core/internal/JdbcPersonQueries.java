package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.extension.PortfolioSection;
import org.kontingent.registry.api.identifiers.Snils;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonMatch;
import org.kontingent.registry.api.query.PersonPortfolio;
import org.kontingent.registry.api.query.PersonQueries;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PersonSummary;
import org.kontingent.registry.api.query.PortfolioSections;
import org.kontingent.registry.api.query.SearchPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@link PersonQueries} in plain SQL. A card is read with one connection and a handful of
 * indexed queries; a list of learners walks the membership index of the organization.
 */
@Component(service = PersonQueries.class)
public class JdbcPersonQueries implements PersonQueries {
    private static final String SUMMARY_COLUMNS = "p.id, p.surname, p.name, p.patronymic, p.birth_date, p.sex, p.snils";

    private static final Map<String, String> LEARNER_SORTS = Map.of("name", "p.surname_norm, p.name_norm, p.patronymic_norm",
            "birthDate", "p.birth_date", "sex", "p.sex");

    private final DataSource dataSource;
    private final List<PortfolioSection> sections = new CopyOnWriteArrayList<>();
    private final NamePartDictionary nameParts = new NamePartDictionary();

    @Activate
    public JdbcPersonQueries(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-registry-core)") MigratedSchema schema) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Long> bySnils(String snils, Scope scope) {
        if (!Snils.check("snils", snils).isEmpty()) {
            return Optional.empty();
        }
        Sql query = new Sql().append("SELECT p.id FROM registry.person p WHERE p.snils = ? AND p.merged_into IS NULL AND ",
                Snils.parse(snils).digits()).append(ScopeSql.persons("p.id", scope, LocalDate.now()));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = query.prepare(c)) {
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<PersonPortfolio> person(long id, LocalDate asOf, Scope scope) {
        Sql card = new Sql().append("SELECT surname, name, patronymic, birth_date, sex, snils, citizenship, birthplace,"
                + " registration_address, residence_address, phone, email FROM registry.person p WHERE p.id = ? AND ", id)
                .append(ScopeSql.persons("p.id", scope, asOf));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement q = card.prepare(c)) {
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new PersonPortfolio(id, rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), documents(c, id),
                            relations(c, "r.representative_id", "r.learner_id", id), relations(c, "r.learner_id",
                                    "r.representative_id", id), memberships(c, id, asOf), asOf));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public SearchPage<PersonMatch> search(PersonSearch criteria, PageRequest page, String after, Scope scope) {
        if (page.sort() != null) {
            throw new IllegalArgumentException("sort \"" + page.sort() + "\": a person search is ordered by closeness of the name");
        }
        try (Connection c = dataSource.getConnection()) {
            TieredSearch search = new TieredSearch(criteria, LocalDate.now(), scope, belowTheTop(c, scope), nameParts);
            return search.page(c, page, after);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Whether the scope is an authority with one above it: the scope table holds those. */
    private static boolean belowTheTop(Connection c, Scope scope) throws SQLException {
        if (scope.kind() != Scope.Kind.AUTHORITY) {
            return false;
        }
        try (PreparedStatement q = c.prepareStatement("SELECT parent_id IS NOT NULL FROM registry.authority WHERE id = ?")) {
            q.setLong(1, scope.id());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSection(PortfolioSection section) {
        sections.add(section);
    }

    public void removeSection(PortfolioSection section) {
        sections.remove(section);
    }

    /**
     * Each section the permissions let the caller see, read by its extension; one that needs a
     * permission the caller lacks is not read at all. A section that fails (its content, or the
     * permission it needs) is shown as unavailable: it says nothing of the person.
     */
    @Override
    public PortfolioSections sections(long personId, LocalDate asOf, Set<Permission> permissions) {
        Map<String, Map<String, Object>> found = new TreeMap<>();
        Map<String, Permission> restricted = new TreeMap<>();
        for (PortfolioSection section : sections) {
            try {
                Optional<Permission> needed = section.requires();
                if (needed.isPresent() && !permissions.contains(needed.get())) {
                    continue;
                }
                section.section(personId, asOf).ifPresent(content -> {
                    found.put(section.id(), content);
                    needed.ifPresent(permission -> restricted.put(section.id(), permission));
                });
            } catch (RuntimeException e) {
                found.put(section.id(), Map.of("unavailable", String.valueOf(e.getMessage())));
                restricted.remove(section.id());
            }
        }
        return new PortfolioSections(found, restricted);
    }

    @Override
    public Page<PersonSummary> learnersOf(long organizationId, LocalDate asOf, PageRequest page, Scope scope) {
        Sql from = new Sql().append(" FROM registry.membership m JOIN registry.person p ON p.id = m.person_id"
                + " WHERE m.organization_id = ? AND m.role = 'learner' AND m.starts_on <= ? AND (m.ends_on IS NULL OR ? < m.ends_on)"
                + " AND ", organizationId, asOf, asOf).append(ScopeSql.organizations("m.organization_id", scope));
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement q = new Sql().append("SELECT count(DISTINCT m.person_id)").append(from).prepare(c);
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<PersonSummary> items = new ArrayList<>();
            try (PreparedStatement q = new Sql().append("SELECT DISTINCT " + SUMMARY_COLUMNS + ", p.surname_norm, p.name_norm,"
                    + " p.patronymic_norm").append(from).append(Sorting.orderBy(page, LEARNER_SORTS,
                    "p.surname_norm, p.name_norm, p.patronymic_norm", "p.id") + " LIMIT " + page.limit() + " OFFSET "
                    + page.offset()).prepare(c);
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    items.add(summary(rs));
                }
            }
            return new Page<>(items, total, page.offset(), page.limit());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static List<PersonPortfolio.Document> documents(Connection c, long id) throws SQLException {
        List<PersonPortfolio.Document> documents = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT type_code, series, number, issued_on, issuer"
                + " FROM registry.identity_document WHERE person_id = ? ORDER BY issued_on DESC NULLS LAST, id")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    documents.add(new PersonPortfolio.Document(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5)));
                }
            }
        }
        return documents;
    }

    /** The persons linked to this one: its representatives (other = representative_id) or those it represents. */
    private static List<PersonPortfolio.Relation> relations(Connection c, String other, String self, long id) throws SQLException {
        List<PersonPortfolio.Relation> relations = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + ", r.relationship_code"
                + " FROM registry.representative r JOIN registry.person p ON p.id = " + other + " WHERE " + self + " = ?"
                + " ORDER BY p.birth_date, p.id")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    relations.add(new PersonPortfolio.Relation(summary(rs), rs.getString(8)));
                }
            }
        }
        return relations;
    }

    private static List<PersonPortfolio.Membership> memberships(Connection c, long id, LocalDate asOf) throws SQLException {
        List<PersonPortfolio.Membership> memberships = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT m.id, o.id, o.full_name, o.type_code, o.settlement, m.role,"
                + " m.starts_on, m.enrollment_order_number, m.enrollment_order_date, m.ends_on, m.leaving_reason_code,"
                + " m.leaving_order_number, m.leaving_order_date,"
                + " (SELECT g.name FROM registry.class_placement cp JOIN registry.class_group g ON g.id = cp.class_group_id"
                + "   WHERE cp.membership_id = m.id AND cp.starts_on <= ? AND (cp.ends_on IS NULL OR ? < cp.ends_on) LIMIT 1),"
                + " m.starts_on <= ? AND (m.ends_on IS NULL OR ? < m.ends_on)"
                + " FROM registry.membership m JOIN registry.organization o ON o.id = m.organization_id"
                + " WHERE m.person_id = ? ORDER BY m.starts_on DESC, m.id")) {
            q.setObject(1, asOf);
            q.setObject(2, asOf);
            q.setObject(3, asOf);
            q.setObject(4, asOf);
            q.setLong(5, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    memberships.add(new PersonPortfolio.Membership(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                            rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                            rs.getString(11), rs.getString(12), rs.getObject(13, LocalDate.class), rs.getString(14),
                            rs.getBoolean(15)));
                }
            }
        }
        return memberships;
    }

    private static PersonSummary summary(ResultSet rs) throws SQLException {
        return new PersonSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), masked(rs.getString(7)));
    }

    /** {@code ***-***-445 95}: the last five digits of a stored СНИЛС, as lists show it. */
    static String masked(String snils) {
        return snils == null || snils.length() != 11 ? null : "***-***-" + snils.substring(6, 9) + " " + snils.substring(9);
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("The registry could not be read: " + e.getMessage(), e);
    }
}
