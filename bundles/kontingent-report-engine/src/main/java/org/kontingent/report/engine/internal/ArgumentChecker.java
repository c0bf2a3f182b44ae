package org.kontingent.report.engine.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportArguments;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportException;

/**
 * Checks a run's arguments against the form's parameters inside the user's scope: the types,
 * the defaults, the period's order, authorities and organizations the user may see, dictionary
 * codes and academic years that exist. Gives the typed arguments, the arguments as shown to
 * people, and a canonical form of them for the result cache.
 */
final class ArgumentChecker {
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ReportSession session;
    private final EngineMessages messages;
    private final LocalDate today;

    ArgumentChecker(ReportSession session, EngineMessages messages, LocalDate today) {
        this.session = session;
        this.messages = messages;
        this.today = today;
    }

    /** What the arguments came to. */
    record Checked(ReportArguments arguments, Map<String, String> shown, String canonical) {
    }

    /**
     * @param raw the arguments as received: texts, numbers or booleans by parameter name
     * @throws ReportException naming the parameter at fault
     */
    Checked check(ReportDefinition definition, Map<String, ?> raw) throws SQLException {
        for (String name : raw.keySet()) {
            if (definition.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new ReportException(name, messages.text("error.unknown-parameter", name));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Parameter parameter : definition.parameters()) {
            Object given = raw.get(parameter.name());
            String text = given == null || given.toString().isBlank() ? parameter.defaultValue() : given.toString().trim();
            if (text == null) {
                if (parameter.required()) {
                    throw new ReportException(parameter.name(), messages.text("error.required", title(parameter)));
                }
                continue;
            }
            Object value = value(parameter, text);
            values.put(parameter.name(), value);
            shown.put(title(parameter), shown(parameter, value));
        }
        LocalDate from = (LocalDate) values.get(Parameter.FROM);
        LocalDate to = (LocalDate) values.get(Parameter.TO);
        if (from != null && to != null && from.isAfter(to)) {
            throw new ReportException(Parameter.FROM, messages.text("error.period", from.format(SHOWN_DATE), to.format(SHOWN_DATE)));
        }
        String canonical = new TreeMap<>(values).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return new Checked(new ReportArguments(values), shown, canonical);
    }

    /** A parameter's title: its own, or the engine's for a standard parameter. */
    String title(Parameter parameter) {
        return parameter.title() != null ? parameter.title() : messages.text("parameter." + parameter.name());
    }

    private Object value(Parameter parameter, String text) throws SQLException {
        String name = parameter.name();
        return switch (parameter.type()) {
            case DATE -> date(parameter, text);
            case ACADEMIC_YEAR -> academicYear(parameter, text);
            case LEVEL -> level(parameter, text);
            case AUTHORITY -> visible(parameter, number(parameter, text), "report.authority", "error.authority");
            case ORGANIZATION -> visible(parameter, number(parameter, text), "report.organization", "error.organization");
            case DICTIONARY -> {
                if (!exists("SELECT 1 FROM report.dictionary WHERE dictionary = ? AND code = ?", List.of(parameter.dictionary(), text))) {
                    throw new ReportException(name, messages.text("error.dictionary", title(parameter), text, parameter.dictionary()));
                }
                yield text;
            }
            case CHOICE -> {
                if (parameter.options().stream().noneMatch(o -> o.value().equals(text))) {
                    throw new ReportException(name, messages.text("error.choice", title(parameter), text,
                            parameter.options().stream().map(Parameter.Option::value).collect(Collectors.joining(", "))));
                }
                yield text;
            }
            case INTEGER -> number(parameter, text);
            case TEXT -> {
                if (text.length() > 200 || text.chars().anyMatch(Character::isISOControl)) {
                    throw new ReportException(name, messages.text("error.text", title(parameter)));
                }
                yield text;
            }
        };
    }

    private LocalDate date(Parameter parameter, String text) {
        LocalDate day = switch (text) {
            case Parameter.TODAY -> today;
            case Parameter.ACADEMIC_YEAR_START -> LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
            default -> {
                try {
                    yield LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    yield null;
                }
            }
        };
        if (day == null || day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new ReportException(parameter.name(), messages.text("error.date", title(parameter), text));
        }
        return day;
    }

    private String academicYear(Parameter parameter, String text) throws SQLException {
        String code = text;
        if (Parameter.CURRENT.equals(text)) {
            int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
            code = start + "-" + (start + 1);
        }
        if (!code.matches("[0-9]{4}-[0-9]{4}") || Integer.parseInt(code.substring(5)) != Integer.parseInt(code.substring(0, 4)) + 1) {
            throw new ReportException(parameter.name(), messages.text("error.academic-year", title(parameter), text));
        }
        if (!Parameter.CURRENT.equals(text) && !exists("SELECT 1 FROM report.academic_year WHERE code = ?", List.of(code))) {
            throw new ReportException(parameter.name(), messages.text("error.unknown-academic-year", title(parameter), code));
        }
        return code;
    }

    private Level level(Parameter parameter, String text) {
        for (Level level : Level.values()) {
            if (level.value().equals(text)) {
                return level;
            }
        }
        throw new ReportException(parameter.name(), messages.text("error.level", title(parameter), text));
    }

    private Long number(Parameter parameter, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ReportException(parameter.name(), messages.text("error.number", title(parameter), text));
        }
    }

    private Long visible(Parameter parameter, Long id, String view, String error) throws SQLException {
        if (!exists("SELECT 1 FROM " + view + " WHERE id = ?", List.of(id))) {
            throw new ReportException(parameter.name(), messages.text(error, title(parameter), String.valueOf(id)));
        }
        return id;
    }

    private String shown(Parameter parameter, Object value) throws SQLException {
        return switch (parameter.type()) {
            case DATE -> ((LocalDate) value).format(SHOWN_DATE);
            case LEVEL -> messages.text("level." + ((Level) value).value());
            case AUTHORITY -> name("SELECT full_name FROM report.authority WHERE id = ?", value);
            case ORGANIZATION -> name("SELECT full_name FROM report.organization WHERE id = ?", value);
            case DICTIONARY -> name("SELECT name FROM report.dictionary WHERE dictionary = ? AND code = ?", parameter.dictionary(), value);
            case CHOICE -> parameter.options().stream().filter(o -> o.value().equals(value)).map(Parameter.Option::title)
                    .findFirst().orElse(value.toString());
            default -> value.toString();
        };
    }

    private boolean exists(String sql, List<?> parameters) throws SQLException {
        boolean[] found = {false};
        session.query(sql, parameters, rs -> found[0] = true);
        return found[0];
    }

    private String name(String sql, Object... parameters) throws SQLException {
        String[] name = {null};
        session.query(sql, List.of(parameters), rs -> name[0] = rs.getString(1));
        return name[0] == null ? String.valueOf(parameters[parameters.length - 1]) : name[0];
    }
}
