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
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.extension.OrganizationSection;
import org.kontingent.registry.api.query.AuthorityPortfolio;
import org.kontingent.registry.api.query.AuthoritySummary;
import org.kontingent.registry.api.query.Contacts;
import org.kontingent.registry.api.query.DictionaryEntry;
import org.kontingent.registry.api.query.OrganizationPortfolio;
import org.kontingent.registry.api.query.OrganizationSearch;
import org.kontingent.registry.api.query.OrganizationSummary;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.RegistryQueries;
import org.kontingent.registry.api.query.Requisites;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@link RegistryQueries} in plain SQL on the registry schema. Periods are half-open: a
 * membership or placement counts on day D when {@code starts_on <= D < ends_on}.
 */
@Component(service = RegistryQueries.class)
public class JdbcRegistryQueries implements RegistryQueries {
    private static final String AUTHORITY_COLUMNS = "a.id, a.parent_id, a.full_name, a.short_name, a.level, a.oktmo";
    private static final String ORGANIZATION_COLUMNS =
            "o.id, o.full_name, o.short_name, o.type_code, o.education_level, o.authority_id, o.district, o.settlement, o.address, o.phone";
    private static final String AUTHORITY_ALIASED = "a.id AS a_id, a.parent_id AS a_parent_id, a.full_name AS a_full_name,"
            + " a.short_name AS a_short_name, a.level AS a_level, a.oktmo AS a_oktmo";

    private static final Map<String, String> AUTHORITY_SORTS = Map.of("name", "a.full_name", "level", "a.level",
            "oktmo", "a.oktmo");
    private static final Map<String, String> ORGANIZATION_SORTS = Map.of("name", "o.full_name", "district", "o.district",
            "settlement", "o.settlement", "type", "o.type_code", "level", "o.education_level");

    private final DataSource dataSource;
    private final List<OrganizationSection> sections = new CopyOnWriteArrayList<>();

