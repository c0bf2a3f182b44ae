package org.kontingent.extension.portfolio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.DemoDataContract;

/**
 * The portfolio part of a demo region (the generated region of {@code testing/demo-region.sql}:
 * 1,000 pupils of two schools, 400 of them also at an arts or a sports school, 20 graduates of
 * June, 200 children of a kindergarten, 300 students of a college, 5 coming after the day), made
 * as the demo loader makes it: the olympiad's stages for the few who win the stage before, the
 * contests, festivals, competitions, conferences and championships of each level, and the
 * achievements; most learners with none; every row one the extension itself would take without a
 * word, and the same for the same seed.
 */
class DemoDataTest extends DemoDataContract {
    DemoDataTest() {
        super(new PortfolioExtension(), new PortfolioDemoData());
    }

    @Override
    protected List<String> tables() {
        return List.of("event", "achievement");
    }

    @Test
    void givesMostLearnersNothingSomeAParticipationAndFewAWin() throws SQLException {
        long learners = count("SELECT count(DISTINCT person_id) FROM registry.membership WHERE starts_on <= '2026-11-23'");
        assertEquals(1520, learners);
        long withEvents = count("SELECT count(DISTINCT person_id) FROM portfolio.event");
        long winners = count("SELECT count(DISTINCT person_id) FROM portfolio.event WHERE result = 'winner'");
        long awarded = count("SELECT count(DISTINCT person_id) FROM portfolio.event WHERE result <> 'participant'");
        assertTrue(withEvents > learners / 5 && withEvents < learners / 2, "some took part: " + withEvents + " of " + learners);
        assertTrue(awarded < withEvents / 2 && awarded > 20, "fewer won or took a prize: " + awarded);
        assertTrue(winners < awarded / 2 && winners > 5, "few won: " + winners);
        assertEquals(List.of("additional", "general", "preschool", "vocational"), database.column("""
                SELECT DISTINCT o.education_level FROM portfolio.event e JOIN registry.organization o ON o.id = e.organization_id
                 ORDER BY 1"""), "events of learners of every level");
        assertEquals(List.of("additional", "general", "preschool", "vocational"), database.column("""
                SELECT DISTINCT o.education_level FROM portfolio.achievement a
                  JOIN registry.organization o ON o.id = a.organization_id ORDER BY 1"""), "achievements too");
        assertEquals(0, count("SELECT count(*) FROM (SELECT person_id FROM portfolio.event UNION ALL SELECT person_id"
                + " FROM portfolio.achievement) r WHERE person_id BETWEEN 500001 AND 500005"), "nothing before the day");
        assertEquals(0, count("SELECT count(*) FROM portfolio.event WHERE starts_on > '2026-11-23' OR ends_on > '2026-11-23'"
                + " OR starts_on < '2025-09-01'"), "the two academic years up to the day");
        assertEquals(0, count("SELECT count(*) FROM portfolio.event WHERE person_id BETWEEN 300001 AND 300020"
                + " AND starts_on >= '2026-06-01'"), "nothing after the graduates left");
    }

