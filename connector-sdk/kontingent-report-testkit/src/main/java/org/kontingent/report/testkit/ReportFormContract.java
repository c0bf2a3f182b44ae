package org.kontingent.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;

/**
 * The contract every report form keeps, as JUnit 5 tests a form bundle's test inherits: extend
 * it, give the form (and, to check it on data, a fixture and a day the fixture has data for),
 * and add the form's own cases with exact expected numbers.
 *
 * <pre>
 * class OrganizationsByTypeFormTest extends ReportFormContract {
 *     protected ReportForm form() { return new OrganizationsByTypeForm(); }
 *     protected void fixture(ReportDatabase database) { database.executeResource(getClass(), "region.sql"); }
 *     protected LocalDate today() { return LocalDate.of(2026, 10, 1); }
 *
 *     &#64;Test
 *     void countsByType() {
 *         FormResult result = run(Scope.region(), Map.of());
 *         assertEquals(2L, result.rowWhere("organizationType", "Гимназия").get(2));
 *     }
 * }
 * </pre>
 *
 * The contract checks: the definition in Russian and English has the same id, parameter names
 * and types, column keys and types, grouping and chart — only titles differ — and does not
 * depend on the JVM's default locale; the id is lower-case words joined by '.' or '-'; every
 * title is given in both languages (the standard parameters' null titles excepted) and the
 * English one is not the Russian one; the form runs with its defaults on an empty migrated
 * database under the region, an authority's and an organization's scope (at every level, when
 * it has a {@value Parameter#LEVEL} parameter: a level it cannot answer it refuses with a
 * {@link ReportException}) and every row it writes matches its columns; and on the
 * {@link #fixture} data, under the region scope at every level, its rows come grouped by its
 * grouping columns (all rows of a group together, as the engine's subtotals need).
 *
 * <p>One embedded PostgreSQL serves a test class (the instance lives for the class): the fixture
 * is loaded once, into {@link #database()}, before the first test that needs it; the
 * empty-database checks use a second database on the same server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReportFormContract {
    private static final Locale RUSSIAN = FormRunner.RUSSIAN;
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Set<String> STANDARD_PARAMETERS = Set.of(Parameter.FROM, Parameter.TO, Parameter.DATE,
            Parameter.LEVEL, Parameter.AUTHORITY, Parameter.ORGANIZATION, Parameter.DISTRICT, Parameter.SETTLEMENT,
            Parameter.ORGANIZATION_TYPE, Parameter.ACADEMIC_YEAR);

    private ReportDatabase database;
    private ReportDatabase empty;

    /** The form under test, new for each call. */
    protected abstract ReportForm form();

    /**
     * Adds the views of other bundles the form reads (with {@link ReportDatabase#migrateBundle},
     * an extension's), to every database the contract uses, the empty one included. By default:
     * none, the registry's and the gateway's views are always there.
     */
    protected void views(ReportDatabase database) {
    }

    /**
     * Loads the test class's data as the database owner, once per test class, before the
     * grouping check and before the first use of {@link #database()}. By default: none.
     */
    protected void fixture(ReportDatabase database) {
    }

    /** The day the contract's runs and {@link #run(Scope, Map)} take as today; by default the real today. */
    protected LocalDate today() {
        return LocalDate.now();
    }

    /**
     * Arguments the contract's runs give besides the defaults: needed only for a required
     * parameter without a default. Name no authority or organization here: the empty database
     * has none. By default: none.
     */
    protected Map<String, ?> contractArguments() {
        return Map.of();
    }

    /** The database with the fixture loaded, started on first use and stopped after the class. */
    protected final ReportDatabase database() {
        if (database == null) {
            ReportDatabase started = ReportDatabase.start();
            try {
                views(started);
                fixture(started);
            } catch (RuntimeException | Error e) {
                started.close();
                throw e;
            }
            database = started;
        }
        return database;
    }

    /** Runs the form on the fixture's database, in Russian, on {@link #today()}. */
    protected final FormResult run(Scope scope, Map<String, ?> arguments) {
        return run(scope, arguments, today());
    }

    /** Runs the form on the fixture's database, in Russian, on the day given. */
    protected final FormResult run(Scope scope, Map<String, ?> arguments, LocalDate today) {
        return new FormRunner(database()).run(form(), scope, arguments, today);
    }

    private ReportDatabase emptyDatabase() {
        if (empty == null) {
            empty = database().another();
            views(empty);
        }
        return empty;
    }

    @AfterAll
    final void stopTheDatabase() {
        if (database != null) {
            database.close();
            database = null;
            empty = null;
        }
    }

    // --- the definition ---------------------------------------------------------------------------

    @Test
    void hasTheSameDefinitionInRussianAndEnglishButForTitles() {
        ReportDefinition ru = form().definition(RUSSIAN);
        ReportDefinition en = form().definition(ENGLISH);
        assertNotNull(ru, "the Russian definition");
        assertNotNull(en, "the English definition");
        assertEquals(ru.id(), en.id(), "the id");
        assertEquals(ru.category().id(), en.category().id(), "the category's id");
        assertEquals(shape(ru.parameters()), shape(en.parameters()), "the parameters: names, types, defaults, options");
        assertEquals(ru.columns().stream().map(ReportFormContract::shape).toList(),
                en.columns().stream().map(ReportFormContract::shape).toList(), "the columns: keys, types, summing");
        assertEquals(ru.grouping(), en.grouping(), "the grouping");
        assertEquals(ru.chart(), en.chart(), "the chart");
    }

    @Test
    void hasAnIdOfLowerCaseWordsJoinedByDotsOrHyphens() {
        String id = form().definition(RUSSIAN).id();
        assertTrue(ID.matcher(id).matches(), "the id " + id + ": lower-case words joined by '.' or '-'");
    }

    @Test
    void titlesEverythingInRussianAndEnglish() {
        for (Locale locale : List.of(RUSSIAN, ENGLISH)) {
            ReportDefinition definition = form().definition(locale);
            String in = " (" + locale + ")";
            given(definition.title(), "the title" + in);
            given(definition.category().title(), "the category's title" + in);
            if (definition.description() != null) {
                given(definition.description(), "the description" + in);
            }
            for (Parameter parameter : definition.parameters()) {
                if (parameter.title() == null) {
                    assertTrue(STANDARD_PARAMETERS.contains(parameter.name()), "the parameter " + parameter.name()
                            + " has no title" + in + ": only the standard parameters are titled by the engine");
                } else {
                    given(parameter.title(), "the parameter " + parameter.name() + "'s title" + in);
                }
                for (Parameter.Option option : parameter.options()) {
                    given(option.title(), "the parameter " + parameter.name() + "'s option " + option.value() + in);
                }
            }
            for (Column column : definition.columns()) {
                given(column.title(), "the column " + column.key() + "'s title" + in);
            }
        }
    }

    @Test
    void isTranslatedIntoEnglish() {
        assertNotEquals(form().definition(RUSSIAN).title(), form().definition(ENGLISH).title(),
                "the English title is the Russian one: is the English resource bundle missing?");
    }

    @Test
    void givesTheSameDefinitionWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : List.of(RUSSIAN, ENGLISH)) {
                Locale.setDefault(Locale.US);
                ReportDefinition underEnglish = form().definition(locale);
                Locale.setDefault(Locale.forLanguageTag("ru-RU"));
                ReportDefinition underRussian = form().definition(locale);
                Locale.setDefault(Locale.GERMANY);
                ReportDefinition underGerman = form().definition(locale);
                assertEquals(underRussian, underEnglish, "the definition in " + locale
                        + " changes with the default locale (a resource bundle falling back to the default locale's?)");
                assertEquals(underRussian, underGerman, "the definition in " + locale + " changes with the default locale");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    // --- runs -------------------------------------------------------------------------------------

    @Test
    void runsWithItsDefaultsOnAnEmptyDatabase() {
        FormRunner runner = new FormRunner(emptyDatabase());
        for (Scope scope : List.of(Scope.region(), Scope.authority(1), Scope.organization(1))) {
            for (Map<String, Object> arguments : argumentsAtEveryLevel()) {
                run(runner, scope, arguments);
            }
        }
    }

    @Test
    void givesItsRowsGroupedByItsGroupingColumns() {
        FormRunner runner = new FormRunner(database());
        for (Map<String, Object> arguments : argumentsAtEveryLevel()) {
            FormResult result = run(runner, Scope.region(), arguments);
            if (result != null) {
                assertGrouped(result, arguments);
            }
        }
    }

    /** A run; null when the form refuses a level other than its default with a ReportException. */
    private FormResult run(FormRunner runner, Scope scope, Map<String, Object> arguments) {
        try {
            return runner.run(form(), scope, arguments, today());
        } catch (ReportException e) {
            if (arguments.containsKey(Parameter.LEVEL)) {
                return null;
            }
            throw new AssertionError("The form refuses its defaults under the scope " + scope + " (" + arguments + "): "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new AssertionError("The form fails under the scope " + scope + " (" + arguments + "): " + e, e);
        }
    }

    /** The contract's arguments, then with each level other than the default. */
    private List<Map<String, Object>> argumentsAtEveryLevel() {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>(contractArguments()));
        ReportDefinition definition = form().definition(RUSSIAN);
        definition.parameters().stream()
                .filter(p -> p.name().equals(Parameter.LEVEL) && p.type() == ParameterType.LEVEL)
                .findFirst()
                .ifPresent(level -> {
                    for (Level value : Level.values()) {
                        if (!value.value().equals(level.defaultValue()) && !contractArguments().containsKey(Parameter.LEVEL)) {
                            Map<String, Object> arguments = new LinkedHashMap<>(contractArguments());
                            arguments.put(Parameter.LEVEL, value);
                            all.add(arguments);
                        }
                    }
                });
        return all;
    }

    private static void assertGrouped(FormResult result, Map<String, Object> arguments) {
        List<String> grouping = result.definition().grouping();
        for (int depth = 1; depth <= grouping.size(); depth++) {
            List<String> keys = grouping.subList(0, depth);
            Set<List<Object>> closed = new HashSet<>();
            Map<List<Object>, Integer> firstRow = new HashMap<>();
            List<Object> previous = null;
            for (int row = 0; row < result.rows().size(); row++) {
                List<Object> group = new ArrayList<>();
                for (String key : keys) {
                    group.add(result.value(row, key));
                }
                if (previous != null && !previous.equals(group)) {
                    closed.add(previous);
                    if (closed.contains(group)) {
                        fail("The rows are not grouped by " + keys + " (" + arguments + "): the group " + group
                                + " of row " + (firstRow.get(group) + 1) + " comes again at row " + (row + 1)
                                + " after other groups; sort the rows by the grouping columns.\n" + result.table());
                    }
                }
                firstRow.putIfAbsent(group, row);
                previous = group;
            }
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static void given(String text, String what) {
        assertNotNull(text, what + " is missing");
        assertFalse(text.isBlank(), what + " is blank");
    }

    private static List<String> shape(List<Parameter> parameters) {
        return parameters.stream().map(p -> p.name() + ":" + p.type() + ":" + p.required() + ":" + p.defaultValue() + ":"
                + p.dictionary() + ":" + p.options().stream().map(Parameter.Option::value).toList()).toList();
    }

    private static String shape(Column column) {
        return column.key() + ":" + column.type() + ":" + column.summed();
    }
}
