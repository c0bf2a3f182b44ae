package org.kontingent.extension.portfolio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.portfolio.internal.Entries.competition;
import static org.kontingent.extension.portfolio.internal.Entries.contest;
import static org.kontingent.extension.portfolio.internal.Entries.gto;
import static org.kontingent.extension.portfolio.internal.Entries.olympiad;
import static org.kontingent.extension.portfolio.internal.Entries.rank;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The portfolio section {@code achievements} of a learner on a day, and the merge participant
 * moving a duplicate's rows to the kept person and back on undo.
 */
class PortfolioAndMergeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static ExtensionDatabase database;
    private static PortfolioAchievements portfolio;
    private static final PortfolioExtension extension = new PortfolioExtension();

    @BeforeAll
    static void start() throws Exception {
        database = PortfolioDatabase.start();
        portfolio = new PortfolioAchievements(database.dataSource());
        write(3000, 10, "event", "k-1", olympiad());
        write(3000, 10, "event", "k-2", Entries.with(contest(), "startsOn", "2026-02-10"));
        write(3000, 10, "achievement", "k-3", gto());
        write(3003, 40, "event", "k-4", competition());
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static void write(long person, long organization, String entity, String key, Map<String, Object> data)
            throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            extension.write(c, new ExtensionEntry(5, key, entity, person, organization, data, TODAY));
        }
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void showsTheEventsAndAchievementsKnownOnTheDayTheLatestFirst() {
        Map<String, Object> section = portfolio.section(3000, TODAY).orElseThrow();
        assertEquals("achievements", portfolio.id(), "the section the console shows under «Достижения»");
        assertEquals(List.of("events", "achievements"), new ArrayList<>(section.keySet()));
        assertEquals(List.of(
                map("startsOn", LocalDate.of(2026, 2, 10), "organizationId", 10L,
                        "name", "Краевой конкурс детского рисунка «Моя малая родина»", "kind", "contest", "kindName", "Конкурс",
                        "level", "regional", "levelName", "Региональный", "result", "participant", "resultName", "Участник",
                        "participation", "individual", "participationName", "Индивидуальное"),
                map("startsOn", LocalDate.of(2025, 11, 20), "organizationId", 10L,
                        "name", "Всероссийская олимпиада школьников по математике", "kind", "olympiad", "kindName", "Олимпиада",
                        "subject", "Математика", "level", "municipal", "levelName", "Муниципальный", "stage", "municipal",
                        "stageName", "Муниципальный этап", "result", "prize-winner", "resultName", "Призёр", "place", 2,
                        "score", new BigDecimal("34.50"), "participation", "individual", "participationName", "Индивидуальное",
                        "documentNumber", "М-2025-0117", "organizer", "Комитет по образованию города Барнаула")),
                section.get("events"));
        assertEquals(List.of(map("awardedOn", LocalDate.of(2026, 3, 15), "organizationId", 10L, "kind", "gto-badge",
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

    private static List<String> rows(long person) throws SQLException {
        return database.column("SELECT t || ' ' || key FROM (SELECT 'event' t, key, person_id FROM portfolio.event"
                + " UNION ALL SELECT 'achievement', key, person_id FROM portfolio.achievement) r"
                + " WHERE person_id = " + person + " ORDER BY t, key");
    }

    @Test
    void movesADuplicatesRowsToTheKeptPersonAndBackOnUndo() throws SQLException {
        write(3004, 10, "event", "d-1", olympiad());
        write(3004, 10, "achievement", "d-2", rank());
        List<String> kept = rows(3002);
        PortfolioMerge merge = new PortfolioMerge();
        assertEquals("portfolio", merge.name());
        String moved;
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            moved = merge.merge(c, 3002, 3004);
            c.commit();
        }
        assertTrue(moved.matches("move=[0-9]+ event=1 achievement=1"), moved);
        assertEquals(List.of(), rows(3004));
        assertEquals(List.of("achievement d-2", "event d-1"), rows(3002));

        // written for the kept person after the merge: stays with them on undo
        write(3002, 30, "event", "d-3", contest());
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            merge.undo(c, 3002, 3004, moved);
            c.commit();
        }
        assertEquals(List.of("achievement d-2", "event d-1"), rows(3004));
        List<String> after = new ArrayList<>(kept);
        after.add("event d-3");
        assertEquals(after, rows(3002));
        try (Connection c = database.dataSource().getConnection()) {
            assertThrows(IllegalArgumentException.class, () -> merge.undo(c, 3002, 3004, "event=1"));
        }
    }
}
