package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.admin.LocalSubject;
import org.kontingent.registry.api.admin.MasterSubject;
import org.kontingent.registry.api.admin.RegistryAdministration;
import org.kontingent.registry.api.admin.SubjectSearch;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.identifiers.Violation;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link RegistryAdministration} in plain SQL. The master subjects are the registry's dictionary
 * {@code subject}; a mapping is {@code registry.organization_subject.subject_code}. A move of an
 * organization or authority updates its row: the closure table and the persons' scope follow by
 * the schema's triggers, and the change is journaled with the row before and after.
 */
@Component(service = RegistryAdministration.class)
public class JdbcRegistryAdministration implements RegistryAdministration {
    static final Pattern SUBJECT_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int NAME_LENGTH = 300;
    private static final Map<String, String> LOCAL_SUBJECT_SORTS = Map.of("name", "s.local_name",
            "organizations", "organizations", "subject", "d.name");

    private final DataSource dataSource;

    @Activate
    public JdbcRegistryAdministration(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-registry-core)") MigratedSchema schema) {
        this.dataSource = dataSource;
    }

    JdbcRegistryAdministration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<MasterSubject> masterSubjects(Scope scope) {
        Sql inScope = ScopeSql.organizations("s.organization_id", scope);
        Sql sql = new Sql().append("SELECT d.code, d.name, d.sort_order, count(DISTINCT s.local_name),"
                + " count(DISTINCT s.organization_id) FROM registry.dictionary_entry d"
                + " LEFT JOIN registry.organization_subject s ON s.subject_code = d.code AND ").append(inScope)
                .append(" WHERE d.dictionary = 'subject' GROUP BY d.code, d.name, d.sort_order ORDER BY d.sort_order, d.code");
        return read(c -> {
            try (PreparedStatement q = sql.prepare(c); ResultSet rs = q.executeQuery()) {
                List<MasterSubject> subjects = new ArrayList<>();
                while (rs.next()) {
                    subjects.add(new MasterSubject(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)));
                }
                return subjects;
            }
        });
    }

    @Override
    public MasterSubject putMasterSubject(String code, String name, Integer sortOrder, Scope scope, Source source) {
        if (!scope.wholeRegion()) {
            throw new SecurityException("The master subject dictionary is the region's: scope " + scope + " may not change it");
        }
        String record = "master subject " + code;
        List<Violation> violations = new ArrayList<>();
        if (code == null || !SUBJECT_CODE.matcher(code).matches() || code.length() > 100) {
            violations.add(new Violation("code", code, "subject.code",
                    "lower-case Latin letters and digits in words joined by hyphens, up to 100 characters, e.g. native-history"));
        }
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_LENGTH) {
            violations.add(new Violation("name", name, "subject.name", "the subject's name, 1 to " + NAME_LENGTH + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(record, violations);
        }
        Transactions.run(dataSource, source, (c, sourceId) -> {
            try (PreparedStatement q = c.prepareStatement("INSERT INTO registry.dictionary_entry (dictionary, code, name, sort_order)"
                    + " VALUES ('subject', ?, ?, coalesce(?, (SELECT coalesce(max(sort_order), 0) + 10 FROM registry.dictionary_entry"
                    + " WHERE dictionary = 'subject')))"
                    + " ON CONFLICT (dictionary, code) DO UPDATE SET name = EXCLUDED.name,"
                    + " sort_order = coalesce(?, registry.dictionary_entry.sort_order)")) {
                q.setString(1, code);
                q.setString(2, stripped);
                q.setObject(3, sortOrder);
                q.setObject(4, sortOrder);
                q.executeUpdate();
            }
            return null;
        });
        return masterSubjects(scope).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Override
    public Page<LocalSubject> localSubjects(SubjectSearch search, PageRequest page, Scope scope) {
        Sql where = new Sql().append(" WHERE ").append(ScopeSql.organizations("s.organization_id", scope));
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" AND lower(s.local_name) LIKE ?", "%" + JdbcRegistryQueries.likeEscaped(search.text().strip().toLowerCase()) + "%");
        }
        if (search.mapped() != null) {
            where.append(search.mapped() ? " AND s.subject_code IS NOT NULL" : " AND s.subject_code IS NULL");
        }
        if (search.organizationId() != null) {
            where.append(" AND s.organization_id = ?", search.organizationId());
        }
        if (search.subjectCode() != null) {
            where.append(" AND s.subject_code = ?", search.subjectCode());
        }
        String grouped = " FROM registry.organization_subject s LEFT JOIN registry.dictionary_entry d"
                + " ON d.dictionary = 'subject' AND d.code = s.subject_code" + where.text()
                + " GROUP BY s.local_name, s.subject_code, d.name";
        Sql count = new Sql().append("SELECT count(*) FROM (SELECT 1" + grouped + ") g", where.parameters().toArray());
        Sql items = new Sql().append("SELECT s.local_name, s.subject_code, d.name, count(*) AS organizations" + grouped
                + Sorting.orderBy(page, LOCAL_SUBJECT_SORTS, "s.local_name", "s.local_name, s.subject_code NULLS FIRST")
                + " LIMIT " + page.limit() + " OFFSET " + page.offset(), where.parameters().toArray());
        return read(c -> {
            long total;
            try (PreparedStatement q = count.prepare(c); ResultSet rs = q.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<LocalSubject> rows = new ArrayList<>();
            try (PreparedStatement q = items.prepare(c); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new LocalSubject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
            return new Page<>(rows, total, page.offset(), page.limit());
        });
    }

    @Override
    public int mapSubject(String localName, Long organizationId, String subjectCode, Scope scope, Source source) {
        if (localName == null || localName.isBlank()) {
            throw new InvalidRecordException("subject mapping", List.of(Violation.required("localName", localName,
                    "the subject's name as the organizations write it")));
        }
        return Transactions.run(dataSource, source, (c, sourceId) -> {
            if (subjectCode != null && !exists(c, "SELECT 1 FROM registry.dictionary_entry WHERE dictionary = 'subject' AND code = ?",
                    subjectCode)) {
                throw new InvalidRecordException("subject mapping " + localName, List.of(new Violation("subjectCode", subjectCode,
                        "dictionary.subject", "a code of the master subject dictionary")));
            }
            Sql update = new Sql().append("UPDATE registry.organization_subject s SET subject_code = ? WHERE s.local_name = ?"
                    + " AND s.subject_code IS DISTINCT FROM ? AND ", subjectCode, localName, subjectCode)
                    .append(ScopeSql.organizations("s.organization_id", scope));
            if (organizationId != null) {
                Sql uses = new Sql().append("SELECT 1 FROM registry.organization_subject s WHERE s.organization_id = ?"
                        + " AND s.local_name = ? AND ", organizationId, localName).append(ScopeSql.organizations("s.organization_id", scope));
                if (!exists(c, uses)) {
                    throw new NoSuchRecordException("subject \"" + localName + "\" of organization", organizationId);
                }
                update.append(" AND s.organization_id = ?", organizationId);
            }
            try (PreparedStatement q = update.prepare(c)) {
                return q.executeUpdate();
            }
        });
    }

    @Override
    public void subordinateOrganization(long organizationId, long authorityId, Scope scope, Source source) {
        Transactions.run(dataSource, source, (c, sourceId) -> {
            requireInside(c, "organization", organizationId, new Sql().append("SELECT 1 FROM registry.organization o WHERE o.id = ? AND ",
                    organizationId).append(ScopeSql.organizationRow("o", scope)));
            requireInside(c, "authority", authorityId, new Sql().append("SELECT 1 FROM registry.authority a WHERE a.id = ? AND ",
                    authorityId).append(ScopeSql.authorities("a.id", scope)));
            String before = ChangeJournal.state(c, "organization", organizationId);
            try (PreparedStatement q = c.prepareStatement("UPDATE registry.organization SET authority_id = ? WHERE id = ?"
                    + " AND authority_id IS DISTINCT FROM ?")) {
                q.setLong(1, authorityId);
                q.setLong(2, organizationId);
                q.setLong(3, authorityId);
                if (q.executeUpdate() > 0) {
                    ChangeJournal.record(c, sourceId, "organization", organizationId, "update", before);
                }
            }
            return null;
        });
    }

    @Override
    public void subordinateAuthority(long authorityId, Long parentId, Scope scope, Source source) {
        Transactions.run(dataSource, source, (c, sourceId) -> {
            Sql strictlyInside = new Sql().append("SELECT 1 FROM registry.authority a WHERE a.id = ? AND ", authorityId)
                    .append(ScopeSql.authorities("a.id", scope));
            if (scope.kind() == Scope.Kind.AUTHORITY) {
                strictlyInside.append(" AND a.id <> ?", scope.id());
            }
            requireInside(c, "authority", authorityId, strictlyInside);
            if (parentId == null) {
                if (!scope.wholeRegion()) {
                    throw new NoSuchRecordException("parent authority (the top of the region is the region's only) for authority",
                            authorityId);
                }
            } else {
                requireInside(c, "authority", parentId, new Sql().append("SELECT 1 FROM registry.authority a WHERE a.id = ? AND ",
                        parentId).append(ScopeSql.authorities("a.id", scope)));
                if (exists(c, "SELECT 1 FROM registry.authority_closure WHERE ancestor_id = ? AND descendant_id = ?", authorityId,
                        parentId)) {
                    throw new InvalidRecordException("authority " + authorityId, List.of(new Violation("parentId",
                            Long.toString(parentId), "authority.cycle", parentId == authorityId ? "another authority than itself"
                                    : "an authority that is not subordinate to authority " + authorityId)));
                }
            }
            String before = ChangeJournal.state(c, "authority", authorityId);
            try (PreparedStatement q = c.prepareStatement("UPDATE registry.authority SET parent_id = ? WHERE id = ?"
                    + " AND parent_id IS DISTINCT FROM ?")) {
                q.setObject(1, parentId);
                q.setLong(2, authorityId);
                q.setObject(3, parentId);
                if (q.executeUpdate() > 0) {
                    ChangeJournal.record(c, sourceId, "authority", authorityId, "update", before);
                }
            }
            return null;
        });
    }

    private static void requireInside(Connection c, String kind, long id, Sql exists) throws SQLException {
        if (!exists(c, exists)) {
            throw new NoSuchRecordException(kind, id);
        }
    }

    private static boolean exists(Connection c, String sql, Object... values) throws SQLException {
        return exists(c, new Sql().append(sql, values));
    }

    private static boolean exists(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement q = sql.prepare(c); ResultSet rs = q.executeQuery()) {
            return rs.next();
        }
    }

    private interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("The registry could not be read: " + e.getMessage(), e);
        }
    }
}
