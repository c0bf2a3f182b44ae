package org.kontingent.extension.portfolio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.extension.portfolio.internal.Entries.competition;
import static org.kontingent.extension.portfolio.internal.Entries.contest;
import static org.kontingent.extension.portfolio.internal.Entries.gto;
import static org.kontingent.extension.portfolio.internal.Entries.olympiad;
import static org.kontingent.extension.portfolio.internal.Entries.rank;
import static org.kontingent.registry.core.testing.EntryData.data;
import static org.kontingent.registry.core.testing.EntryData.with;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.PortfolioAndMergeContract;

/**
 * The portfolio section {@code achievements} of a learner on a day, and the merge participant
 * moving a duplicate's rows to the kept person and back on undo.
 */
class PortfolioAndMergeTest extends PortfolioAndMergeContract {
    private PortfolioAchievements portfolio;

    PortfolioAndMergeTest() {
        super(new PortfolioExtension(), new PortfolioMerge(), PortfolioMerge.TABLES);
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return PortfolioDatabase.start();
    }

    @BeforeAll
    void writeTheSections() throws SQLException {
        portfolio = new PortfolioAchievements(database.dataSource());
        write(3000, 10L, "event", "k-1", olympiad());
        write(3000, 10L, "event", "k-2", with(contest(), "startsOn", "2026-02-10"));
        write(3000, 10L, "achievement", "k-3", gto());
        write(3003, 40L, "event", "k-4", competition());
    }

    @Test
    void showsTheEventsAndAchievementsKnownOnTheDayTheLatestFirst() {
        Map<String, Object> section = portfolio.section(3000, TODAY).orElseThrow();
        assertEquals("achievements", portfolio.id(), "the section the console shows under «Достижения»");
        assertEquals(List.of("events", "achievements"), new ArrayList<>(section.keySet()));
        assertEquals(List.of(
                data("startsOn", LocalDate.of(2026, 2, 10), "organizationId", 10L,
                        "name", "Краевой конкурс детского рисунка «Моя малая родина»", "kind", "contest", "kindName", "Конкурс",
                        "level", "regional", "levelName", "Региональный", "result", "participant", "resultName", "Участник",
                        "participation", "individual", "participationName", "Индивидуальное"),
                data("startsOn", LocalDate.of(2025, 11, 20), "organizationId", 10L,
                        "name", "Всероссийская олимпиада школьников по математике", "kind", "olympiad", "kindName", "Олимпиада",
                        "subject", "Математика", "level", "municipal", "levelName", "Муниципальный", "stage", "municipal",
                        "stageName", "Муниципальный этап", "result", "prize-winner", "resultName", "Призёр", "place", 2,
                        "score", new BigDecimal("34.50"), "participation", "individual", "participationName", "Индивидуальное",
                        "documentNumber", "М-2025-0117", "organizer", "Комитет по образованию города Барнаула")),
                section.get("events"));
        assertEquals(List.of(data("awardedOn", LocalDate.of(2026, 3, 15), "organizationId", 10L, "kind", "gto-badge",
                "kindName", "Знак отличия ВФСК «Готов к труду и обороне» (ГТО)", "badge", "gold",
                "badgeName", "Золотой знак отличия", "gtoStage", 4, "level", "all-russian", "levelName", "Всероссийский",
                "issuer", "Министерство спорта Алтайского края", "documentNumber", "227-15")), section.get("achievements"));
    }

    @Test
    void showsOnlyWhatHadHappenedByTheDay() {
        Map<String, Object> team = portfolio.section(3003, TODAY).orElseThrow();
        Map<?, ?> competition = (Map<?, ?>) ((List<?>) team.get("events")).get(0);
        assertEquals(List.of(LocalDate.of(2026, 5, 15), "Сборная колледжа", "Первый юношеский спортивный разряд", "Командное"),
                List.of(competition.get("endsOn"), competition.get("teamName"), competition.get("awardedTitle"),
                        competition.get("participationName")));
        Map<?, ?> onTheFirstDay = (Map<?, ?>) ((List<?>) portfolio.section(3003, LocalDate.of(2026, 5, 14)).orElseThrow()
                .get("events")).get(0);
        assertEquals(false, onTheFirstDay.containsKey("endsOn"), "on its first day the competition had not ended");
        assertEquals(List.of("events"), new ArrayList<>(portfolio.section(3000, LocalDate.of(2026, 3, 14)).orElseThrow()
                .keySet()), "the badge was awarded on 15 March");
        assertEquals(1, ((List<?>) portfolio.section(3000, LocalDate.of(2026, 2, 9)).orElseThrow().get("events")).size());
        assertEquals(Optional.empty(), portfolio.section(3000, LocalDate.of(2025, 11, 19)), "before the olympiad");
        assertEquals(Optional.empty(), portfolio.section(3001, TODAY), "nothing about the child 3001");
    }

    @Override
    protected long keptPerson() {
        return 3002;
    }

    @Override
    protected long mergedPerson() {
        return 3004;
    }

    @Override
    protected List<ExtensionEntry> duplicatesEntries() {
        return List.of(entry(SOURCE, "event", "d-1", 3004, 10L, olympiad()),
                entry(SOURCE, "achievement", "d-2", 3004, 10L, rank()));
    }

    @Override
    protected ExtensionEntry writtenForTheKeptPersonAfterTheMerge() {
        return entry(SOURCE, "event", "d-3", 3002, 30L, contest());
    }
}
