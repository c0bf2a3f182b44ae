package org.kontingent.extension.additional.internal;

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
 * migration puts the same entries into {@code additional.dictionary_entry} (published as
 * {@code report.additional_dictionary}); a test keeps the two equal.
 */
final class AdditionalDictionaries {
    static final String PROGRAMME_KIND = "programme-kind";
    static final String ORIENTATION = "orientation";
    static final String STUDY_STATUS = "study-status";
    static final String DOCUMENT_KIND = "document-kind";
    static final String APPLICATION_STATUS = "application-status";

    static final String GENERAL_DEVELOPMENTAL = "general-developmental";
    static final String PRE_PROFESSIONAL = "pre-professional";
    static final String ARTISTIC = "artistic";
    static final String SPORT = "physical-culture-and-sport";
    static final String IN_PROGRESS = "in-progress";
    static final String MASTERED = "mastered";
    static final String NOT_MASTERED = "not-mastered";
    static final String ARTS_CERTIFICATE = "pre-professional-arts-certificate";
    static final String OTHER_DOCUMENT = "other";

    /** The orientations a pre-professional programme may have: the arts, physical culture and sport. */
    static final Set<String> PRE_PROFESSIONAL_ORIENTATIONS = Set.of(ARTISTIC, SPORT);

    /** Every dictionary: code → name, in their order. */
    static final Map<String, Map<String, String>> ALL = all();

    /** The marks that say a subject, a course or a programme was not mastered. */
    static final Set<String> FAILING_MARKS = Set.of("2", "1", "незачёт", "незачет", "не зачтено", "fail");

    /** The report view that lists every dictionary's entries, named when a dictionary is too large to list. */
    static final String VIEW = "report.additional_dictionary";

    private AdditionalDictionaries() {
    }

    /** The fields of one entry's data, read and checked, with codes of these dictionaries. */
    static EntryFields fields(Map<String, Object> data, Set<String> known, LocalDate today) {
        return new EntryFields(data, known, today, AdditionalDictionaries::entries, VIEW);
    }

    static Map<String, String> entries(String dictionary) {
        return ALL.get(dictionary);
    }

    private static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put(PROGRAMME_KIND, DictionaryEntries.ordered(List.of(GENERAL_DEVELOPMENTAL, "Дополнительная общеразвивающая программа",
                PRE_PROFESSIONAL, "Дополнительная предпрофессиональная программа")));
        all.put(ORIENTATION, DictionaryEntries.ordered(List.of("technical", "Техническая",
                "natural-science", "Естественнонаучная",
                SPORT, "Физкультурно-спортивная",
                ARTISTIC, "Художественная",
                "tourist-and-local-history", "Туристско-краеведческая",
                "social-humanitarian", "Социально-гуманитарная")));
        all.put(STUDY_STATUS, DictionaryEntries.ordered(List.of(IN_PROGRESS, "В процессе обучения", MASTERED, "Освоено",
                NOT_MASTERED, "Не освоено")));
        all.put(DOCUMENT_KIND, DictionaryEntries.ordered(List.of("study-certificate", "Справка об обучении или о периоде обучения",
                "training-certificate", "Свидетельство об обучении",
                ARTS_CERTIFICATE, "Свидетельство об освоении дополнительной предпрофессиональной программы в области искусств",
                OTHER_DOCUMENT, "Иной документ, установленный организацией")));
        all.put(APPLICATION_STATUS, DictionaryEntries.ordered(List.of("registered", "Зарегистрировано", "enrolled", "Зачислен",
                "refused", "Отказано", "withdrawn", "Отозвано заявителем")));
        return Collections.unmodifiableMap(all);
    }
}
