package org.kontingent.extension.portfolio.internal;

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
 * migration puts the same entries into {@code portfolio.dictionary_entry} (published as
 * {@code report.portfolio_dictionary}); a test keeps the two equal.
 */
final class PortfolioDictionaries {
    static final String EVENT_KIND = "event-kind";
    static final String EVENT_LEVEL = "event-level";
    static final String EVENT_STAGE = "event-stage";
    static final String EVENT_RESULT = "event-result";
    static final String PARTICIPATION = "participation";
    static final String ACHIEVEMENT_KIND = "achievement-kind";
    static final String GTO_BADGE = "gto-badge";
    static final String SPORTS_RANK = "sports-rank";

    static final String PARTICIPANT = "participant";
    static final String INDIVIDUAL = "individual";
    static final String TEAM = "team";

    /** The achievement kinds with a field of their own. */
    static final String GTO = "gto-badge";
    static final String RANK = "sports-rank";
    static final String TITLE = "sports-title";
    static final String QUALIFICATION = "qualification-rank";

    /** The stages of the all-Russian olympiad held at one level each: a school stage is a school-level event. */
    static final Set<String> STAGES_OF_A_LEVEL = Set.of("school", "municipal", "regional");
    /** The achievement kinds that are named by their own fields (badge, rank): the others need a name. */
    static final Set<String> NAMED_BY_FIELDS = Set.of(GTO, RANK, TITLE);
    /** The sports ranks (разряды), the sports-rank dictionary's first part; the rest are titles (звания). */
    static final List<String> RANKS = List.of("youth-3", "youth-2", "youth-1", "adult-3", "adult-2", "adult-1",
            "candidate-master");

    /** Every dictionary: code → name, in their order. */
    static final Map<String, Map<String, String>> ALL = all();

    /** The report view that lists every dictionary's entries, named when a dictionary is too large to list. */
    static final String VIEW = "report.portfolio_dictionary";

    private PortfolioDictionaries() {
    }

    /** The fields of one entry's data, read and checked, with codes of these dictionaries. */
    static EntryFields fields(Map<String, Object> data, Set<String> known, LocalDate today) {
        return new EntryFields(data, known, today, PortfolioDictionaries::entries, VIEW);
    }

    static Map<String, String> entries(String dictionary) {
        return ALL.get(dictionary);
    }

    private static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        all.put(EVENT_KIND, DictionaryEntries.ordered(List.of("olympiad", "Олимпиада", "contest", "Конкурс", "competition", "Соревнование",
                "championship", "Чемпионат профессионального мастерства", "conference", "Конференция",
                "festival", "Фестиваль", "other", "Иное мероприятие")));
        all.put(EVENT_LEVEL, DictionaryEntries.ordered(List.of("school", "Уровень образовательной организации", "municipal", "Муниципальный",
                "regional", "Региональный", "interregional", "Межрегиональный", "all-russian", "Всероссийский",
                "international", "Международный")));
        all.put(EVENT_STAGE, DictionaryEntries.ordered(List.of("qualifying", "Отборочный этап", "school", "Школьный этап",
                "municipal", "Муниципальный этап", "regional", "Региональный этап", "final", "Заключительный этап")));
        all.put(EVENT_RESULT, DictionaryEntries.ordered(List.of(PARTICIPANT, "Участник", "prize-winner", "Призёр", "winner", "Победитель")));
        all.put(PARTICIPATION, DictionaryEntries.ordered(List.of(INDIVIDUAL, "Индивидуальное", TEAM, "Командное")));
        all.put(ACHIEVEMENT_KIND, DictionaryEntries.ordered(List.of(GTO, "Знак отличия ВФСК «Готов к труду и обороне» (ГТО)",
                RANK, "Спортивный разряд", TITLE, "Спортивное звание",
                QUALIFICATION, "Квалификационный разряд по профессии",
                "certificate", "Сертификат, свидетельство о владении языком или навыком",
                "scholarship", "Именная стипендия, премия", "other", "Иное достижение")));
        all.put(GTO_BADGE, DictionaryEntries.ordered(List.of("gold", "Золотой знак отличия", "silver", "Серебряный знак отличия",
                "bronze", "Бронзовый знак отличия")));
        all.put(SPORTS_RANK, DictionaryEntries.ordered(List.of("youth-3", "Третий юношеский спортивный разряд",
                "youth-2", "Второй юношеский спортивный разряд", "youth-1", "Первый юношеский спортивный разряд",
                "adult-3", "Третий спортивный разряд", "adult-2", "Второй спортивный разряд",
                "adult-1", "Первый спортивный разряд", "candidate-master", "Кандидат в мастера спорта",
                "master", "Мастер спорта России", "master-international", "Мастер спорта России международного класса",
                "grandmaster", "Гроссмейстер России", "honoured-master", "Заслуженный мастер спорта России")));
        return Collections.unmodifiableMap(all);
    }
}
