package org.kontingent.extension.health.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kontingent.extension.support.DictionaryEntries;
import org.kontingent.extension.support.EntryFields;

/**
 * The extension's dictionaries: the codes sources send, with the names officials read. The
 * migration puts the same entries into {@code health.dictionary_entry} (published as
 * {@code report.health_dictionary}); a test keeps the two equal.
 */
final class HealthDictionaries {
    static final String HEALTH_GROUP = "health-group";
    static final String PE_GROUP = "pe-group";
    static final String DISABILITY_CATEGORY = "disability-category";
    static final String DISABILITY_REASON = "disability-reason";
    static final String SPECIAL_NEEDS_CATEGORY = "special-needs-category";

    static final String BASIC = "basic";
    static final String SPECIAL_A = "special-a";
    static final String SPECIAL_B = "special-b";
    static final String CHILD_DISABLED = "child-disabled";

    /** The age from which disability is a group, not the category «ребёнок-инвалид». */
    static final int ADULT = 18;

    /** Every dictionary: code → name, in their order. */
    static final Map<String, Map<String, String>> ALL = all();

    /** The report view that lists every dictionary's entries, named when a dictionary is too large to list. */
    static final String VIEW = "report.health_dictionary";

    private HealthDictionaries() {
    }

    /** The fields of one entry's data, read and checked, with codes of these dictionaries. */
    static EntryFields fields(Map<String, Object> data, Set<String> known, LocalDate today) {
        return new EntryFields(data, known, today, HealthDictionaries::entries, VIEW);
    }

    static Map<String, String> entries(String dictionary) {
        return ALL.get(dictionary);
    }

    private static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put(HEALTH_GROUP, DictionaryEntries.ordered(List.of("1", "I группа здоровья", "2", "II группа здоровья",
                "3", "III группа здоровья", "4", "IV группа здоровья", "5", "V группа здоровья")));
        all.put(PE_GROUP, DictionaryEntries.ordered(List.of(BASIC, "Основная", "preparatory", "Подготовительная",
                SPECIAL_A, "Специальная «А»", SPECIAL_B, "Специальная «Б»", "exempt", "Освобождён от занятий")));
        all.put(DISABILITY_CATEGORY, DictionaryEntries.ordered(List.of(CHILD_DISABLED, "Ребёнок-инвалид",
                "group-1", "I группа инвалидности", "group-2", "II группа инвалидности", "group-3", "III группа инвалидности")));
        all.put(DISABILITY_REASON, DictionaryEntries.ordered(List.of("general-disease", "Общее заболевание",
                "childhood", "Инвалидность с детства",
                "work-injury", "Трудовое увечье",
                "occupational-disease", "Профессиональное заболевание",
                "military-injury", "Военная травма",
                "military-service-disease", "Заболевание получено в период военной службы",
                "radiation", "Заболевание, связанное с радиационным воздействием",
                "other", "Иные причины, установленные законодательством")));
        all.put(SPECIAL_NEEDS_CATEGORY, DictionaryEntries.ordered(List.of("deaf", "Глухие",
                "hard-of-hearing", "Слабослышащие и позднооглохшие",
                "blind", "Слепые",
                "visually-impaired", "Слабовидящие",
                "speech", "С тяжёлыми нарушениями речи",
                "musculoskeletal", "С нарушениями опорно-двигательного аппарата",
                "mental-delay", "С задержкой психического развития",
                "autism", "С расстройствами аутистического спектра",
                "intellectual", "С умственной отсталостью (интеллектуальными нарушениями)",
                "complex", "Со сложными дефектами (тяжёлыми множественными нарушениями развития)")));
        return Collections.unmodifiableMap(all);
    }
}
