package org.kontingent.report.forms.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.report.support.testing.SmallRegion.args;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.extension.vocational.internal.VocationalDemoData;
import org.kontingent.extension.vocational.internal.VocationalExtension;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.extension.DemoData;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.testkit.FormResult;
import org.kontingent.report.testkit.FormRunner;
import org.kontingent.report.testkit.ReportDatabase;

/**
 * The forms on a demo region: the generated region of the extension's tests
 * ({@code testing/demo-region.sql}: 900 students of three colleges in courses 1–4, 150 graduates
 * of 2025-2026) with the extension's demo data, as the demo loader makes it. Every student and
 * every graduate is counted under a specialty, and the forms' numbers are the same when the data
 * is made again with the same seed.
 */
class DemoRegionFormsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static ReportDatabase database;

    @BeforeAll
    static void start() throws SQLException {
        database = ReportDatabase.start();
        database.migrateBundle(VocationalExtension.class);
        database.executeResource(DemoRegionFormsTest.class, "/org/kontingent/extension/vocational/testing/demo-region.sql");
        generate(42);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static void generate(long seed) throws SQLException {
        // the schema is migrated: the demo data's component reference to it only orders activation
        DemoData demo = new VocationalDemoData();
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('kontingent.report_scope', 'region', true)");
            }
            demo.generate(c, seed, TODAY);
            c.commit();
        }
    }

    private static FormResult learners() {
        return new FormRunner(database).run(new LearnersBySpecialtyForm(), Scope.region(), args(Parameter.LEVEL, Level.REGION),
                TODAY);
    }

    private static FormResult employment() {
        return new FormRunner(database).run(new GraduateEmploymentForm(), Scope.region(),
                args(Parameter.ACADEMIC_YEAR, "2025-2026", Parameter.LEVEL, Level.REGION), TODAY);
    }

    private static long sum(FormResult result, String column) {
        ToLongFunction<Object> value = v -> (Long) v;
        return result.column(column).stream().mapToLong(value).sum();
    }

    @Test
    void fillsTheLearnersBySpecialtyWithEveryStudent() {
        FormResult result = learners();
        assertTrue(result.size() >= 12, result.table());
        assertTrue(result.rows().stream().allMatch(row -> row.get(2) != null), "every student has a specialty: " + result.table());
        assertEquals(900, sum(result, "learners"));
        for (String course : List.of("course1", "course2", "course3", "course4")) {
            assertEquals(225, sum(result, course), course);
        }
        assertEquals(900, sum(result, "fullTime") + sum(result, "partTime") + sum(result, "extramural"));
        assertTrue(sum(result, "partTime") > 0 && sum(result, "extramural") > 0, result.table());
        assertEquals(450, sum(result, "men"));
        assertEquals(900, sum(result, "age15to17") + sum(result, "age18to20") + sum(result, "age21to24"));
    }

    @Test
    void fillsTheEmploymentOfGraduates() {
        FormResult result = employment();
        assertEquals(150, sum(result, "graduates"));
        assertEquals(150, sum(result, "diplomas"));
        long employed = sum(result, "employed");
        assertTrue(employed > 70 && employed < 140, result.table());
        assertTrue(sum(result, "byContract") > 0 && sum(result, "individualPlan") > 0 && sum(result, "withHonours") > 0,
                result.table());
    }

    @Test
    void givesTheSameNumbersForTheSameSeed() throws SQLException {
        List<List<Object>> learners = learners().rows();
        List<List<Object>> employment = employment().rows();
        database.execute("TRUNCATE vocational.programme, vocational.mark, vocational.diploma, vocational.employment");
        generate(42);
        assertEquals(learners, learners().rows());
        assertEquals(employment, employment().rows());
    }
}
