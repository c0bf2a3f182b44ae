package org.kontingent.report.forms.health.internal;

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
import org.kontingent.extension.health.internal.HealthDemoData;
import org.kontingent.extension.health.internal.HealthExtension;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.extension.DemoData;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.testkit.FormResult;
import org.kontingent.report.testkit.FormRunner;
import org.kontingent.report.testkit.ReportDatabase;

/**
 * The form on a demo region: the generated region of the extension's tests
 * ({@code testing/demo-region.sql}: 1,000 pupils of two schools, 200 preschoolers, 300 students,
 * 100 of the pupils also at an arts school) with the extension's demo data, as the demo loader
 * makes it. Every learner of the day is counted once in each organization, in one health group and
 * one medical group each, and the numbers are the same when the data is made again with the same
 * seed.
 */
class DemoRegionFormsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static ReportDatabase database;

    @BeforeAll
    static void start() throws SQLException {
        database = ReportDatabase.start();
        database.migrateBundle(HealthExtension.class);
        database.executeResource(DemoRegionFormsTest.class, "/org/kontingent/extension/health/testing/demo-region.sql");
        generate(42);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static void generate(long seed) throws SQLException {
        // the schema is migrated: the demo data's component reference to it only orders activation
        DemoData demo = new HealthDemoData();
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

    private static FormResult groups(Level level) {
        return new FormRunner(database).run(new HealthGroupsForm(), Scope.region(), args(Parameter.LEVEL, level), TODAY);
    }

    private static long sum(FormResult result, String column) {
        return result.column(column).stream().mapToLong(v -> (Long) v).sum();
    }

    @Test
    void countsEveryLearnerOnceInEachOrganizationInOneGroupEach() throws SQLException {
        FormResult result = groups(Level.ORGANIZATION);
        assertEquals(List.of(200L, 600L, 300L, 100L, 400L), result.column("learners"), result.table());
        assertEquals(List.of(0L, 0L, 0L, 100L, 0L), result.column("groupUnknown"),
                "every learner of a school, the kindergarten and the college has this year's conclusion; the arts school"
                        + " keeps none");
        long learners = sum(result, "learners");
        assertEquals(learners, sum(result, "group1") + sum(result, "group2") + sum(result, "group3") + sum(result, "group4")
                + sum(result, "group5") + sum(result, "groupUnknown"));
        assertEquals(learners, sum(result, "peBasic") + sum(result, "pePreparatory") + sum(result, "peSpecialA")
                + sum(result, "peSpecialB") + sum(result, "peExempt") + sum(result, "peUnknown"));
        assertTrue(sum(result, "group2") > sum(result, "group1") && sum(result, "group1") > sum(result, "group4"),
                result.table());
        assertEquals(count("SELECT count(*) FROM health.disability"), sum(result, "disabled"));
        assertEquals(count("SELECT count(*) FROM health.disability WHERE category = 'child-disabled'"),
                sum(result, "childDisabled"));
        assertEquals(count("SELECT count(*) FROM health.special_needs WHERE valid_until IS NULL OR valid_until >= '2026-11-23'"),
                sum(result, "specialNeeds"));
        assertEquals(count("SELECT count(*) FROM health.special_needs WHERE adapted_programme"), sum(result, "adaptedProgramme"));
        assertEquals(count("SELECT count(*) FROM health.conclusion WHERE long_term_treatment AND key LIKE '%-1'"),
                sum(result, "longTermTreatment"));
        assertEquals(learners, sum(groups(Level.REGION), "learners"), "the same for the region");
    }

    @Test
    void givesTheSameNumbersForTheSameSeed() throws SQLException {
        List<List<Object>> rows = groups(Level.ORGANIZATION).rows();
        database.execute("TRUNCATE health.conclusion, health.disability, health.special_needs");
        generate(42);
        assertEquals(rows, groups(Level.ORGANIZATION).rows());
    }
}
