package org.kontingent.extension.preschool.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kontingent.extension.support.DictionaryEntries;
import org.kontingent.extension.support.EntryFields;

/**
 * The extension's dictionaries: the codes sources send, with the names officials read, and the
 * ages (whole years, both inclusive) each age group is for. The migration puts the same entries
 * into {@code preschool.dictionary_entry} (published as {@code report.preschool_dictionary}); a test
 * keeps the two equal.
 */
final class PreschoolDictionaries {
    static final String STAY_MODE = "stay-mode";
    static final String GROUP_TYPE = "group-type";
    static final String AGE_GROUP = "age-group";
    static final String PROGRAMME = "programme";
    static final String PREFERENTIAL_CATEGORY = "preferential-category";
    static final String APPLICATION_STATUS = "application-status";

    static final String BASIC = "basic";
    static final String ADAPTED = "adapted";
    static final String WAITING = "waiting";

    /** Every dictionary: code → name, in their order. */
    static final Map<String, Map<String, String>> ALL = all();

    /** The ages of each age group in whole years, youngest and oldest, both inclusive. */
    static final Map<String, List<Integer>> AGES = ages();

    /** The report view that lists every dictionary's entries, named when a dictionary is too large to list. */
    static final String VIEW = "report.preschool_dictionary";

    private PreschoolDictionaries() {
    }

    /** The fields of one entry's data, read and checked, with codes of these dictionaries. */
    static EntryFields fields(Map<String, Object> data, Set<String> known, LocalDate today) {
        return new EntryFields(data, known, today, PreschoolDictionaries::entries, VIEW);
    }

    static Map<String, String> entries(String dictionary) {
        return ALL.get(dictionary);
    }

    private static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put(STAY_MODE, DictionaryEntries.ordered(List.of("short-stay", "Кратковременного пребывания (до 5 часов)",
                "shortened-day", "Сокращённого дня (8–10 часов)", "full-day", "Полного дня (10,5–12 часов)",
                "extended-day", "Продлённого дня (13–14 часов)", "round-the-clock", "Круглосуточного пребывания")));
        all.put(GROUP_TYPE, DictionaryEntries.ordered(List.of("general-developmental", "Общеразвивающей направленности",
                "compensating", "Компенсирующей направленности", "health-improving", "Оздоровительной направленности",
                "combined", "Комбинированной направленности", "care-and-supervision", "Группа по присмотру и уходу",
                "family", "Семейная дошкольная группа")));
        all.put(AGE_GROUP, DictionaryEntries.ordered(List.of("infant", "Группа младенческого возраста (до 1 года)",
                "early", "Группа раннего возраста (1–3 года)", "junior", "Младшая группа (3–4 года)",
                "middle", "Средняя группа (4–5 лет)", "senior", "Старшая группа (5–6 лет)",
                "preparatory", "Подготовительная к школе группа (6–8 лет)", "mixed-age", "Разновозрастная группа")));
        all.put(PROGRAMME, DictionaryEntries.ordered(List.of(BASIC, "Образовательная программа дошкольного образования",
                ADAPTED, "Адаптированная образовательная программа дошкольного образования",
                "care-only", "Присмотр и уход без реализации образовательной программы")));
        all.put(PREFERENTIAL_CATEGORY, DictionaryEntries.ordered(List.of("extraordinary", "Внеочередное право",
                "first-priority", "Первоочередное право", "sibling", "Преимущественное право (брат или сестра в организации)")));
        all.put(APPLICATION_STATUS, DictionaryEntries.ordered(List.of(WAITING, "Ожидает места (в очереди)", "sent", "Направлен в организацию",
                "enrolled", "Зачислен", "refused", "Отказано", "withdrawn", "Отозвано заявителем")));
        return Collections.unmodifiableMap(all);
    }

    private static Map<String, List<Integer>> ages() {
        Map<String, List<Integer>> ages = new LinkedHashMap<>();
        ages.put("infant", List.of(0, 1));
        ages.put("early", List.of(1, 3));
        ages.put("junior", List.of(3, 4));
        ages.put("middle", List.of(4, 5));
        ages.put("senior", List.of(5, 6));
        ages.put("preparatory", List.of(6, 8));
        ages.put("mixed-age", List.of(0, 8));
        return Collections.unmodifiableMap(ages);
    }
}
