package org.kontingent.report.engine.internal.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.engine.internal.ResultRow;

/** Results for the exports' tests: Russian texts, every column type, nulls, a group with a subtotal, a total. */
final class Fixtures {
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final String TITLE = "Численность обучающихся по организациям";
    static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 9, 1, 14, 5, 0, 0, ZoneId.of("Europe/Moscow"));
    static final String ODD_NAME = "Школа № 1; \"Гимназия\"";
    static final List<Column> COLUMNS = List.of(Column.text("municipality", "Муниципалитет"),
            Column.text("organization", "Организация"), Column.count("learners", "Обучающихся"),
            new Column("funding", "Финансирование, руб.", ColumnType.DECIMAL, true), Column.percent("girls", "Доля девочек"),
            Column.date("opened", "Дата открытия"));

    private Fixtures() {
    }

    /** The arguments as shown: a day and a level. */
    static Map<String, String> arguments() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("На дату", "01.09.2026");
        arguments.put("Уровень", "Организация");
        return arguments;
    }

    /** The small result: two organizations of a town with their subtotal, one of a settlement, the total. */
    static TestResult small(Chart chart) {
        return new TestResult(definition(COLUMNS, chart), RUSSIAN, arguments(), "Весь регион", GENERATED, List.of(
                row(ResultRow.Kind.DATA, "Город Энск", ODD_NAME, 1234L, 1234567.5, 0.512, LocalDate.of(2001, 9, 1)),
                row(ResultRow.Kind.DATA, "Город Энск", "Школа № 2", 800L, null, 0.49, null),
                row(ResultRow.Kind.SUBTOTAL, "Город Энск", null, 2034L, 1234567.5, null, null),
                row(ResultRow.Kind.DATA, "Посёлок Тихий", "Детский сад «Ромашка»", 55L, 10000.25, null,
                        LocalDate.of(2015, 3, 12)),
                row(ResultRow.Kind.TOTAL, null, null, 2089L, 1244567.75, null, null)));
    }

    /** A result of many data rows (organizations of ten municipalities), made on demand. */
    static TestResult large(long rows, List<Column> columns, Chart chart) {
        return new TestResult(definition(columns, chart), RUSSIAN, arguments(), "Весь регион", GENERATED, rows,
                index -> new ResultRow(ResultRow.Kind.DATA, values(columns, index)));
    }

    /** A definition with the fixture's title, grouped by its first column. */
    static ReportDefinition definition(List<Column> columns, Chart chart) {
        return new ReportDefinition("test.learners", TITLE, new Category(Category.CONTINGENT, "Контингент"), null, List.of(),
                columns, List.of(columns.get(0).key()), chart);
    }

    /** Columns of every type, as many as asked (at least five). */
    static List<Column> columns(int count) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("municipality", "Муниципалитет"),
                Column.text("organization", "Организация"), Column.count("learners", "Обучающихся"),
                Column.percent("girls", "Доля девочек"), Column.date("opened", "Дата открытия")));
        for (int i = columns.size(); i < count; i++) {
            columns.add(new Column("amount" + i, "Сумма " + i, ColumnType.DECIMAL, true));
        }
        return columns;
    }

    static ResultRow row(ResultRow.Kind kind, Object... values) {
        return new ResultRow(kind, values);
    }

    private static Object[] values(List<Column> columns, long index) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (columns.get(i).type()) {
                case TEXT -> i == 0 ? "Муниципальный район № " + (index / 1000 + 1) : "Организация № " + index;
                case INTEGER -> 100 + index % 900;
                case DECIMAL -> index * 1.25 + i;
                case PERCENT -> (index % 100) / 100.0;
                case DATE -> LocalDate.of(2000, 1, 1).plusDays(index % 9000);
            };
        }
        return values;
    }
}
