package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.batch.EntryOutcome;
import org.kontingent.registry.api.batch.EntryOutcome.Kind;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.PersonData;

/**
 * The person entries of a batch that need no decision one by one, done set-based: new persons
 * nobody in the registry or earlier in the batch fits (created), and persons found exactly as
 * sent (unchanged). Identification is the same as one by one — the source's key, the СНИЛС, the
 * name with birth date and document, the name with birth date — and whatever is left (changes,
 * refusals, ambiguities, two entries for one person) is for {@link BatchPersons}.
 */
final class BulkPersons {
    /**
     * The journal's state of each created person, from the rows the statement inserted: the person
     * and its documents as stored, without reading them back.
     */
    private static final String CREATED_STATE = "to_jsonb(p) || jsonb_build_object('documents', coalesce(d.documents, '[]'))";

    private final Connection c;
    private final long sourceId;
    private final LocalDate today;
    private final SourceKeys keys;

    BulkPersons(Connection c, long sourceId, LocalDate today, SourceKeys keys) {
        this.c = c;
        this.sourceId = sourceId;
        this.today = today;
        this.keys = keys;
    }

    /** The outcomes of the entries done here, by their index in the batch. */
    Map<Integer, EntryOutcome> apply(List<Batch.PersonEntry> entries) throws SQLException {
        BulkRows persons = new BulkRows("bulk_person", "seq int", "key text", "surname text", "name text", "patronymic text",
                "surname_norm text", "name_norm text", "patronymic_norm text", "birth_date date", "sex text", "snils char(11)",
                "citizenship text", "birthplace text", "registration_address text", "residence_address text", "phone text",
                "email text", "doc_type text", "doc_series text", "doc_number text");
        BulkRows documents = new BulkRows("bulk_document", "seq int", "type_code text", "series text", "number text",
                "issued_on date", "issuer text");
        Set<String> keys = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        entries.forEach(e -> {
            if (!keys.add(e.key())) {
                repeated.add(e.key());
            }
        });
        for (int i = 0; i < entries.size(); i++) {
            Batch.PersonEntry e = entries.get(i);
            if (e.key() == null || repeated.contains(e.key()) || !RecordRules.person(e.person(), today).isEmpty()) {
                continue;
            }
            PersonWrites.StoredDocument first = null;
            for (PersonData.DocumentData d : e.person().documents()) {
                PersonWrites.StoredDocument stored = PersonWrites.stored(d);
                first = first == null ? stored : first;
                documents.add(i, stored.type(), stored.series(), stored.number(), d.issuedOn(), d.issuer());
            }
            Object[] columns = PersonWrites.Columns.of(e.person()).values();
            Object[] row = new Object[columns.length + 5];
            row[0] = i;
            row[1] = e.key();
            System.arraycopy(columns, 0, row, 2, columns.length);
            row[17] = first == null ? null : first.type();
            row[18] = first == null ? null : first.series();
            row[19] = first == null ? null : first.number();
            persons.add(row);
        }
        if (persons.isEmpty()) {
            return Map.of();
        }
        persons.insert(c);
        documents.insert(c);
        identify();
        return decide();
    }

