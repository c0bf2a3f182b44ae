package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.identifiers.DocumentType;
import org.kontingent.registry.api.identifiers.IdentityDocuments;
import org.kontingent.registry.api.identifiers.Snils;
import org.kontingent.registry.api.identity.DuplicateCandidate;
import org.kontingent.registry.api.identity.DuplicateCandidate.Reason;
import org.kontingent.registry.api.identity.Identification;
import org.kontingent.registry.api.identity.Identification.Method;
import org.kontingent.registry.api.identity.IdentityKey;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.api.identity.PersonIdentity;
import org.kontingent.registry.api.identity.PersonMergeParticipant;
import org.kontingent.registry.api.names.PersonNames;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@link PersonIdentity} in SQL and Java: candidates are chosen in the database by birth date
 * (or its day and month swapped) and by document number, and scored by {@link DuplicateScoring}.
 * Merges are made by {@link PersonMerger} with the merge participants present.
 */
@Component(service = PersonIdentity.class)
public class JdbcPersonIdentity implements PersonIdentity {
    private static final String PERSON_COLUMNS = "p.id, p.surname_norm, p.name_norm, p.patronymic_norm, p.birth_date, p.sex,"
            + " (SELECT coalesce(array_agg(d.type_code || ' ' || coalesce(d.series, '') || ' ' || d.number), '{}')"
            + " FROM registry.identity_document d"
            + " WHERE d.person_id = p.id)";

    private static final Map<String, String> CANDIDATE_SORTS = Map.of("score", "dc.score",
            "name", "a.surname_norm, a.name_norm, a.patronymic_norm", "birthDate", "a.birth_date");

    private final DataSource dataSource;
    private final List<PersonMergeParticipant> participants = new CopyOnWriteArrayList<>();

    @Activate
    public JdbcPersonIdentity(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-registry-core)") MigratedSchema schema) {
        this.dataSource = dataSource;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addParticipant(PersonMergeParticipant participant) {
        participants.add(participant);
    }

