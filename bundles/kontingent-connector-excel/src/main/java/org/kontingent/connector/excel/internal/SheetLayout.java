package org.kontingent.connector.excel.internal;

import java.util.List;

/**
 * A sheet of the Excel format: its name, its columns, and how one of its rows becomes records of
 * the exchange model. The templates are written from the same layouts, so a template and the
 * reader always agree.
 */
abstract class SheetLayout {
    static final String ORGANIZATION_HINT = "Номер организации в реестре «Контингент» (при ручной загрузке) или код, под"
            + " которым организация зарегистрирована у поставщика данных.";
    static final String ACADEMIC_YEAR_HINT = "Учебный год: ГГГГ-ГГГГ, например 2026-2027.";
    static final String STUDY_FORM_HINT = "Код формы обучения: full-time — очная, part-time — очно-заочная, extramural —"
            + " заочная, family — семейное образование, self-education — самообразование.";
    static final List<String> STUDY_FORMS = List.of("full-time", "part-time", "extramural", "family", "self-education");

    private final String id;
    private final String name;
    private final List<Column> columns;

    SheetLayout(String id, String name, List<Column> columns) {
        this.id = id;
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /** The id of the layout's template, for example persons. */
    final String id() {
        return id;
    }

    /** The sheet's name, which people see: «Обучающиеся». */
    final String name() {
        return name;
    }

    final List<Column> columns() {
        return columns;
    }

    /**
     * Reads a row that holds something: adds its records, or, when a value does not fit, the
     * row's errors instead.
     */
    abstract void read(Row row, Records records);

    /** The name of a row in errors: its place, with the id given in it. */
    static String label(Row row, String id) {
        return row.place() + (id == null ? "" : " (id " + id + ")");
    }
}