    @Activate
    public JdbcRegistryQueries(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-registry-core)") MigratedSchema schema) {
        this.dataSource = dataSource;
    }

    @Override
    public List<String> dictionaries() {
        try (Session read = session()) {
            return read.query("SELECT DISTINCT dictionary FROM registry.dictionary_entry ORDER BY 1", List.of(),
                    rs -> rs.getString(1));
        }
    }

    @Override
    public List<DictionaryEntry> dictionary(String name) {
        try (Session read = session()) {
            return read.query("SELECT code, name, parent_code FROM registry.dictionary_entry WHERE dictionary = ?"
                    + " AND (valid_to IS NULL OR valid_to > current_date) ORDER BY sort_order, code", List.of(name),
                    rs -> new DictionaryEntry(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
    }

    @Override
    public Page<AuthoritySummary> authorities(Long parentId, PageRequest page, Scope scope) {
        Sql condition = new Sql();
        if (parentId != null) {
            condition.append("a.parent_id = ? AND ", parentId).append(ScopeSql.authorities("a.id", scope));
        } else if (scope.kind() == Scope.Kind.AUTHORITY) {
            condition.append("a.id = ?", scope.id());
        } else {
            condition.append("a.parent_id IS NULL AND ").append(ScopeSql.authorities("a.id", scope));
        }
        String where = condition.text();
        List<Object> parameters = condition.parameters();
        try (Session read = session()) {
            long total = read.count("SELECT count(*) FROM registry.authority a WHERE " + where, parameters);
            List<AuthoritySummary> items = read.query("SELECT " + AUTHORITY_COLUMNS + " FROM registry.authority a WHERE "
                    + where + Sorting.orderBy(page, AUTHORITY_SORTS, "a.full_name", "a.id") + " LIMIT " + page.limit()
                    + " OFFSET " + page.offset(), parameters,
                    JdbcRegistryQueries::authority);
            return new Page<>(items, total, page.offset(), page.limit());
        }
    }

    /** An authority's or organization's own row, before what is counted under it. */
    private record Card<T>(T summary, Requisites requisites, Contacts contacts, String kindCode, String ownershipCode,
            AuthoritySummary authority) {
    }

    @Override
    public Optional<AuthorityPortfolio> authority(long id, LocalDate asOf, Scope scope) {
        Sql inScope = ScopeSql.authorities("a.id", scope);
        try (Session read = session()) {
            List<Card<AuthoritySummary>> found = read.query("SELECT " + AUTHORITY_COLUMNS + ", a.inn, a.kpp, a.ogrn,"
                    + " a.address, a.phone, a.email, a.website FROM registry.authority a WHERE a.id = ? AND " + inScope.text(),
                    with(id, inScope),
                    rs -> new Card<>(authority(rs), requisites(rs), new Contacts(rs.getString("address"), rs.getString("phone"),
                            null, rs.getString("email"), rs.getString("website")), null, null, null));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Card<AuthoritySummary> card = found.get(0);
            long authorities = read.count("SELECT count(*) - 1 FROM registry.authority_closure WHERE ancestor_id = ?", List.of(id));
            long organizations = read.count("SELECT count(*) FROM registry.organization o JOIN registry.authority_closure c"
                    + " ON c.descendant_id = o.authority_id WHERE c.ancestor_id = ?", List.of(id));
            long learners = read.count("SELECT count(DISTINCT m.person_id) FROM registry.membership m"
                    + " JOIN registry.organization o ON o.id = m.organization_id"
                    + " JOIN registry.authority_closure c ON c.descendant_id = o.authority_id"
                    + " WHERE c.ancestor_id = ? AND m.role = 'learner' AND " + onDay("m"), List.of(id, asOf, asOf));
            return Optional.of(new AuthorityPortfolio(card.summary(), card.requisites(), card.contacts(), authorities,
                    organizations, learners, asOf));
        }
    }

    @Override
    public Page<OrganizationSummary> organizations(OrganizationSearch search, PageRequest page, Scope scope) {
        Sql inScope = ScopeSql.organizationRow("o", scope);
        StringBuilder where = new StringBuilder(inScope.text());
        List<Object> parameters = new ArrayList<>(inScope.parameters());
        if (present(search.name())) {
            where.append(" AND (lower(o.full_name) LIKE ? OR lower(o.short_name) LIKE ?)");
            String fragment = "%" + likeEscaped(search.name().strip().toLowerCase()) + "%";
            parameters.add(fragment);
            parameters.add(fragment);
        }
        if (search.authorityId() != null) {
            where.append(" AND o.authority_id IN (SELECT descendant_id FROM registry.authority_closure WHERE ancestor_id = ?)");
            parameters.add(search.authorityId());
        }
        equal(where, parameters, "o.district", search.district());
        equal(where, parameters, "o.settlement", search.settlement());
        equal(where, parameters, "o.type_code", search.typeCode());
        equal(where, parameters, "o.education_level", search.educationLevel());
        if (present(search.oktmo())) {
            where.append(" AND o.oktmo LIKE ?");
            parameters.add(likeEscaped(search.oktmo().strip()) + "%");
        }
        try (Session read = session()) {
            long total = read.count("SELECT count(*) FROM registry.organization o WHERE " + where, parameters);
            List<OrganizationSummary> items = read.query("SELECT " + ORGANIZATION_COLUMNS + " FROM registry.organization o"
                    + " WHERE " + where + Sorting.orderBy(page, ORGANIZATION_SORTS, "o.full_name", "o.id") + " LIMIT "
                    + page.limit() + " OFFSET " + page.offset(),
                    parameters, JdbcRegistryQueries::organization);
            return new Page<>(items, total, page.offset(), page.limit());
        }
    }

    @Override
    public Optional<OrganizationPortfolio> organization(long id, String academicYear, LocalDate asOf, Scope scope) {
        Sql inScope = ScopeSql.organizationRow("o", scope);
        try (Session read = session()) {
            List<Card<OrganizationSummary>> found = read.query("SELECT " + ORGANIZATION_COLUMNS + ", o.kind_code,"
                    + " o.ownership_code, o.inn, o.kpp, o.ogrn, o.oktmo, o.fax, o.email, o.website, " + AUTHORITY_ALIASED
                    + " FROM registry.organization o JOIN registry.authority a ON a.id = o.authority_id WHERE o.id = ? AND "
                    + inScope.text(), with(id, inScope),
                    rs -> new Card<>(organization(rs), requisites(rs), new Contacts(rs.getString("address"),
                            rs.getString("phone"), rs.getString("fax"), rs.getString("email"), rs.getString("website")),
                            rs.getString("kind_code"), rs.getString("ownership_code"), new AuthoritySummary(rs.getLong("a_id"),
                                    rs.getObject("a_parent_id", Long.class), rs.getString("a_full_name"),
                                    rs.getString("a_short_name"), rs.getString("a_level"), rs.getString("a_oktmo"))));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Card<OrganizationSummary> card = found.get(0);
            List<OrganizationPortfolio.Branch> branches = read.query("SELECT id, name, address, phone"
                    + " FROM registry.organization_branch WHERE organization_id = ? ORDER BY name, id", List.of(id),
                    rs -> new OrganizationPortfolio.Branch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            List<OrganizationPortfolio.ClassSummary> classes = read.query("SELECT g.id, g.name, g.grade, g.specialization,"
                    + " g.study_form_code, g.capacity, count(p.id) FILTER (WHERE " + onDay("p")
                    + ") FROM registry.class_group g LEFT JOIN registry.class_placement p ON p.class_group_id = g.id"
                    + " WHERE g.organization_id = ? AND g.academic_year = ? GROUP BY g.id ORDER BY g.grade NULLS LAST, g.name",
                    List.of(asOf, asOf, id, academicYear),
                    rs -> new OrganizationPortfolio.ClassSummary(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class),
                            rs.getString(4), rs.getString(5), rs.getObject(6, Integer.class), rs.getLong(7)));
            long learners = read.count("SELECT count(DISTINCT person_id) FROM registry.membership WHERE organization_id = ?"
                    + " AND role = 'learner' AND " + onDay("membership"), List.of(id, asOf, asOf));
            List<OrganizationPortfolio.Subject> subjects = read.query("SELECT s.local_name, s.subject_code, d.name"
                    + " FROM registry.organization_subject s LEFT JOIN registry.dictionary_entry d"
                    + " ON d.dictionary = 'subject' AND d.code = s.subject_code WHERE s.organization_id = ?"
                    + " ORDER BY d.sort_order NULLS LAST, s.local_name", List.of(id),
                    rs -> new OrganizationPortfolio.Subject(rs.getString(1), rs.getString(2), rs.getString(3)));
            return Optional.of(new OrganizationPortfolio(card.summary(), card.kindCode(), card.ownershipCode(), card.authority(),
                    card.requisites(), card.contacts(), branches, academicYear, classes, subjects, learners, asOf));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSection(OrganizationSection section) {
        sections.add(section);
    }

    public void removeSection(OrganizationSection section) {
        sections.remove(section);
    }

    /** Each section of the extensions present, read by its extension; one that fails is shown as unavailable. */
    @Override
    public Optional<Map<String, Map<String, Object>>> organizationSections(long id, LocalDate asOf, Scope scope) {
        if (!covers(scope, Scope.organization(id))) {
            return Optional.empty();
        }
        Map<String, Map<String, Object>> found = new TreeMap<>();
        for (OrganizationSection section : sections) {
            try {
                section.section(id, asOf).ifPresent(content -> found.put(section.id(), content));
            } catch (RuntimeException e) {
                found.put(section.id(), Map.of("unavailable", String.valueOf(e.getMessage())));
            }
        }
        return Optional.of(found);
    }

    @Override
    public boolean covers(Scope scope, Scope other) {
        if (other.kind() == Scope.Kind.PROVIDER) {
            return scope.wholeRegion() || scope.equals(other);
        }
        if (other.wholeRegion() || scope.kind() == Scope.Kind.PROVIDER) {
            return scope.equals(other);
        }
        Sql inScope = switch (other.kind()) {
            case AUTHORITY -> new Sql().append("SELECT 1 FROM registry.authority a WHERE a.id = ? AND ", other.id())
                    .append(ScopeSql.authorities("a.id", scope));
            default -> new Sql().append("SELECT 1 FROM registry.organization o WHERE o.id = ? AND ", other.id())
                    .append(ScopeSql.organizationRow("o", scope));
        };
        try (Session read = session()) {
            return !read.query(inScope.text(), inScope.parameters(), rs -> true).isEmpty();
        }
    }

    /** An id followed by a scope condition's parameters. */
    private static List<Object> with(long id, Sql condition) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(id);
        parameters.addAll(condition.parameters());
        return parameters;
    }

    private static Requisites requisites(ResultSet rs) throws SQLException {
        return new Requisites(rs.getString("inn"), rs.getString("kpp"), rs.getString("ogrn"), rs.getString("oktmo"));
    }

    private static AuthoritySummary authority(ResultSet rs) throws SQLException {
        return new AuthoritySummary(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }

    private static OrganizationSummary organization(ResultSet rs) throws SQLException {
        return new OrganizationSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    /** The condition that a row of a period table (alias) holds on the day given twice as parameters. */
    private static String onDay(String alias) {
        return alias + ".starts_on <= ? AND (" + alias + ".ends_on IS NULL OR ? < " + alias + ".ends_on)";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void equal(StringBuilder where, List<Object> parameters, String column, String value) {
        if (present(value)) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value.strip());
        }
    }

    /** A LIKE pattern's own characters taken literally. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Session session() {
        try {
            return new Session(dataSource.getConnection());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("The registry could not be read: " + e.getMessage(), e);
    }

    /** One connection for all the queries of one answer. */
    private static final class Session implements AutoCloseable {
        private final Connection connection;

        Session(Connection connection) {
            this.connection = connection;
        }

        <T> List<T> query(String sql, List<Object> parameters, RowReader<T> reader) {
            try (PreparedStatement q = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    q.setObject(i + 1, parameters.get(i));
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        long count(String sql, List<Object> parameters) {
            return query(sql, parameters, rs -> rs.getLong(1)).get(0);
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }
}
