package org.kontingent.extension.vocational.internal;

import static org.kontingent.registry.core.testing.EntryData.data;

import java.util.Map;

/** Valid data of each entity for the tests. */
final class Entries {
    private Entries() {
    }

    static Map<String, Object> application() {
        return data("specialty", "08.02.01", "course", 1, "studyForm", "full-time", "appliedOn", "2026-06-20",
                "academicYear", "2026-2027");
    }

    /** Строительство и эксплуатация зданий и сооружений, second course of 2026-2027. */
    static Map<String, Object> programme() {
        return data("kind", "mid-level-specialists", "specialty", "08.02.01", "qualification", "Техник", "academicYear",
                "2026-2027", "course", 2, "studyForm", "full-time", "distanceOnly", false);
    }

    static Map<String, Object> courseTransfer() {
        return data("fromCourse", 1, "toCourse", 2, "transferredOn", "2026-09-01", "orderNumber", "145-к",
                "orderDate", "2026-08-28");
    }

    static Map<String, Object> mark() {
        return data("academicYear", "2025-2026", "discipline", "Инженерная графика", "course", 1, "mark", "4");
    }

    static Map<String, Object> diploma() {
        return data("kind", "diploma", "series", "112204", "number", "0012345", "issuedOn", "2026-06-29",
                "withHonours", true, "qualification", "Техник", "specialty", "08.02.01");
    }

    static Map<String, Object> employerProject() {
        return data("academicYear", "2025-2026", "project", "Проект жилого квартала", "employer", "ООО «СтройИнвест»",
                "involvement", "execution", "result", "Раздел сметы");
    }

    static Map<String, Object> employment() {
        return data("individualPlan", true, "contractEnterprise", "ООО «СтройИнвест»", "contractOwnership", "private",
                "actualEmployer", "ООО «СтройИнвест»", "quotaWorkplace", false, "employedOn", "2026-08-01");
    }
}