    @Test
    void runsTheOlympiadFromStageToStageForThoseWhoWonTheStageBefore() throws SQLException {
        // the final: some sixty in a thousand thousand pupils, none among these thousand
        assertEquals(List.of("school school", "municipal municipal", "regional regional"),
                database.column("SELECT stage || ' ' || level FROM portfolio.event WHERE kind = 'olympiad'"
                        + " GROUP BY stage, level ORDER BY min(starts_on - make_date(date_part('year', starts_on"
                        + " - interval '8 months')::integer, 9, 1))"));
        assertEquals(0, count("""
                SELECT count(*) FROM portfolio.event e
                 WHERE e.kind = 'olympiad' AND e.stage <> 'school'
                   AND NOT EXISTS (SELECT FROM portfolio.event b WHERE b.person_id = e.person_id AND b.kind = 'olympiad'
                                    AND b.subject = e.subject AND b.result <> 'participant' AND b.starts_on < e.starts_on
                                    AND b.starts_on > e.starts_on - 200
                                    AND b.stage = CASE e.stage WHEN 'municipal' THEN 'school' WHEN 'regional' THEN 'municipal'
                                                               ELSE 'regional' END)"""),
                "each later stage taken by a winner or prize-winner of the stage before, in the same subject");
        long school = count("SELECT count(*) FROM portfolio.event WHERE stage = 'school'");
        long municipal = count("SELECT count(*) FROM portfolio.event WHERE stage = 'municipal'");
        assertTrue(school > 100 && municipal < school / 4 && municipal > 5, school + " at the school stage, " + municipal
                + " at the municipal");
        assertEquals(0, count("SELECT count(*) FROM portfolio.event e JOIN registry.organization o ON o.id = e.organization_id"
                + " WHERE e.kind = 'olympiad' AND o.education_level <> 'general'"), "the school olympiad is for pupils");
        assertEquals(0, count("SELECT count(*) FROM portfolio.event WHERE (result = 'winner') <> (place IS NOT DISTINCT FROM 1)"
                + " OR (result = 'prize-winner') <> (place IN (2, 3))"), "winners first, prize-winners second or third");
    }

    @Test
    void drawsAchievementsByLevelAndAge() throws SQLException {
        assertEquals(0, count("SELECT count(*) FROM portfolio.achievement a JOIN registry.person p ON p.id = a.person_id"
                + " WHERE a.kind = 'gto-badge' AND a.gto_stage <> greatest(date_part('year', age(a.awarded_on, p.birth_date))::integer"
                + " / 2 - 2, 1)"), "the ГТО stage goes by age");
        assertEquals(0, count("SELECT count(*) FROM portfolio.achievement a JOIN registry.person p ON p.id = a.person_id"
                + " WHERE a.kind = 'sports-rank' AND a.rank LIKE 'youth-%' <> (age(a.awarded_on, p.birth_date) < interval '14 years')"),
                "youth ranks before 14, adult ones after");
        long sports = count("SELECT count(*) FROM portfolio.achievement WHERE kind = 'sports-rank' AND organization_id = 51");
        long others = count("SELECT count(*) FROM portfolio.achievement WHERE kind = 'sports-rank' AND organization_id <> 51");
        assertTrue(sports > others, "most ranks go to the sports school's learners: " + sports + " against " + others);
        assertEquals(count("SELECT count(*) FROM portfolio.achievement WHERE kind = 'qualification-rank'"),
                count("SELECT count(*) FROM portfolio.achievement WHERE kind = 'qualification-rank' AND organization_id = 60"
                        + " AND grade BETWEEN 2 AND 4"), "qualification ranks of the college's students");
        assertTrue(count("SELECT count(*) FROM portfolio.achievement WHERE kind = 'qualification-rank'") > 20);
        assertEquals(rows, count("SELECT count(*) FROM portfolio.event") + count("SELECT count(*) FROM portfolio.achievement"));
    }

    @Test
    void keepsTheExtensionsOwnRules() throws SQLException {
        assertEveryRowIsAnEntryTheExtensionTakes(List.of("""
                SELECT key, person_id, organization_id, name, kind, subject, level, stage, starts_on AS "startsOn",
                       ends_on AS "endsOn", result, place, score, participation, team_name AS "teamName",
                       document_number AS "documentNumber", organizer, awarded_title AS "awardedTitle",
                       'event' AS entity
                  FROM portfolio.event ORDER BY key""", """
                SELECT key, person_id, organization_id, kind, name, badge, gto_stage AS "gtoStage", rank, grade, sport,
                       level, awarded_on AS "awardedOn", valid_until AS "validUntil", issuer,
                       document_number AS "documentNumber", 'achievement' AS entity
                  FROM portfolio.achievement ORDER BY key"""));
    }

    @Test
    void analyzesTheTablesItWrites() throws SQLException {
        assertTheTablesAreAnalyzed();
    }
}
