package org.kontingent.extension.portfolio.internal;

import static org.kontingent.registry.core.testing.EntryData.data;

import java.util.Map;

/** Valid data of each entity for the tests. */
final class Entries {
    private Entries() {
    }

    /** A prize-winner of the municipal stage of the all-Russian olympiad in mathematics, on 2025-11-20, second place. */
    static Map<String, Object> olympiad() {
        return data("name", "Всероссийская олимпиада школьников по математике", "kind", "olympiad", "subject", "Математика",
                "level", "municipal", "stage", "municipal", "startsOn", "2025-11-20", "result", "prize-winner", "place", 2,
                "score", "34.5", "documentNumber", "М-2025-0117", "organizer", "Комитет по образованию города Барнаула");
    }

    /** A winner of a team competition of two days, 2026-05-14 and 15, who was awarded a youth rank. */
    static Map<String, Object> competition() {
        return data("name", "Первенство края по волейболу среди юношей", "kind", "competition", "subject", "Волейбол",
                "level", "regional", "startsOn", "2026-05-14", "endsOn", "2026-05-15", "result", "winner", "place", "1",
                "participation", "team", "teamName", "Сборная колледжа", "awardedTitle", "Первый юношеский спортивный разряд");
    }

    /** A participant of a children's drawing contest, on 2026-02-10. */
    static Map<String, Object> contest() {
        return data("name", "Краевой конкурс детского рисунка «Моя малая родина»", "kind", "contest", "level", "regional",
                "startsOn", "2026-02-10");
    }

    /** A gold ГТО badge of the fourth stage, awarded on 2026-03-15. */
    static Map<String, Object> gto() {
        return data("kind", "gto-badge", "badge", "gold", "gtoStage", 4, "level", "all-russian", "awardedOn", "2026-03-15",
                "issuer", "Министерство спорта Алтайского края", "documentNumber", "227-15");
    }

    /** The second adult sports rank in swimming, awarded on 2026-04-01 for two years. */
    static Map<String, Object> rank() {
        return data("kind", "sports-rank", "rank", "adult-2", "sport", "Плавание", "awardedOn", "2026-04-01",
                "validUntil", "2028-04-01", "issuer", "Спортивная школа олимпийского резерва № 1");
    }

    /** The qualification rank 3 of a fitter, awarded on 2026-06-25. */
    static Map<String, Object> qualification() {
        return data("kind", "qualification-rank", "name", "Слесарь механосборочных работ", "grade", 3, "level", "school",
                "awardedOn", "2026-06-25");
    }
}