    /** Finds each entry's person as one by one would: key, СНИЛС, name with document, name. */
    private void identify() throws SQLException {
        Sql.update(c, "ALTER TABLE bulk_person ADD person_id bigint, ADD found text, ADD action text");
        keys.resolve("person", "bulk_person", "key", "person_id");
        Sql.update(c, "UPDATE bulk_person SET found = 'key' WHERE person_id IS NOT NULL");
        Sql.update(c, "UPDATE bulk_person b SET person_id = p.id, found = 'snils' FROM registry.person p WHERE b.found IS NULL"
                + " AND p.snils = b.snils AND p.merged_into IS NULL");
        Sql.update(c, "WITH m AS (SELECT b.seq, array_agg(DISTINCT p.id) ids FROM bulk_person b JOIN registry.identity_document d"
                + " ON d.type_code = b.doc_type AND d.series IS NOT DISTINCT FROM b.doc_series AND d.number = b.doc_number"
                + " JOIN registry.person p ON p.id = d.person_id AND p.merged_into IS NULL AND p.surname_norm = b.surname_norm"
                + " AND p.name_norm = b.name_norm AND p.patronymic_norm = b.patronymic_norm AND p.birth_date = b.birth_date"
                + " AND (b.snils IS NULL OR p.snils IS NULL) WHERE b.found IS NULL GROUP BY b.seq)"
                + " UPDATE bulk_person b SET person_id = CASE WHEN cardinality(m.ids) = 1 THEN m.ids[1] END,"
                + " found = CASE WHEN cardinality(m.ids) = 1 THEN 'combined' ELSE 'ambiguous' END FROM m WHERE b.seq = m.seq");
        // an entry with a СНИЛС nobody holds can only be a person without one: the small partial index of those
        String sameName = " ON p.surname_norm = b.surname_norm AND p.name_norm = b.name_norm AND p.patronymic_norm = b.patronymic_norm"
                + " AND p.birth_date = b.birth_date AND p.merged_into IS NULL";
        String noOtherDocument = " AND (b.doc_type IS NULL OR NOT EXISTS (SELECT 1 FROM registry.identity_document d"
                + " WHERE d.person_id = p.id AND d.type_code = b.doc_type))";
        Sql.update(c, "WITH m AS (SELECT seq, array_agg(id) ids FROM ("
                + "SELECT b.seq, p.id FROM bulk_person b JOIN registry.person p" + sameName + " AND p.snils IS NULL"
                + " WHERE b.found IS NULL AND b.snils IS NOT NULL" + noOtherDocument
                + " UNION ALL SELECT b.seq, p.id FROM bulk_person b JOIN registry.person p" + sameName
                + " WHERE b.found IS NULL AND b.snils IS NULL" + noOtherDocument + ") found GROUP BY seq)"
                + " UPDATE bulk_person b SET person_id = CASE WHEN cardinality(m.ids) = 1 THEN m.ids[1] END,"
                + " found = CASE WHEN cardinality(m.ids) = 1 THEN 'name' ELSE 'ambiguous' END FROM m WHERE b.seq = m.seq");
    }

