package org.kontingent.report.forms.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kontingent.demo.internal.DemoRegionDatabase;
import org.kontingent.extension.preschool.internal.PreschoolDemoData;
import org.kontingent.extension.preschool.internal.PreschoolExtension;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.testkit.FormResult;
import org.kontingent.report.testkit.FormRunner;
import org.kontingent.report.testkit.ReportDatabase;

/**
 * Every form on a generated demo region of 3,000 learners with the preschool extension's demo data
 * (its {@code DemoData} as the platform runs it): the region's row of each has children in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoRegionFormsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private ReportDatabase database;

    @BeforeAll
    void load() throws SQLException {
        database = ReportDatabase.start();
        database.migrateBundle(PreschoolExtension.class);
        try (Connection c = database.dataSource().getConnection()) {
            DemoRegionDatabase.loadRegion(c, 7, 3_000, TODAY);
            DemoRegionDatabase.generate(c, new PreschoolDemoData()).orElseThrow();
        }
    }

    @AfterAll
    void stop() {
        database.close();
    }

    private List<Object> region(ReportForm form, Object... more) {
        Map<String, Object> arguments = new LinkedHashMap<>(Map.of(Parameter.LEVEL, Level.REGION));
        for (int i = 0; i < more.length; i += 2) {
            arguments.put((String) more[i], more[i + 1]);
        }
        FormResult result = new FormRunner(database).run(form, Scope.region(), arguments, TODAY);
        assertTrue(result.size() >= 1, result.toString());
        return result.rows().get(0);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Test
    void fillsTheDistributionsWithEveryChildAttending() {
        List<Object> ages = region(new AgeGroupsForm());
        long children = number(ages.get(2));
        assertTrue(children > 500, ages.toString());
        assertEquals(0L, ages.get(ages.size() - 1), "every child has an enrollment: " + ages);
        assertEquals(children, ages.subList(3, ages.size()).stream().mapToLong(DemoRegionFormsTest::number).sum());
        List<Object> types = region(new GroupTypesForm());
        assertEquals(children, number(types.get(2)));
        assertTrue(number(types.get(3)) > 0 && number(types.get(4)) > 0, types.toString());
        List<Object> kinds = region(new OwnershipKindsForm());
        assertTrue(number(kinds.get(3)) > 0 && number(kinds.get(4)) > 0, kinds.toString());
    }

    @Test
    void fillsTheStayModesOfEveryKindergarten() {
        FormResult modes = new FormRunner(database).run(new StayModesForm(), Scope.region(), Map.of(), TODAY);
        assertTrue(modes.size() > 5, modes.toString());
        long fullDay = modes.column("fullDay").stream().mapToLong(DemoRegionFormsTest::number).sum();
        long children = modes.column("children").stream().mapToLong(DemoRegionFormsTest::number).sum();
        assertTrue(fullDay > children / 2 && fullDay < children, fullDay + " of " + children);
    }

    @Test
    void fillsTheQueueAndItsAgesWithFreePlacesBeside() {
        List<Object> queue = region(new QueueForm());
        assertTrue(number(queue.get(2)) > 10 && number(queue.get(7)) > 0, queue.toString());
        List<Object> ages = region(new QueueAgesForm());
        assertEquals(queue.get(2), ages.get(2), "the same children waiting");
        assertTrue(number(ages.get(ages.size() - 2)) > 0 && number(ages.get(ages.size() - 1)) > 0, ages.toString());
    }

    @Test
    void fillsTheMigrationOfTheYear() {
        List<Object> migration = region(new MigrationForm(), Parameter.FROM, LocalDate.of(2026, 9, 1), Parameter.TO, TODAY);
        assertTrue(number(migration.get(2)) > 0 && number(migration.get(3)) > 0 && number(migration.get(4)) > 0,
                migration.toString());
        assertEquals(number(migration.get(7)), number(migration.get(2)) + number(migration.get(3)) - number(migration.get(5)),
                "at the start + arrived − left = at the end: " + migration);
    }
}
