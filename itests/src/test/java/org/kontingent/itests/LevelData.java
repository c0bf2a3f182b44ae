package org.kontingent.itests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Inside the container: what the tests of an education level's fields the whole way share — the
 * years their packages are dated by, the registry rows they set up and read, a portfolio's entries
 * and a form's rows as text to compare whole.
 */
final class LevelData {
    private static final Pattern YEAR = Pattern.compile("\\{y([+-]\\d+)?}");

    private LevelData() {
    }

    /** The first year of the academic year before today's: every day of it has passed. */
    static int lastYear() {
        LocalDate today = LocalDate.now();
        return (today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1) - 1;
    }

    /** A text with each {@code {y}}, {@code {y+1}}, {@code {y-3}} ... replaced by that year counted from y. */
    static String dated(String template, int y) {
        Matcher m = YEAR.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, Integer.toString(y + (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(text).toString();
    }

    static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The registry's id of the person a provider sent under the key. */
    static long person(DataSource dataSource, String key) throws SQLException {
        return count(dataSource, "SELECT k.record_id FROM registry.source_key k WHERE k.entity = 'person' AND k.key = '"
                + key + "'");
    }

    /** Each element of a JSON list as the fields given, joined by spaces (a field left out or null: empty). */
    static List<String> texts(Iterable<JsonNode> list, String... fields) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : list) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                JsonNode value = item.path(field);
                values.add(value.isNull() ? "" : value.asText());
            }
            texts.add(String.join(" ", values));
        }
        return texts;
    }

    /** Runs a form to its end; its data rows (no subtotals or totals), each its values as JSON text. */
    static List<String> rows(Http http, String form, String arguments) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : Reports.run(http, form, arguments).path("rows")) {
            if (row.path("kind").asText().equals("DATA")) {
                rows.add(row.path("values").toString());
            }
        }
        return rows;
    }
}