    public void removeParticipant(PersonMergeParticipant participant) {
        participants.remove(participant);
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

    @Override
    public Identification identify(IdentityKey key) {
        return read(c -> identify(c, key));
    }

    /** Identifies on a connection, seeing what its transaction wrote. */
    static Identification identify(Connection c, IdentityKey key) throws SQLException {
        {
            if (key.snils() != null && Snils.check("snils", key.snils()).isEmpty()) {
                List<Long> found = ids(c, "SELECT id FROM registry.person WHERE snils = ? AND merged_into IS NULL",
                        Snils.parse(key.snils()).digits());
                if (!found.isEmpty()) {
                    return new Identification(found.get(0), Method.SNILS, List.of());
                }
            }
            if (key.surname() == null || key.name() == null || key.birthDate() == null) {
                return new Identification(null, Method.NOT_FOUND, List.of());
            }
            Sql byName = new Sql().append("SELECT p.id FROM registry.person p WHERE p.merged_into IS NULL AND p.surname_norm = ?"
                    + " AND p.name_norm = ? AND p.patronymic_norm = ? AND p.birth_date = ?", PersonNames.normalize(key.surname()),
                    PersonNames.normalize(key.name()), PersonNames.normalize(key.patronymic()), key.birthDate());
            if (key.snils() != null && Snils.check("snils", key.snils()).isEmpty()) {
                // nobody holds the СНИЛС: a person with another СНИЛС is someone else of the same name and birthday
                byName.append(" AND p.snils IS NULL");
            }
            if (key.documentType() != null && key.documentNumber() != null) {
                DocumentType type = DocumentType.fromCode(key.documentType());
                Sql withDocument = new Sql().append(byName).append(" AND EXISTS (SELECT 1 FROM registry.identity_document d"
                        + " WHERE d.person_id = p.id AND d.type_code = ? AND d.series IS NOT DISTINCT FROM ? AND d.number = ?)",
                        type.code(), IdentityDocuments.normalizeSeries(type, key.documentSeries()),
                        IdentityDocuments.normalizeNumber(type, key.documentNumber()));
                Identification combined = decide(ids(c, withDocument.append(" ORDER BY p.id")), Method.COMBINED);
                if (combined.method() != Method.NOT_FOUND) {
                    return combined;
                }
                // the name and birth date may still be one person's, who has no document of this type yet
                byName.append(" AND NOT EXISTS (SELECT 1 FROM registry.identity_document d WHERE d.person_id = p.id"
                        + " AND d.type_code = ?)", type.code());
            }
            return decide(ids(c, byName.append(" ORDER BY p.id")), Method.NAME_AND_BIRTH_DATE);
        }
    }

    private static Identification decide(List<Long> found, Method method) {
        return switch (found.size()) {
            case 0 -> new Identification(null, Method.NOT_FOUND, List.of());
            case 1 -> new Identification(found.get(0), method, List.of());
            default -> new Identification(null, Method.AMBIGUOUS, found);
        };
    }

    @Override
    public List<DuplicateCandidate> duplicatesOf(long personId) {
        return read(c -> {
            List<DuplicateScoring.Person> self = persons(c, new Sql().append("SELECT " + PERSON_COLUMNS
                    + " FROM registry.person p WHERE p.id = ?", personId));
            if (self.isEmpty()) {
                throw new NoSuchRecordException("person", personId);
            }
            DuplicateScoring.Person person = self.get(0);
            Sql others = new Sql().append("SELECT " + PERSON_COLUMNS + " FROM registry.person p WHERE p.merged_into IS NULL"
                    + " AND p.id <> ? AND (", personId);
            if (person.birthDate() != null) {
                others.append("p.birth_date IN (?, ?) OR ", person.birthDate(),
                        DuplicateScoring.swapped(person.birthDate()) == null ? person.birthDate()
                                : DuplicateScoring.swapped(person.birthDate()));
            } else {
                others.append("(p.surname_norm = ? AND p.name_norm = ?) OR ", person.surname(), person.name());
            }
            others.append("p.id IN (SELECT o.person_id FROM registry.identity_document mine JOIN registry.identity_document o"
                    + " ON o.type_code = mine.type_code AND o.number = mine.number WHERE mine.person_id = ?))", personId);
            Map<Long, DuplicateScoring.Score> scores = new LinkedHashMap<>();
            for (DuplicateScoring.Person other : persons(c, others)) {
                DuplicateScoring.Score score = DuplicateScoring.score(person, other);
                if (score.value() >= DuplicateScoring.LISTED) {
                    scores.put(other.id(), score);
                }
            }
            Map<Long, PersonSummary> summaries = summaries(c, withSelf(scores.keySet(), personId));
            List<DuplicateCandidate> candidates = new ArrayList<>();
            scores.forEach((id, score) -> candidates.add(new DuplicateCandidate(summaries.get(personId), summaries.get(id),
                    score.value(), score.reasons())));
            candidates.sort(Comparator.comparingInt(DuplicateCandidate::score).reversed()
                    .thenComparing(candidate -> candidate.second().id()));
            return candidates;
        });
    }

    private static Set<Long> withSelf(Set<Long> ids, long self) {
        Set<Long> all = new HashSet<>(ids);
        all.add(self);
        return all;
    }

    @Override
    public long scan(LocalDate bornFrom, LocalDate bornBefore) {
        try (Connection c = dataSource.getConnection()) {
            LocalDate before;
            for (LocalDate from = bornFrom; from.isBefore(bornBefore); from = before) {
                LocalDate nextYear = LocalDate.of(from.getYear() + 1, 1, 1);
                before = nextYear.isBefore(bornBefore) ? nextYear : bornBefore;
                keep(c, pairs(persons(c, new Sql().append("SELECT " + PERSON_COLUMNS + " FROM registry.person p"
                        + " WHERE p.merged_into IS NULL AND p.birth_date >= ? AND p.birth_date < ?", from, before))));
            }
            keep(c, sharingDocuments(c, bornFrom, bornBefore));
            return ids(c, "SELECT count(*) FROM registry.duplicate_candidate WHERE status = 'open'").get(0);
        } catch (SQLException e) {
            throw new IllegalStateException("Duplicates could not be looked for: " + e.getMessage(), e);
        }
    }

    /** The pairs worth listing among persons born within one calendar year, compared only within their blocks. */
    private static Map<List<Long>, DuplicateScoring.Score> pairs(List<DuplicateScoring.Person> born) {
        Map<String, List<DuplicateScoring.Person>> blocks = new HashMap<>();
        for (DuplicateScoring.Person p : born) {
            for (String key : blockingKeys(p)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        Map<List<Long>, DuplicateScoring.Score> pairs = new HashMap<>();
        for (List<DuplicateScoring.Person> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    DuplicateScoring.Person a = block.get(i);
                    DuplicateScoring.Person b = block.get(j);
                    List<Long> pair = a.id() < b.id() ? List.of(a.id(), b.id()) : List.of(b.id(), a.id());
                    if (!pairs.containsKey(pair)) {
                        DuplicateScoring.Score score = DuplicateScoring.score(a, b);
                        if (score.value() >= DuplicateScoring.LISTED) {
                            pairs.put(pair, score);
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * The pairs worth listing among persons holding the same document (type, number and series,
     * read as {@link DuplicateScoring#documentKeys} reads it) whoever was born when, one of them
     * born in the period.
     */
    private static Map<List<Long>, DuplicateScoring.Score> sharingDocuments(Connection c, LocalDate bornFrom,
            LocalDate bornBefore) throws SQLException {
        String series = "translate(upper(replace(replace(coalesce(%s.series, ''), '-', ''), ' ', '')), 'АВЕКМНОРСТХУ',"
                + " 'ABEKMHOPCTXY')";
        Map<Long, DuplicateScoring.Person> persons = new HashMap<>();
        List<long[]> shared = new ArrayList<>();
        try (PreparedStatement q = new Sql().append("SELECT DISTINCT least(a.person_id, b.person_id),"
                + " greatest(a.person_id, b.person_id) FROM registry.identity_document a JOIN registry.person p ON p.id = a.person_id"
                + " JOIN registry.identity_document b ON b.type_code = a.type_code AND b.number = a.number"
                + " AND b.person_id <> a.person_id AND " + series.formatted("b") + " = " + series.formatted("a")
                + " JOIN registry.person o ON o.id = b.person_id AND o.merged_into IS NULL"
                + " WHERE p.merged_into IS NULL AND p.birth_date >= ? AND p.birth_date < ?", bornFrom, bornBefore).prepare(c);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                shared.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        if (shared.isEmpty()) {
            return Map.of();
        }
        Long[] ids = shared.stream().flatMapToLong(java.util.Arrays::stream).boxed().distinct().toArray(Long[]::new);
        persons(c, new Sql().append("SELECT " + PERSON_COLUMNS + " FROM registry.person p WHERE p.id = ANY (?)", (Object) ids))
                .forEach(p -> persons.put(p.id(), p));
        Map<List<Long>, DuplicateScoring.Score> pairs = new HashMap<>();
        for (long[] pair : shared) {
            DuplicateScoring.Score score = DuplicateScoring.score(persons.get(pair[0]), persons.get(pair[1]));
            if (score.value() >= DuplicateScoring.LISTED) {
                pairs.put(List.of(pair[0], pair[1]), score);
            }
        }
        return pairs;
    }

    /** Keeps pairs for review; a pair already reviewed stays as it was. */
    private static void keep(Connection c, Map<List<Long>, DuplicateScoring.Score> pairs) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("INSERT INTO registry.duplicate_candidate (first_id, second_id, score,"
                + " reasons) VALUES (?, ?, ?, ?) ON CONFLICT (first_id, second_id) DO UPDATE SET score = EXCLUDED.score,"
                + " reasons = EXCLUDED.reasons, found_at = now() WHERE duplicate_candidate.status = 'open'")) {
            for (Map.Entry<List<Long>, DuplicateScoring.Score> pair : pairs.entrySet()) {
                q.setLong(1, pair.getKey().get(0));
                q.setLong(2, pair.getKey().get(1));
                q.setInt(3, pair.getValue().value());
                q.setArray(4, c.createArrayOf("text", pair.getValue().reasons().stream().map(Reason::name).toArray()));
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    /**
     * The keys under which a person is compared with others: born the same day (or with day and
     * month swapped) and sharing the surname, the name, a surname written as a name, or the Latin
     * key of the surname. Shared documents are found by {@link #sharingDocuments}.
     */
    private static List<String> blockingKeys(DuplicateScoring.Person p) {
        List<String> keys = new ArrayList<>();
        for (LocalDate day : new LocalDate[] {p.birthDate(), DuplicateScoring.swapped(p.birthDate())}) {
            if (day != null) {
                keys.add(day + " s " + p.surname());
                keys.add(day + " n " + p.name());
                keys.add(day + " s " + p.name());
                keys.add(day + " n " + p.surname());
                keys.add(day + " l " + PersonNames.latinKey(p.surname()));
            }
        }
        return keys;
    }

    @Override
    public Page<DuplicateCandidate> candidates(PageRequest page) {
        return candidates(page, Scope.region(), LocalDate.now());
    }

    @Override
    public Page<DuplicateCandidate> candidates(PageRequest page, Scope scope, LocalDate asOf) {
        String order = Sorting.orderBy(page, CANDIDATE_SORTS, "dc.score DESC", "dc.first_id, dc.second_id");
        Sql inScope = ScopeSql.persons("dc.first_id", scope, asOf).append(" AND ").append(ScopeSql.persons("dc.second_id", scope, asOf));
        return read(c -> {
            String from = " FROM registry.duplicate_candidate dc JOIN registry.person a ON a.id = dc.first_id"
                    + " JOIN registry.person b ON b.id = dc.second_id WHERE dc.status = 'open' AND a.merged_into IS NULL"
                    + " AND b.merged_into IS NULL AND " + inScope.text();
            Object[] parameters = inScope.parameters().toArray();
            long total = ids(c, "SELECT count(*)" + from, parameters).get(0);
            List<long[]> rows = new ArrayList<>();
            List<List<Reason>> reasons = new ArrayList<>();
            try (PreparedStatement q = new Sql().append("SELECT dc.first_id, dc.second_id, dc.score, dc.reasons" + from + order
                    + " LIMIT " + page.limit() + " OFFSET " + page.offset(), parameters).prepare(c);
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getInt(3)});
                    List<Reason> why = new ArrayList<>();
                    for (String reason : (String[]) rs.getArray(4).getArray()) {
                        why.add(Reason.valueOf(reason));
                    }
                    reasons.add(why);
                }
            }
            Set<Long> ids = new HashSet<>();
            rows.forEach(row -> {
                ids.add(row[0]);
                ids.add(row[1]);
            });
            Map<Long, PersonSummary> summaries = summaries(c, ids);
            List<DuplicateCandidate> items = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                long[] row = rows.get(i);
                items.add(new DuplicateCandidate(summaries.get(row[0]), summaries.get(row[1]), (int) row[2], reasons.get(i)));
            }
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    @Override
    public void dismiss(long firstId, long secondId, Source source) {
        Transactions.run(dataSource, source, (c, sourceId) -> {
            for (long id : new long[] {firstId, secondId}) {
                if (ids(c, "SELECT id FROM registry.person WHERE id = ?", id).isEmpty()) {
                    throw new NoSuchRecordException("person", id);
                }
            }
            Sql.update(c, "INSERT INTO registry.duplicate_candidate (first_id, second_id, score, reasons, status, reviewed_by)"
                    + " VALUES (least(?::bigint, ?::bigint), greatest(?::bigint, ?::bigint), 0, '{}', 'dismissed', ?)"
                    + " ON CONFLICT (first_id, second_id) DO UPDATE SET status = 'dismissed', reviewed_by = EXCLUDED.reviewed_by",
                    firstId, secondId, firstId, secondId, sourceId);
            return null;
        });
    }

    @Override
    public Merge merge(long keptId, long mergedId, Source source) {
        return new PersonMerger(dataSource, List.copyOf(participants)).merge(keptId, mergedId, source);
    }

    @Override
    public Merge undo(long mergeId, Source source) {
        return new PersonMerger(dataSource, List.copyOf(participants)).undo(mergeId, source);
    }

    @Override
    public Optional<Merge> findMerge(long mergeId) {
        return read(c -> ids(c, "SELECT id FROM registry.person_merge WHERE id = ?", mergeId).isEmpty() ? Optional.empty()
                : Optional.of(PersonMerger.read(c, mergeId)));
    }

    private static List<DuplicateScoring.Person> persons(Connection c, Sql sql) throws SQLException {
        List<DuplicateScoring.Person> persons = new ArrayList<>();
        try (PreparedStatement q = sql.prepare(c); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                persons.add(new DuplicateScoring.Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6),
                        DuplicateScoring.documentKeys((String[]) rs.getArray(7).getArray())));
            }
        }
        return persons;
    }

    private static Map<Long, PersonSummary> summaries(Connection c, Set<Long> ids) throws SQLException {
        Map<Long, PersonSummary> summaries = new HashMap<>();
        try (PreparedStatement q = new Sql().append("SELECT id, surname, name, patronymic, birth_date, sex, snils"
                + " FROM registry.person WHERE id = ANY (?)", (Object) ids.toArray(Long[]::new)).prepare(c);
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                summaries.put(rs.getLong(1), new PersonSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), JdbcPersonQueries.masked(rs.getString(7))));
            }
        }
        return summaries;
    }

    private static List<Long> ids(Connection c, String sql, Object... values) throws SQLException {
        return ids(c, new Sql().append(sql, values));
    }

    private static List<Long> ids(Connection c, Sql sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = sql.prepare(c); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
