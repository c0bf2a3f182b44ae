package org.kontingent.extension.vocational.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * migration puts the same entries into {@code vocational.dictionary_entry} (published as
 * {@code report.vocational_dictionary}); a test keeps the two equal. The specialties and
 * professions (ОКСО codes) come from the resource {@code dictionary/specialty.csv}, which names
 * its source.
 */
final class VocationalDictionaries {
    static final String PROGRAMME_KIND = "programme-kind";
    static final String SPECIALTY = "specialty";
    static final String DIPLOMA_KIND = "diploma-kind";
    static final String INVOLVEMENT = "involvement";
    static final String APPLICATION_STATUS = "application-status";

    static final String VOCATIONAL_TRAINING = "vocational-training";
    static final String SKILLED_WORKERS = "skilled-workers";
    static final String MID_LEVEL_SPECIALISTS = "mid-level-specialists";
    static final String DIPLOMA = "diploma";

    /** Every dictionary: code → name, in their order. */
    static final Map<String, Map<String, String>> ALL = all();

    /** What a pass/fail mark may be written as, and whether it is a pass. */
    static final Map<String, Boolean> PASS_FAIL_WORDS = Map.of("зачёт", true, "зачет", true, "зачтено", true,
            "pass", true, "незачёт", false, "незачет", false, "не зачтено", false, "fail", false);

    /** The report view that lists every dictionary's entries, named when a dictionary is too large to list. */
    static final String VIEW = "report.vocational_dictionary";

    private VocationalDictionaries() {
    }

    /** The fields of one entry's data, read and checked, with codes of these dictionaries. */
    static EntryFields fields(Map<String, Object> data, Set<String> known, LocalDate today) {
        return new EntryFields(data, known, today, VocationalDictionaries::entries, VIEW);
    }

    static Map<String, String> entries(String dictionary) {
        return ALL.get(dictionary);
    }

    /** Whether a code of the specialty dictionary is a profession (NN.01.NN) rather than a specialty (NN.02.NN). */
    static boolean profession(String specialtyCode) {
        return specialtyCode.substring(3, 5).equals("01");
    }

    /**
     * The usual length of a programme in courses: vocational training 2, skilled workers 3,
     * mid-level specialists 4; a year more in the part-time and extramural forms.
     */
    static int usualLength(String kind, String studyForm) {
        int length = switch (kind) {
            case VOCATIONAL_TRAINING -> 2;
            case SKILLED_WORKERS -> 3;
            default -> 4;
        };
        return "part-time".equals(studyForm) || "extramural".equals(studyForm) ? length + 1 : length;
    }

    private static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put(PROGRAMME_KIND, DictionaryEntries.ordered(List.of(VOCATIONAL_TRAINING, "Профессиональное обучение",
                SKILLED_WORKERS, "Подготовка квалифицированных рабочих, служащих",
                MID_LEVEL_SPECIALISTS, "Подготовка специалистов среднего звена")));
        all.put(DIPLOMA_KIND, DictionaryEntries.ordered(List.of(DIPLOMA, "Диплом о среднем профессиональном образовании",
                "qualification-certificate", "Свидетельство о профессии рабочего, должности служащего",
                "study-certificate", "Справка об обучении или о периоде обучения")));
        all.put(INVOLVEMENT, DictionaryEntries.ordered(List.of("participation", "Участие в проекте",
                "execution", "Самостоятельное выполнение части проекта",
                "leadership", "Руководство проектом или командой")));
        all.put(APPLICATION_STATUS, DictionaryEntries.ordered(List.of("registered", "Зарегистрировано", "enrolled", "Зачислен",
                "refused", "Отказано", "withdrawn", "Отозвано заявителем")));
        all.put(SPECIALTY, specialties());
        return Collections.unmodifiableMap(all);
    }

    /** The specialties and professions of the resource {@code dictionary/specialty.csv}: code;name, comments after #. */
    private static Map<String, String> specialties() {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = VocationalDictionaries.class.getResourceAsStream("/dictionary/specialty.csv")) {
            if (in == null) {
                throw new IllegalStateException("The bundle has no dictionary/specialty.csv");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int separator = line.indexOf(';');
                    entries.put(line.substring(0, separator), line.substring(separator + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The specialties could not be read: " + e.getMessage(), e);
        }
        return Collections.unmodifiableMap(entries);
    }
}
