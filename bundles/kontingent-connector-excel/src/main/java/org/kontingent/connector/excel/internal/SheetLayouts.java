package org.kontingent.connector.excel.internal;

import java.util.List;

/** The sheets of the Excel format, in the order of the complete template. */
final class SheetLayouts {
    static final List<SheetLayout> ALL = List.of(new PersonsSheet("persons", "Обучающиеся"),
            new PersonsSheet("staff", "Сотрудники"), new RepresentativesSheet(), new ClassesSheet(), new MembershipsSheet(),
            new GradesSheet());

    private SheetLayouts() {
    }

    /** The layout of a sheet by its name (case and spacing do not matter), or null for a sheet the format does not know. */
    static SheetLayout named(String sheet) {
        String name = Column.normalized(sheet);
        return ALL.stream().filter(l -> Column.normalized(l.name()).equals(name)).findFirst().orElse(null);
    }
}
