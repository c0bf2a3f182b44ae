package org.kontingent.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;
import org.kontingent.report.api.ReportException;

class FormRunnerTest {
    private static ReportDatabase database;
    private static FormRunner runner;

    @BeforeAll
    static void start() {
        database = ReportDatabase.start();
        database.executeResource(FormRunnerTest.class, "region.sql");
        runner = new FormRunner(database);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static long count(String sql, Scope scope) {
        TestForm form = TestForm.of(List.of(), List.of(Column.count("n", "Число")),
                c -> c.query(sql, List.of(), rs -> c.row(rs.getLong(1))));
        return (Long) runner.run(form, scope, Map.of()).value(0, "n");
    }

    @Test
    void showsTheViewsUnderTheScope() {
        String sql = "SELECT count(*) FROM report.organization";
        assertEquals(4, count(sql, Scope.region()));
        assertEquals(2, count(sql, Scope.authority(2)));
        assertEquals(4, count(sql, Scope.authority(1)));
        assertEquals(1, count(sql, Scope.organization(12)));
        assertEquals(0, count(sql, Scope.provider(101)));
        assertEquals(2, count("SELECT count(*) FROM report.learner", Scope.region()));
        assertEquals(1, count("SELECT count(*) FROM report.learner", Scope.authority(3)));
    }

    @Test
    void countsMunicipalitiesAndGroupsRows() {
        FormResult result = runner.run(new OrganizationCountForm(), Scope.region(), Map.of(Parameter.LEVEL, Level.MUNICIPALITY));
        assertEquals(Arrays.asList("Комитет по образованию города", "Министерство образования",
                "Управление образования Северного района", "Управление образования Северного района"),
                result.column("municipality"));
        assertEquals(List.of("Детский сад № 2", "Школа № 1"),
                result.rows().subList(2, 4).stream().map(r -> r.get(1)).toList());
        FormResult region = runner.run(new OrganizationCountForm(), Scope.region(), Map.of());
        assertEquals(1, region.size());
        assertEquals(4L, region.value(0, "organizations"));
        assertNull(region.value(0, "municipality"));
        assertEquals(2L, runner.run(new OrganizationCountForm(), Scope.region(), Map.of(Parameter.DISTRICT, "Северный район"))
                .value(0, "organizations"));
    }

    @Test
    void readsTheGatewaysView() {
        assertEquals(1, count("SELECT count(*) FROM report.provider_load", Scope.region()));
        assertEquals(1, count("SELECT count(*) FROM report.provider_load", Scope.organization(10)));
        assertEquals(0, count("SELECT count(*) FROM report.provider_load", Scope.organization(12)));
    }

    @Test
    void refusesAFormThatReadsTheRegistry() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> runner.run(new OrganizationCountForm(OrganizationCountForm.Flaw.SNOOPING), Scope.region(), Map.of()));
        SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
        assertEquals("42501", cause.getSQLState());
        assertTrue(cause.getMessage().contains("permission denied"), cause.getMessage());
        IllegalStateException person = assertThrows(IllegalStateException.class,
                () -> count("SELECT count(*) FROM registry.person", Scope.region()));
        assertTrue(person.getCause().getMessage().contains("permission denied"), person.getMessage());
    }

    @Test
    void runsInAReadOnlyTransaction() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> count("CREATE TEMP TABLE t AS SELECT 1 AS n; SELECT 1", Scope.region()));
        assertEquals("25006", ((SQLException) e.getCause()).getSQLState(), e.getMessage());
    }

    @Test
    void fillsInTheDefaults() {
        TestForm echo = TestForm.of(
                List.of(Parameter.from(), Parameter.to(), Parameter.date(), Parameter.academicYear(),
                        Parameter.level(Level.MUNICIPALITY), Parameter.authority(),
                        new Parameter("limit", ParameterType.INTEGER, "Предел", true, "7", null, null)),
                List.of(Column.date("from", "С"), Column.date("to", "По"), Column.date("date", "На"), Column.text("year", "Год"),
                        Column.text("level", "Уровень"), Column.integer("authority", "Орган"), Column.integer("limit", "Предел")),
                c -> c.row(c.arguments().date(Parameter.FROM), c.arguments().date(Parameter.TO), c.arguments().date(Parameter.DATE),
                        c.arguments().text(Parameter.ACADEMIC_YEAR), c.arguments().level().value(),
                        c.arguments().number(Parameter.AUTHORITY), c.arguments().number("limit")));
        assertEquals(Arrays.asList(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 15), "2026-2027",
                "municipality", null, 7L), runner.run(echo, Scope.region(), Map.of(), LocalDate.of(2026, 10, 15)).rows().get(0));
        assertEquals(Arrays.asList(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), "2026-2027",
                "municipality", null, 7L), runner.run(echo, Scope.region(), Map.of(), LocalDate.of(2027, 3, 1)).rows().get(0));
        assertEquals(Arrays.asList(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 8, 31), "2025-2026",
                "municipality", null, 7L), runner.run(echo, Scope.region(), Map.of(), LocalDate.of(2026, 8, 31)).rows().get(0));
        assertEquals(LocalDate.of(2026, 9, 1), runner.run(echo, Scope.region(), Map.of(), LocalDate.of(2026, 9, 1)).value(0, "from"));

        FormResult given = runner.run(echo, Scope.authority(1), Map.of(Parameter.FROM, "2026-09-10", Parameter.TO, LocalDate.of(2026, 9, 20),
                Parameter.LEVEL, "region", Parameter.AUTHORITY, 2, "limit", 3L, Parameter.ACADEMIC_YEAR, "2026-2027"),
                LocalDate.of(2026, 10, 15));
        assertEquals(Arrays.asList(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 15), "2026-2027",
                "region", 2L, 3L), given.rows().get(0));
    }

    @Test
    void refusesWhatTheEngineRefuses() {
        TestForm needy = TestForm.of(List.of(new Parameter("code", ParameterType.TEXT, "Код", true, null, null, null),
                Parameter.from(), Parameter.to(), Parameter.authority(), Parameter.organizationType(), Parameter.academicYear()),
                List.of(Column.text("code", "Код")), c -> c.row(c.arguments().text("code")));
        LocalDate today = LocalDate.of(2026, 10, 15);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> runner.run(needy, Scope.region(), Map.of(), today))
                .getMessage().contains("code"));
        assertEquals("x", runner.run(needy, Scope.region(), Map.of("code", "x"), today).value(0, "code"));
        assertThrows(IllegalArgumentException.class, () -> runner.run(needy, Scope.region(), Map.of("code", "x", "nonsense", 1), today));
        assertThrows(IllegalArgumentException.class, () -> runner.run(needy, Scope.region(),
                Map.of("code", "x", Parameter.FROM, LocalDate.of(2026, 10, 2), Parameter.TO, LocalDate.of(2026, 10, 1)), today));
        assertThrows(IllegalArgumentException.class, () -> runner.run(needy, Scope.authority(2),
                Map.of("code", "x", Parameter.AUTHORITY, 3L), today));
        assertEquals("x", runner.run(needy, Scope.authority(2), Map.of("code", "x", Parameter.AUTHORITY, 2L), today).value(0, "code"));
        assertThrows(IllegalArgumentException.class, () -> runner.run(needy, Scope.region(),
                Map.of("code", "x", Parameter.ORGANIZATION_TYPE, "spaceship"), today));
        assertEquals("x", runner.run(needy, Scope.region(), Map.of("code", "x", Parameter.ORGANIZATION_TYPE, "gymnasium"), today)
                .value(0, "code"));
        assertThrows(IllegalArgumentException.class, () -> runner.run(needy, Scope.region(),
                Map.of("code", "x", Parameter.ACADEMIC_YEAR, "2019-2020"), today));
        assertThrows(IllegalArgumentException.class, () -> runner.run(needy, Scope.region(),
                Map.of("code", "x", Parameter.FROM, 20261001), today));
    }

    @Test
    void letsAFormsRefusalThrough() {
        ReportException e = assertThrows(ReportException.class, () -> runner.run(new OrganizationCountForm(), Scope.region(),
                Map.of(Parameter.LEVEL, Level.ORGANIZATION)));
        assertEquals(Parameter.LEVEL, e.parameter());
    }

    @Test
    void checksEveryRowAgainstTheColumns() {
        AssertionError mistyped = assertThrows(AssertionError.class, () -> runner.run(
                new OrganizationCountForm(OrganizationCountForm.Flaw.MISTYPED), Scope.region(), Map.of()));
        assertTrue(mistyped.getMessage().contains("row 1, column organizations (INTEGER)"), mistyped.getMessage());
        AssertionError arity = assertThrows(AssertionError.class, () -> runner.run(TestForm.of(List.of(),
                List.of(Column.text("a", "А"), Column.count("b", "Б")), c -> {
                    c.row("one", 1L);
                    c.row("two");
                }), Scope.region(), Map.of()));
        assertTrue(arity.getMessage().contains("row 2 has 1 values for 2 columns"), arity.getMessage());
        FormResult sum = runner.run(TestForm.of(List.of(), List.of(Column.count("n", "Число")),
                c -> c.query("SELECT sum(id) FROM report.organization", List.of(), rs -> c.row(rs.getObject(1)))),
                Scope.region(), Map.of());
        assertEquals(Long.class, sum.value(0, "n").getClass(), "a whole numeric, as the engine takes it");
        AssertionError fraction = assertThrows(AssertionError.class, () -> runner.run(TestForm.of(List.of(),
                List.of(Column.count("n", "Число")), c -> c.row(new java.math.BigDecimal("2.5"))), Scope.region(), Map.of()));
        assertTrue(fraction.getMessage().contains("column n (INTEGER) cannot hold the BigDecimal 2.5"), fraction.getMessage());
    }

    @Test
    void keepsTheTypesTheColumnsName() {
        FormResult result = runner.run(TestForm.of(List.of(),
                List.of(Column.text("t", "Т"), Column.count("i", "Ц"), Column.decimal("d", "Д"), Column.percent("p", "П"),
                        Column.date("day", "День")),
                c -> {
                    c.row("a", 1, 2, 0.5f, LocalDate.of(2026, 1, 1));
                    c.row(null, (short) 3, new java.math.BigDecimal("2.25"), 1L, null);
                    c.row("c", java.math.BigInteger.TEN, null, null, null);
                }), Scope.region(), Map.of());
        assertEquals(Arrays.asList("a", 1L, 2.0, 0.5, LocalDate.of(2026, 1, 1)), result.rows().get(0));
        assertEquals(Arrays.asList(null, 3L, 2.25, 1.0, null), result.rows().get(1));
        assertEquals(10L, result.value(2, "i"));
        assertEquals(Arrays.asList(1L, 3L, 10L), result.column("i"));
        assertEquals("c", result.rowWhere("i", 10).get(0));
        assertEquals("a", result.rowWhere("p", 0.5).get(0));
        assertEquals(3L, result.rowWhere("t", null).get(1));
        AssertionError none = assertThrows(AssertionError.class, () -> result.rowWhere("t", "z"));
        assertTrue(none.getMessage().contains("t = z"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> result.column("nonsense"));
    }

    @Test
    void bindsArraysAndDays() {
        TestForm form = TestForm.of(List.of(), List.of(Column.count("n", "Число")), c -> c.query(
                "SELECT count(*) FROM report.organization WHERE id = ANY (?) AND district = ANY (?)"
                        + " AND EXISTS (SELECT FROM report.academic_year WHERE starts_on <= ?)",
                List.of(new Long[] {10L, 11L, 12L}, new String[] {"Северный район"}, LocalDate.of(2026, 9, 1)),
                rs -> c.row(rs.getLong(1))));
        assertEquals(2L, runner.run(form, Scope.region(), Map.of()).value(0, "n"));
    }

    @Test
    void namesTheFixtureThatFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> database.execute("INSERT INTO registry.authority (id, full_name, level) VALUES (90, 'А', 'regional');\n"
                        + "INSERT INTO registry.nonsense VALUES (1);"));
        assertTrue(e.getMessage().contains("INSERT INTO registry.authority"), e.getMessage());
        assertTrue(e.getMessage().contains("registry.nonsense"), e.getMessage());
        assertEquals(0, count("SELECT count(*) FROM report.authority WHERE id = 90", Scope.region()), "the script is one transaction");
        assertThrows(IllegalArgumentException.class, () -> database.executeResource(FormRunnerTest.class, "missing.sql"));
    }
}
