package org.kontingent.report.forms.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.report.support.testing.SmallRegion.args;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.extension.additional.internal.AdditionalDemoData;
import org.kontingent.extension.additional.internal.AdditionalExtension;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.extension.DemoData;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.testkit.FormResult;
import org.kontingent.report.testkit.FormRunner;
import org.kontingent.report.testkit.ReportDatabase;

/**
 * The forms on a demo region: the generated region of the extension's tests
 * ({@code testing/demo-region.sql}: 800 schoolchildren in four organizations of additional
 * education, 400 boys and 400 girls of 8 to 16, 40 who left last year) with the extension's demo
 * data, as the demo loader makes it. Every child is counted once, and the forms' numbers are the
 * same when the data is made again with the same seed.
 */
class DemoRegionFormsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static ReportDatabase database;

    @BeforeAll
    static void start() throws SQLException {
        database = ReportDatabase.start();
        database.migrateBundle(AdditionalExtension.class);
        database.executeResource(DemoRegionFormsTest.class, "/org/kontingent/extension/additional/testing/demo-region.sql");
        generate(42);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static void generate(long seed) throws SQLException {
        // the schema is migrated: the demo data's component reference to it only orders activation
        DemoData demo = new AdditionalDemoData();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('kontingent.report_scope', 'region', true)");
            }
            demo.generate(c, seed, TODAY);
            c.commit();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static FormResult contingent(Level level) {
        return new FormRunner(database).run(new ContingentForm(), Scope.region(), args(Parameter.LEVEL, level), TODAY);
    }

    private static FormResult results() {
        return new FormRunner(database).run(new ResultsForm(), Scope.region(),
                args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.LEVEL, Level.REGION), TODAY);
    }

    private static long sum(FormResult result, String column) {
        return result.column(column).stream().mapToLong(v -> (Long) v).sum();
    }

    @Test
    void countsEveryChildOnceByKindAgeAndSex() throws SQLException {
        FormResult result = contingent(Level.REGION);
        assertEquals(800, sum(result, "learners"), result.table());
        assertEquals(400, sum(result, "boys"));
        assertEquals(400, sum(result, "girls"));
        assertEquals(800, sum(result, "age5to9") + sum(result, "age10to14") + sum(result, "age15to17"));
        assertEquals(0, sum(result, "ageUnder5") + sum(result, "age18plus"));
        assertEquals(List.of("Дополнительная общеразвивающая программа", "Дополнительная предпрофессиональная программа"),
                result.column("programmeKind").subList(0, 2));
        long followed = count("SELECT count(DISTINCT (p.membership_id, p.orientation)) FROM additional.programme p"
                + " WHERE p.starts_on <= '2026-11-23' AND (p.ends_on IS NULL OR '2026-11-23' < p.ends_on)");
        long orientations = 0;
        for (String column : ContingentForm.ORIENTATION_COLUMNS) {
            orientations += sum(result, column);
        }
        assertEquals(followed, orientations, "each child in each orientation they follow");
        assertTrue(sum(result, "artistic") > 0 && sum(result, "technical") > 0 && sum(result, "physicalCultureAndSport") > 0,
                result.table());
        assertEquals(sum(result, "learners"), sum(contingent(Level.ORGANIZATION), "learners"), "the same per organization");
    }

    @Test
    void countsTheProgrammesEndedLastYearWithTheirDocuments() throws SQLException {
        FormResult result = results();
        long ended = sum(result, "ended");
        assertEquals(count("SELECT count(*) FROM additional.programme WHERE ends_on > '2025-09-01' AND ends_on <= '2026-09-01'"),
                ended, result.table());
        assertEquals(ended, sum(result, "mastered") + sum(result, "notMastered"));
        assertEquals(ended, sum(result, "withDocument"), "a document for each programme ended");
        assertEquals(ended, sum(result, "trainingCertificates") + sum(result, "artsCertificates") + sum(result,
                "studyCertificates"));
        assertTrue(sum(result, "notMastered") >= 20, "those who left in February, at least: " + result.table());
    }

    @Test
    void givesTheSameNumbersForTheSameSeed() throws SQLException {
        List<List<Object>> contingent = contingent(Level.ORGANIZATION).rows();
        List<List<Object>> results = results().rows();
        database.execute("TRUNCATE additional.programme, additional.course, additional.document");
        generate(42);
        assertEquals(contingent, contingent(Level.ORGANIZATION).rows());
        assertEquals(results, results().rows());
    }
}
