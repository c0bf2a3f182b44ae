package org.kontingent.report.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.api.RowReader;

/**
 * Runs a form as the report engine does: its arguments checked against its parameters and
 * defaults filled in, then one read-only, repeatable-read transaction in which the role
 * {@code kontingent_report} is taken on ({@code SET LOCAL ROLE}) and the scope is set, so a form
 * that reads anything but the report views fails with the database's "permission denied". Every
 * row the form writes is checked against its columns.
 *
 * <pre>
 * FormResult result = new FormRunner(database).run(new MyForm(), Scope.authority(3),
 *         Map.of(Parameter.DATE, LocalDate.of(2026, 10, 1), Parameter.LEVEL, Level.MUNICIPALITY),
 *         LocalDate.of(2026, 10, 15));
 * assertEquals(12L, result.rowWhere("type", "Гимназия").get(2));
 * </pre>
 */
public final class FormRunner {
    /** The language runs take unless told: Russian, the platform's default. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final String ROLE = "kontingent_report";
    private static final int TIMEOUT_SECONDS = 60;

    private final ReportDatabase database;
    private final Locale locale;

    /** Runs in Russian. */
    public FormRunner(ReportDatabase database) {
        this(database, RUSSIAN);
    }

    /** Runs in the language given: the form's definition and the context's locale. */
    public FormRunner(ReportDatabase database, Locale locale) {
        this.database = Objects.requireNonNull(database, "database");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * Runs a form.
     *
     * @param scope the user's scope: the views show only what lies in it ({@code region},
     *        {@code authority:<id>}, {@code organization:<id>}; a provider's scope sees nothing)
     * @param arguments values by parameter name, typed as {@link ReportArguments} gives them
     *        ({@link LocalDate}, {@link Long}, {@link String}, {@link Level}); an {@link Integer}
     *        is taken for a {@link Long}, and text as the engine takes it from a request
     *        ({@code 2026-10-01}, {@code municipality}, {@code 12}). A parameter not given takes its
     *        default: {@value Parameter#TODAY} is {@code today}, {@value Parameter#ACADEMIC_YEAR_START}
     *        1 September of the academic year of {@code today} (a year starts on 1 September),
     *        {@value Parameter#CURRENT} that year's code ({@code 2026-2027}), else the literal.
     * @param today the day of the run
     * @return the rows the form wrote
     * @throws IllegalArgumentException for an argument the engine refuses: a parameter the form
     *         does not have, a required one without a value or default, a value of the wrong
     *         type, a period that ends before it starts, an authority or organization outside
     *         the scope, a dictionary code that does not exist, a choice not offered
     * @throws org.kontingent.report.api.ReportException when the form refuses the arguments
     * @throws AssertionError when the form writes a row that does not match its columns
     * @throws IllegalStateException wrapping any checked exception of the form (an
     *         {@link SQLException} of a query, for one)
     */
    public FormResult run(ReportForm form, Scope scope, Map<String, ?> arguments, LocalDate today) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(today, "today");
        ReportDefinition definition = form.definition(locale);
        ReportArguments checked = arguments(definition, arguments, today);
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                open(connection, scope);
                checkVisible(connection, definition, checked, today);
                Context context = new Context(connection, definition, checked, locale, today);
                try {
                    form.run(context);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("The form " + definition.id() + " failed: " + e.getMessage(), e);
                }
                return new FormResult(definition, context.rows);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The form " + definition.id() + " could not be run: " + e.getMessage(), e);
        }
    }

    /** Runs a form with today's date as {@code today}. */
    public FormResult run(ReportForm form, Scope scope, Map<String, ?> arguments) {
        return run(form, scope, arguments, LocalDate.now());
    }

    /** The value of {@code kontingent.report_scope} the report views read, as the engine sets it. */
    static String scopeSetting(Scope scope) {
        return switch (scope.kind()) {
            case REGION -> "region";
            case AUTHORITY -> "authority:" + scope.id();
            case ORGANIZATION -> "organization:" + scope.id();
            case PROVIDER -> "none";
        };
    }

    private static void open(Connection connection, Scope scope) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            s.execute("SET LOCAL statement_timeout = " + TIMEOUT_SECONDS * 1000);
            s.execute("SET LOCAL ROLE " + ROLE);
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT set_config('kontingent.report_scope', ?, true)")) {
            p.setString(1, scopeSetting(scope));
            p.execute();
        }
    }

    // --- arguments, as the engine checks them ---------------------------------------------

    /** The typed arguments with defaults filled in; the checks that need no database. */
    static ReportArguments arguments(ReportDefinition definition, Map<String, ?> given, LocalDate today) {
        for (String name : given.keySet()) {
            if (definition.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new IllegalArgumentException("The form " + definition.id() + " has no parameter " + name
                        + " (it has " + definition.parameters().stream().map(Parameter::name).toList() + ")");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter parameter : definition.parameters()) {
            Object value = given.get(parameter.name());
            if (value == null || value instanceof String text && text.isBlank()) {
                value = parameter.defaultValue();
            }
            if (value == null) {
                if (parameter.required()) {
                    throw new IllegalArgumentException("The form " + definition.id() + " needs a value of its parameter "
                            + parameter.name() + ", which has no default");
                }
                continue;
            }
            values.put(parameter.name(), typed(definition, parameter, value, today));
        }
        LocalDate from = (LocalDate) values.get(Parameter.FROM);
        LocalDate to = (LocalDate) values.get(Parameter.TO);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The period " + from + " – " + to + " ends before it starts");
        }
        return new ReportArguments(values);
    }

    private static Object typed(ReportDefinition definition, Parameter parameter, Object value, LocalDate today) {
        String where = "The form " + definition.id() + ", parameter " + parameter.name() + " (" + parameter.type() + "): ";
        String text = value instanceof String s ? s.trim() : null;
        return switch (parameter.type()) {
            case DATE -> {
                if (value instanceof LocalDate day) {
                    yield day;
                }
                if (text == null) {
                    throw new IllegalArgumentException(where + "a LocalDate, not the " + value.getClass().getSimpleName() + " " + value);
                }
                yield switch (text) {
                    case Parameter.TODAY -> today;
                    case Parameter.ACADEMIC_YEAR_START -> LocalDate.of(academicYearStart(today), 9, 1);
                    default -> {
                        try {
                            yield LocalDate.parse(text);
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException(where + "«" + text + "» is not a day (YYYY-MM-DD)");
                        }
                    }
                };
            }
            case ACADEMIC_YEAR -> {
                if (text == null) {
                    throw new IllegalArgumentException(where + "a String, not the " + value.getClass().getSimpleName() + " " + value);
                }
                String code = Parameter.CURRENT.equals(text) ? currentYear(today) : text;
                if (!code.matches("[0-9]{4}-[0-9]{4}")
                        || Integer.parseInt(code.substring(5)) != Integer.parseInt(code.substring(0, 4)) + 1) {
                    throw new IllegalArgumentException(where + "«" + text + "» is not an academic year (YYYY-YYYY)");
                }
                yield code;
            }
            case LEVEL -> {
                if (value instanceof Level level) {
                    yield level;
                }
                if (text != null) {
                    for (Level level : Level.values()) {
                        if (level.value().equals(text)) {
                            yield level;
                        }
                    }
                }
                throw new IllegalArgumentException(where + "a Level (or region, municipality, organization), not «" + value + "»");
            }
            case AUTHORITY, ORGANIZATION, INTEGER -> {
                if (value instanceof Long || value instanceof Integer || value instanceof Short) {
                    yield ((Number) value).longValue();
                }
                if (text != null) {
                    try {
                        yield Long.parseLong(text);
                    } catch (NumberFormatException e) {
                        // refused below
                    }
                }
                throw new IllegalArgumentException(where + "a Long, not the " + value.getClass().getSimpleName() + " " + value);
            }
            case DICTIONARY, TEXT -> {
                if (text == null) {
                    throw new IllegalArgumentException(where + "a String, not the " + value.getClass().getSimpleName() + " " + value);
                }
                if (parameter.type() == org.kontingent.report.api.ParameterType.TEXT
                        && (text.length() > 200 || text.chars().anyMatch(Character::isISOControl))) {
                    throw new IllegalArgumentException(where + "at most 200 characters without control characters");
                }
                yield text;
            }
            case CHOICE -> {
                if (text == null || parameter.options().stream().noneMatch(o -> o.value().equals(text))) {
                    throw new IllegalArgumentException(where + "one of "
                            + parameter.options().stream().map(Parameter.Option::value).toList() + ", not «" + value + "»");
                }
                yield text;
            }
        };
    }

    private static int academicYearStart(LocalDate today) {
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    /** The checks the engine makes in the user's scope: authorities, organizations, dictionary codes, years. */
    private static void checkVisible(Connection connection, ReportDefinition definition, ReportArguments arguments,
            LocalDate today)
            throws SQLException {
        for (Parameter parameter : definition.parameters()) {
            Object value = arguments.values().get(parameter.name());
            if (value == null) {
                continue;
            }
            String where = "The form " + definition.id() + ", parameter " + parameter.name() + ": ";
            switch (parameter.type()) {
                case AUTHORITY -> {
                    if (!exists(connection, "SELECT 1 FROM report.authority WHERE id = ?", value)) {
                        throw new IllegalArgumentException(where + "the authority " + value + " is not in the scope");
                    }
                }
                case ORGANIZATION -> {
                    if (!exists(connection, "SELECT 1 FROM report.organization WHERE id = ?", value)) {
                        throw new IllegalArgumentException(where + "the organization " + value + " is not in the scope");
                    }
                }
                case DICTIONARY -> {
                    if (!exists(connection, "SELECT 1 FROM report.dictionary WHERE dictionary = ? AND code = ?",
                            parameter.dictionary(), value)) {
                        throw new IllegalArgumentException(where + "the dictionary " + parameter.dictionary()
                                + " has no code " + value);
                    }
                }
                case ACADEMIC_YEAR -> {
                    // the engine takes the current year without looking it up; any other must exist
                    if (!value.equals(currentYear(today)) && !exists(connection, "SELECT 1 FROM report.academic_year WHERE code = ?", value)) {
                        throw new IllegalArgumentException(where + "there is no academic year " + value);
                    }
                }
                default -> {
                    // nothing to look up
                }
            }
        }
    }

    private static String currentYear(LocalDate today) {
        return academicYearStart(today) + "-" + (academicYearStart(today) + 1);
    }

    private static boolean exists(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    // --- the context --------------------------------------------------------------------------

    /** What the form is handed: the session's queries, and a sink that checks each row. */
    private static final class Context implements ReportContext {
        private final Connection connection;
        private final ReportDefinition definition;
        private final ReportArguments arguments;
        private final Locale locale;
        private final LocalDate today;
        final List<List<Object>> rows = new ArrayList<>();

        Context(Connection connection, ReportDefinition definition, ReportArguments arguments, Locale locale, LocalDate today) {
            this.connection = connection;
            this.definition = definition;
            this.arguments = arguments;
            this.locale = locale;
            this.today = today;
        }

        @Override
        public ReportArguments arguments() {
            return arguments;
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public LocalDate today() {
            return today;
        }

        @Override
        public void query(String sql, List<?> parameters, RowReader reader) throws SQLException {
            try (PreparedStatement p = connection.prepareStatement(sql)) {
                p.setFetchSize(1000);
                for (int i = 0; i < parameters.size(); i++) {
                    bind(p, i + 1, parameters.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }

        private void bind(PreparedStatement p, int index, Object value) throws SQLException {
            if (value instanceof LocalDate day) {
                p.setObject(index, day);
            } else if (value instanceof String[] texts) {
                p.setArray(index, connection.createArrayOf("text", texts));
            } else if (value instanceof Long[] numbers) {
                p.setArray(index, connection.createArrayOf("bigint", numbers));
            } else if (value == null || value instanceof String || value instanceof Long || value instanceof Integer
                    || value instanceof Boolean || value instanceof Double) {
                p.setObject(index, value);
            } else {
                throw new IllegalArgumentException("A query parameter cannot be a " + value.getClass().getName()
                        + " (parameter " + index + ")");
            }
        }

        @Override
        public void row(Object... values) {
            List<Column> columns = definition.columns();
            int number = rows.size() + 1;
            if (values == null || values.length != columns.size()) {
                throw new AssertionError("Report " + definition.id() + ": row " + number + " has "
                        + (values == null ? 0 : values.length) + " values for " + columns.size() + " columns "
                        + columns.stream().map(Column::key).toList() + ": " + Arrays.toString(values));
            }
            Object[] row = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                row[i] = typed(columns.get(i), values[i], number);
            }
            rows.add(java.util.Collections.unmodifiableList(Arrays.asList(row)));
        }

        private Object typed(Column column, Object value, int number) {
            Object typed = column.type().accept(value);
            if (typed == null && value != null) {
                throw new AssertionError("Report " + definition.id() + ": row " + number + ", column " + column.key()
                        + " (" + column.type() + ") cannot hold the " + value.getClass().getSimpleName() + " " + value);
            }
            return typed;
        }

        @Override
        public void progress(int percent) {
            // a run in a test has no progress bar
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