    /** Creates the new persons, keeps the keys of the unchanged ones, and leaves the rest. */
    private Map<Integer, EntryOutcome> decide() throws SQLException {
        // new: nobody fits, nobody holds the СНИЛС or a document, no earlier entry of the batch is the same person
        Sql.update(c, "WITH repeats AS (SELECT seq, row_number() OVER (PARTITION BY snils ORDER BY seq) AS by_snils,"
                + " row_number() OVER (PARTITION BY surname_norm, name_norm, patronymic_norm, birth_date ORDER BY seq) AS by_name"
                + " FROM bulk_person), repeated_documents AS (SELECT DISTINCT seq FROM (SELECT seq, row_number() OVER"
                + " (PARTITION BY type_code, series, number ORDER BY seq) AS n FROM bulk_document) d WHERE n > 1)"
                + " UPDATE bulk_person b SET action = 'create' FROM repeats r LEFT JOIN repeated_documents x ON x.seq = r.seq"
                + " WHERE r.seq = b.seq AND x.seq IS NULL AND b.found IS NULL AND (b.snils IS NULL OR r.by_snils = 1) AND r.by_name = 1"
                // probed per entry through the unique indexes, whatever the statistics of a table still filling say
                + " AND (b.snils IS NULL OR NOT EXISTS (SELECT 1 FROM registry.person p WHERE p.snils = b.snils))"
                + " AND (b.doc_number IS NULL OR NOT EXISTS (SELECT 1 FROM bulk_document bd JOIN registry.identity_document d"
                + " ON d.type_code = bd.type_code AND d.series IS NOT DISTINCT FROM bd.series AND d.number = bd.number"
                + " WHERE bd.seq = b.seq))");
        // unchanged: found, every column and every document as sent
        Sql.update(c, "UPDATE bulk_person b SET action = 'unchanged' FROM registry.person p WHERE p.id = b.person_id"
                + " AND p.id = ANY (ARRAY(SELECT person_id FROM bulk_person WHERE person_id IS NOT NULL))"
                + " AND b.found <> 'ambiguous' AND (p.surname, p.name, p.patronymic, p.birth_date, p.sex, p.snils, p.citizenship,"
                + " p.birthplace, p.registration_address, p.residence_address, p.phone, p.email) IS NOT DISTINCT FROM"
                + " (b.surname, b.name, b.patronymic, b.birth_date, b.sex, b.snils, b.citizenship, b.birthplace,"
                + " b.registration_address, b.residence_address, b.phone, b.email)"
                + " AND (SELECT array_agg(ROW(d.type_code, d.series, d.number, d.issued_on, d.issuer)::text ORDER BY 1)"
                + " FROM registry.identity_document d WHERE d.person_id = p.id) IS NOT DISTINCT FROM"
                + " (SELECT array_agg(ROW(bd.type_code, bd.series, bd.number, bd.issued_on, bd.issuer)::text ORDER BY 1)"
                + " FROM bulk_document bd WHERE bd.seq = b.seq)"
                + " AND b.person_id IN (SELECT person_id FROM bulk_person GROUP BY person_id HAVING count(*) = 1)");
        // the sequence looked up once (a scalar subquery), not for every row
        Sql.update(c, "UPDATE bulk_person SET person_id = nextval((SELECT pg_get_serial_sequence('registry.person', 'id'))::regclass)"
                + " WHERE action = 'create'");
        // the persons, their documents and their journal in one statement: the journal's states from what was inserted
        Sql.update(c, "WITH created AS (INSERT INTO registry.person (id, " + PersonWrites.COLUMNS + ") SELECT person_id, surname,"
                + " name, patronymic, surname_norm, name_norm, patronymic_norm, birth_date, sex, snils, citizenship, birthplace,"
                + " registration_address, residence_address, phone, email, ? FROM bulk_person WHERE action = 'create' ORDER BY seq"
                + " RETURNING *), documents AS (INSERT INTO registry.identity_document (person_id, type_code, series, number,"
                + " issued_on, issuer, source_id) SELECT b.person_id, d.type_code, d.series, d.number, d.issued_on, d.issuer, ?"
                + " FROM bulk_document d JOIN bulk_person b ON b.seq = d.seq WHERE b.action = 'create' RETURNING *)"
                + " INSERT INTO registry.change (source_id, entity, entity_id, action, before, after) SELECT ?, 'person', p.id,"
                + " 'create', NULL, " + CREATED_STATE + " FROM created p JOIN bulk_person b ON b.person_id = p.id"
                + " LEFT JOIN (SELECT person_id, jsonb_agg(to_jsonb(x) - 'person_id' ORDER BY x.type_code, x.series, x.number)"
                + " AS documents FROM documents x GROUP BY person_id) d ON d.person_id = p.id ORDER BY b.seq",
                sourceId, sourceId, sourceId);
        Sql.update(c, "INSERT INTO registry.source_key (source_id, entity, key, record_id) SELECT ?, 'person', key, person_id"
                + " FROM bulk_person WHERE action = 'create' OR action = 'unchanged' AND found <> 'key'"
                + " ON CONFLICT (source_id, entity, key) DO UPDATE SET record_id = EXCLUDED.record_id", sourceId);
        Map<Integer, EntryOutcome> done = new HashMap<>();
        for (Object[] row : Sql.rows(c, "SELECT seq, key, person_id, action FROM bulk_person WHERE action IS NOT NULL")) {
            done.put((Integer) row[0], new EntryOutcome(Kind.PERSON, (Integer) row[0], (String) row[1], (Long) row[2],
                    "create".equals(row[3]) ? Result.CREATED : Result.UNCHANGED, List.of(), List.of()));
        }
        return done;
    }
}
