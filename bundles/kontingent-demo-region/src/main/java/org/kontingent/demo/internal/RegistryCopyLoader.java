package org.kontingent.demo.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.kontingent.registry.api.names.PersonNames;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a generated region into the registry's tables with PostgreSQL's COPY, in one
 * transaction: the region is there whole or not at all. Rows are buffered per table and all
 * buffers are flushed in the order of the foreign keys, so a row never arrives before what it
 * refers to. Ids are the generator's keys; the identities are moved past them at the end.
 * The large tables' indexes and constraints are built once after the rows are in
 * ({@link DeferredIndexes}). COPY runs on a thread of its own while the generator fills the next
 * batch, so that generating and writing share the machine's cores.
 */
final class RegistryCopyLoader implements DemoSink, AutoCloseable {
    private static final int FLUSH_CHARACTERS = 8 * 1024 * 1024;
    /** The tables in the order of their foreign keys, with the columns COPY fills. */
    private static final Map<String, String> TABLES = tables();

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("registry.academic_year", "code, starts_on, ends_on");
        tables.put("registry.territory", "oktmo, name, kind, parent_oktmo");
        tables.put("registry.authority", "id, parent_id, full_name, short_name, level, oktmo, source_id");
        tables.put("registry.organization", "id, authority_id, full_name, short_name, type_code, kind_code, ownership_code,"
                + " education_level, inn, kpp, ogrn, oktmo, district, settlement, address, phone, email, source_id");
        tables.put("registry.class_group", "id, organization_id, academic_year, name, grade, study_form_code, capacity");
        tables.put("registry.person", "id, surname, name, patronymic, surname_norm, name_norm, patronymic_norm, birth_date,"
                + " sex, snils, citizenship, source_id");
        tables.put("registry.identity_document", "person_id, type_code, series, number, issued_on, issuer, source_id");
        tables.put("registry.representative", "learner_id, representative_id, relationship_code, source_id");
        tables.put("registry.membership", "id, person_id, organization_id, role, starts_on, ends_on, study_form_code,"
                + " enrollment_order_number, enrollment_order_date, leaving_reason_code, leaving_order_number,"
                + " leaving_order_date, source_id");
        tables.put("registry.class_placement", "membership_id, class_group_id, starts_on, ends_on");
        return java.util.Collections.unmodifiableMap(tables);
    }

    /** The tables that grow with the number of learners. */
    private static final String[] BULK_TABLES = {"registry.class_group", "registry.person", "registry.identity_document",
        "registry.representative", "registry.membership", "registry.class_placement", "registry.person_scope"};
    private static final Set<String> FROZEN = Set.of(BULK_TABLES);
    private static final String[] IDENTITIES = {"authority", "organization", "class_group", "person", "identity_document",
        "membership", "class_placement"};

    private final Connection connection;
    private final CopyManager copy;
    private final String sourceId;
    private final Map<String, StringBuilder> buffers = new LinkedHashMap<>();
    private final DeferredIndexes deferredIndexes;
    private final ExecutorService copier = Executors.newSingleThreadExecutor(r -> new Thread(r, "kontingent-demo-copy"));
    /** The batch being copied, if any. */
    private Future<?> copying;
    private long rows;
    private final long started = System.nanoTime();
    private long copied;
    private long built;
    private long vacuumed;

    /**
     * @param connection a connection to the registry database; the loader owns its transaction
     * @throws IllegalStateException when the registry holds persons already
     */
    RegistryCopyLoader(Connection connection) throws SQLException {
        if (!registryIsEmpty(connection)) {
            throw new IllegalStateException("A demo region is loaded only into an empty registry; this one holds persons");
        }
        this.connection = connection;
        connection.setAutoCommit(false);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.sourceId = Long.toString(demoSource(connection));
        this.deferredIndexes = DeferredIndexes.drop(connection, BULK_TABLES);
        // emptied in this transaction (they are empty: no persons, nothing that hangs on persons),
        // so that COPY may write the rows frozen and visible to all: little is left to vacuum afterwards
        try (Statement s = connection.createStatement()) {
            s.execute("TRUNCATE " + String.join(", ", BULK_TABLES) + " CASCADE");
            // the scope table and the learner periods are filled once at the end, not by their triggers batch by batch
            s.execute("SET LOCAL kontingent.person_scope = 'deferred'");
            s.execute("SET LOCAL kontingent.learner_periods = 'deferred'");
        }
        TABLES.keySet().forEach(table -> buffers.put(table, new StringBuilder()));
    }

    private static long demoSource(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "INSERT INTO registry.source (kind, reference, name) VALUES ('import', 'demo-region', 'Демонстрационный регион')"
                        + " ON CONFLICT (kind, reference) DO UPDATE SET name = EXCLUDED.name RETURNING id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How many rows were handed to the loader so far. */
    long rows() {
        return rows;
    }

    @Override
    public void academicYear(String code, LocalDate startsOn, LocalDate endsOn) {
        row("registry.academic_year", code, startsOn, endsOn);
    }

    @Override
    public void territory(String oktmo, String name, String kind, String parentOktmo) {
        row("registry.territory", oktmo, name, kind, parentOktmo);
    }

    @Override
    public void authority(Authority a) {
        row("registry.authority", a.key(), a.parentKey(), a.fullName(), a.shortName(), a.level(), a.oktmo(), sourceId);
    }

    @Override
    public void organization(Organization o) {
        row("registry.organization", o.key(), o.authorityKey(), o.fullName(), o.shortName(), o.typeCode(), o.kindCode(),
                o.ownershipCode(), o.educationLevel(), o.inn(), o.kpp(), o.ogrn(), o.oktmo(), o.district(), o.settlement(), o.address(),
                o.phone(), o.email(), sourceId);
    }

    @Override
    public void classGroup(ClassGroup c) {
        row("registry.class_group", c.key(), c.organizationKey(), c.academicYear(), c.name(), c.grade(), c.studyForm(),
                c.capacity());
    }

    @Override
    public void person(DemoPerson p) {
        row("registry.person", p.key(), p.surname(), p.name(), p.patronymic(), PersonNames.normalize(p.surname()),
                PersonNames.normalize(p.name()), PersonNames.normalize(p.patronymic()), p.birthDate(), p.sex().code(),
                p.snils(), "RU", sourceId);
    }

    @Override
    public void document(Document d) {
        row("registry.identity_document", d.personKey(), d.typeCode(), d.series(), d.number(), d.issuedOn(), d.issuer(),
                sourceId);
    }

    @Override
    public void representative(long learnerKey, long representativeKey, String relationship) {
        row("registry.representative", learnerKey, representativeKey, relationship, sourceId);
    }

    @Override
    public void membership(Membership m) {
        row("registry.membership", m.key(), m.personKey(), m.organizationKey(), "learner", m.startsOn(), m.endsOn(),
                "full-time", m.enrollmentOrderNumber(), m.enrollmentOrderDate(), m.leavingReason(), m.leavingOrderNumber(),
                m.leavingOrderDate(), sourceId);
    }

    @Override
    public void placement(long membershipKey, long classGroupKey, LocalDate startsOn, LocalDate endsOn) {
        row("registry.class_placement", membershipKey, classGroupKey, startsOn, endsOn);
    }

    private void row(String table, Object... values) {
        StringBuilder buffer = buffers.get(table);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            appendText(buffer, values[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() > FLUSH_CHARACTERS) {
            send();
        }
    }

    /** COPY's text format: \N for null; backslash, tab and line breaks escaped. */
    private static void appendText(StringBuilder buffer, Object value) {
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    /** Sends every buffered row, parents first, and waits until they are written. */
    void flush() {
        send();
        await();
    }

    /** Hands the buffered rows to the copying thread, once it has written the batch before. */
    private void send() {
        await();
        Map<String, String> batch = new LinkedHashMap<>();
        buffers.forEach((table, buffer) -> {
            if (buffer.length() > 0) {
                batch.put(table, buffer.toString());
                buffer.setLength(0);
            }
        });
        copying = copier.submit(() -> {
            for (Map.Entry<String, String> rowsOfTable : batch.entrySet()) {
                String table = rowsOfTable.getKey();
                copy.copyIn("COPY " + table + " (" + TABLES.get(table) + ") FROM STDIN" + (FROZEN.contains(table)
                        ? " WITH (FREEZE)" : ""), new StringReader(rowsOfTable.getValue()));
            }
            return null;
        });
    }

    /** Waits for the batch being copied; its failure is the load's. */
    private void await() {
        if (copying == null) {
            return;
        }
        try {
            copying.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The demo region load was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("The demo region could not be written: " + cause.getMessage(), cause);
        } finally {
            copying = null;
        }
    }

    /** How long the phases took: generating and copying, building indexes and learner periods, vacuuming. */
    String phases() {
        return String.format(Locale.ROOT, "generated and copied in %.0f s, indexes, constraints and learner periods"
                + " built in %.0f s, vacuumed in %.0f s", copied / 1e9, built / 1e9, vacuumed / 1e9);
    }

    /**
     * Flushes, fills the scope table, builds the deferred indexes and constraints, fills the learner periods (they read
     * memberships and placements by the indexes just built), moves the identities past the loaded ids, commits, and
     * vacuums what the frozen copy left unmarked.
     */
    void commit() throws SQLException {
        flush();
        try (Statement s = connection.createStatement()) {
            // one pass over all memberships: let its joins and its DISTINCT work in memory
            s.execute("SET LOCAL work_mem = '256MB'");
            s.execute("SELECT registry.person_scope_rebuild()");
            s.execute("RESET work_mem");
        }
        copied = System.nanoTime() - started;
        deferredIndexes.restore();
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL work_mem = '256MB'");
            s.execute("SELECT registry.learner_periods_rebuild()");
            s.execute("RESET work_mem");
        }
        built = System.nanoTime() - started - copied;
        try (Statement s = connection.createStatement()) {
            for (String table : IDENTITIES) {
                s.execute("SELECT setval(pg_get_serial_sequence('registry." + table + "', 'id'),"
                        + " greatest((SELECT max(id) FROM registry." + table + "), 1))");
            }
        }
        connection.commit();
        try (Statement s = connection.createStatement()) {
            connection.setAutoCommit(true);
            // COPY FREEZE leaves the pages where one batch ended and the next went on unmarked;
            // vacuum marks them, skipping every page already visible to all
            for (String table : BULK_TABLES) {
                s.execute("VACUUM (ANALYZE) " + table);
            }
            // the periods the rebuild wrote: the reports read a level's periods by index only
            s.execute("VACUUM (ANALYZE) registry.learner_period");
            s.execute("ANALYZE");
        }
        vacuumed = System.nanoTime() - started - copied - built;
    }

    /** Whether the registry holds no person yet: a demo region is loaded only into an empty registry. */
    static boolean registryIsEmpty(Connection connection) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM registry.person)");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Override
    public void close() throws SQLException {
        copier.shutdownNow();
        try {
            copier.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }
}
