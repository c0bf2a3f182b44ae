package org.kontingent.extension.general.internal;

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
 * migration puts the same entries into {@code general.dictionary_entry} (published as
 * {@code report.general_dictionary}); a test keeps the two equal.
 */
final class GeneralDictionaries {
    static final String MARK_PERIOD = "mark-period";
    static final String MARK_SCALE = "mark-scale";
    static final String EXAM_KIND = "exam-kind";
    static final String CERTIFICATE_KIND = "certificate-kind";
    static final String PROGRAMME_LEVEL = "programme-level";
    static final String SHIFT = "shift";
    static final String APPLICATION_STATUS = "application-status";

    static final String CURRENT = "current";
    static final String FIVE_POINT = "five-point";
    static final String PASS_FAIL = "pass-fail";
    static final String SCORE = "score";

    /** Every dictionary: code → name, in their order. */
    static final Map<String, Map<String, String>> ALL = all();

    /** What a pass/fail mark may be written as, and whether it is a pass. */
    static final Map<String, Boolean> PASS_FAIL_WORDS = Map.of("зачёт", true, "зачет", true, "зач", true, "pass", true,
            "незачёт", false, "незачет", false, "незач", false, "fail", false);

    /** The report view that lists every dictionary's entries, named when a dictionary is too large to list. */
    static final String VIEW = "report.general_dictionary";

    private GeneralDictionaries() {
    }

    /** The fields of one entry's data, read and checked, with codes of these dictionaries. */
    static EntryFields fields(Map<String, Object> data, Set<String> known, LocalDate today) {
        return new EntryFields(data, known, today, GeneralDictionaries::entries, VIEW);
    }

    static Map<String, String> entries(String dictionary) {
        return ALL.get(dictionary);
    }

    private static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put(MARK_PERIOD, DictionaryEntries.ordered(List.of("current", "Текущая отметка", "term-1", "1 четверть", "term-2", "2 четверть",
                "term-3", "3 четверть", "term-4", "4 четверть", "half-1", "1 полугодие", "half-2", "2 полугодие",
                "year", "Годовая отметка", "final", "Итоговая отметка")));
        all.put(MARK_SCALE, DictionaryEntries.ordered(List.of(FIVE_POINT, "Пятибалльная шкала (1–5)", PASS_FAIL, "Зачёт / незачёт",
                SCORE, "Баллы (0–100)")));
        all.put(EXAM_KIND, DictionaryEntries.ordered(List.of("oge", "ОГЭ", "gve-9", "ГВЭ-9", "ege", "ЕГЭ", "gve-11", "ГВЭ-11")));
        all.put(CERTIFICATE_KIND, DictionaryEntries.ordered(List.of("basic-general", "Аттестат об основном общем образовании",
                "secondary-general", "Аттестат о среднем общем образовании")));
        all.put(PROGRAMME_LEVEL, DictionaryEntries.ordered(List.of("primary-general", "Начальное общее образование",
                "basic-general", "Основное общее образование", "secondary-general", "Среднее общее образование")));
        all.put(SHIFT, DictionaryEntries.ordered(List.of("1", "Первая смена", "2", "Вторая смена", "3", "Третья смена")));
        all.put(APPLICATION_STATUS, DictionaryEntries.ordered(List.of("registered", "Зарегистрировано", "enrolled", "Зачислен",
                "refused", "Отказано", "withdrawn", "Отозвано заявителем")));
        return Collections.unmodifiableMap(all);
    }
}
