package org.kontingent.extension.portfolio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.extension.portfolio.internal.Entries.competition;
import static org.kontingent.extension.portfolio.internal.Entries.contest;
import static org.kontingent.extension.portfolio.internal.Entries.gto;
import static org.kontingent.extension.portfolio.internal.Entries.olympiad;
import static org.kontingent.extension.portfolio.internal.Entries.qualification;
import static org.kontingent.extension.portfolio.internal.Entries.rank;
import static org.kontingent.registry.core.testing.EntryData.data;
import static org.kontingent.registry.core.testing.EntryData.with;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.ExtensionWriteContract;

/**
 * The portfolio extension's write on a real PostgreSQL: events and achievements of learners of
 * every education level written with the membership they are attached to, upserted unchanged the
 * second time, refused field by field with the exact rule and leaving nothing behind, and flagged
 * (not refused) when the person is no learner of the organization on the day.
 */
class PortfolioExtensionTest extends ExtensionWriteContract {
    PortfolioExtensionTest() {
        super(new PortfolioExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return PortfolioDatabase.start();
    }

    @Test
    void writesTheEventsOfLearnersOfEveryLevelWithTheirMembershipAndUpsertsThem() throws SQLException {
        Written olympiad = write("event", "ev-1", 3000, 10L, olympiad());
        assertEquals(new Written(olympiad.id(), Result.CREATED, List.of()), olympiad);
        Map<String, Object> o = row("event", "ev-1");
        assertEquals(7000L, o.get("membership_id"));
        assertEquals(List.of("olympiad", "Математика", "municipal", "municipal", "prize-winner", 2, new BigDecimal("34.50"),
                "individual", "М-2025-0117", "Комитет по образованию города Барнаула"), List.of(o.get("kind"),
                o.get("subject"), o.get("level"), o.get("stage"), o.get("result"), o.get("place"), o.get("score"),
                o.get("participation"), o.get("document_number"), o.get("organizer")));
        assertEquals(LocalDate.of(2025, 11, 20), o.get("starts_on"));
        assertNull(o.get("ends_on"));

        write("event", "ev-2", 3003, 40L, competition());
        Map<String, Object> team = row("event", "ev-2");
        assertEquals(List.of(7003L, "team", "Сборная колледжа", "winner", 1, "Первый юношеский спортивный разряд"),
                List.of(team.get("membership_id"), team.get("participation"), team.get("team_name"), team.get("result"),
                        team.get("place"), team.get("awarded_title")), "a student of the college");
        assertEquals(LocalDate.of(2026, 5, 15), team.get("ends_on"));

        assertEquals(List.of(), write("event", "ev-3", 3001, 20L, contest()).notices(), "a preschooler of the kindergarten");
        Map<String, Object> child = row("event", "ev-3");
        assertEquals(List.of(7001L, "participant", "individual"), List.of(child.get("membership_id"), child.get("result"),
                child.get("participation")), "a participant, individually, by default");
        assertEquals(List.of(), write("event", "ev-4", 3002, 30L, data("name", "Краевой фестиваль «Звёздочки Алтая»", "kind",
                "festival", "level", "regional", "startsOn", "2026-04-10", "result", "prize-winner", "place", 3)).notices(),
                "a learner of additional education");
        assertEquals(7002L, row("event", "ev-4").get("membership_id"));

        Object updatedAt = row("event", "ev-1").get("updated_at");
        assertEquals(new Written(olympiad.id(), Result.UNCHANGED, List.of()), write("event", "ev-1", 3000, 10L, olympiad()));
        assertEquals(updatedAt, row("event", "ev-1").get("updated_at"), "an unchanged row is not touched");
        assertEquals(new Written(olympiad.id(), Result.UPDATED, List.of()), write("event", "ev-1", 3000, 10L,
                with(olympiad(), "result", "winner", "place", 1)));
        assertEquals("winner", row("event", "ev-1").get("result"));
    }

    @Test
    void writesTheAchievementsOfEachKind() throws SQLException {
        Written badge = write("achievement", "ac-1", 3000, 10L, gto());
        assertEquals(new Written(badge.id(), Result.CREATED, List.of()), badge);
        Map<String, Object> g = row("achievement", "ac-1");
        assertEquals(List.of(7000L, "gto-badge", "gold", 4, "all-russian", "Министерство спорта Алтайского края", "227-15"),
                List.of(g.get("membership_id"), g.get("kind"), g.get("badge"), number(g.get("gto_stage")),
                        g.get("level"), g.get("issuer"), g.get("document_number")));
        assertNull(g.get("name"), "a ГТО badge is named by its badge");

        write("achievement", "ac-2", 3002, 30L, rank());
        Map<String, Object> r = row("achievement", "ac-2");
        assertEquals(List.of("adult-2", "Плавание", LocalDate.of(2028, 4, 1)), List.of(r.get("rank"), r.get("sport"),
                r.get("valid_until")));
        write("achievement", "ac-3", 3003, 40L, qualification());
        assertEquals(3, number(row("achievement", "ac-3").get("grade")));
        assertEquals(List.of(), write("achievement", "ac-4", 3003, 40L, data("kind", "sports-title", "rank", "master",
                "sport", "Самбо", "awardedOn", "2026-10-01")).notices());
        assertEquals(List.of(), write("achievement", "ac-5", 3000, 10L, data("kind", "certificate", "name",
                "Сертификат о владении английским языком уровня B1", "level", "international", "awardedOn", "2026-05-20",
                "validUntil", "2028-05-20")).notices());
        assertEquals(new Written(badge.id(), Result.UNCHANGED, List.of()), write("achievement", "ac-1", 3000, 10L, gto()));
        assertEquals(Result.UPDATED, write("achievement", "ac-1", 3000, 10L, with(gto(), "badge", "silver")).result());
    }

    @Override
    protected long refusedPerson() {
        return 3000;
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(
                new Refusal("event", 10L, with(olympiad(), "name", null), "name", "required"),
                new Refusal("event", 10L, with(olympiad(), "name", "О".repeat(501)), "name", "name.length"),
                new Refusal("event", 10L, with(olympiad(), "kind", null), "kind", "required"),
                new Refusal("event", 10L, with(olympiad(), "kind", "quiz"), "kind", "dictionary.event-kind"),
                new Refusal("event", 10L, with(olympiad(), "subject", "П".repeat(201)), "subject", "subject.length"),
                new Refusal("event", 10L, with(olympiad(), "level", null), "level", "required"),
                new Refusal("event", 10L, with(olympiad(), "level", "federal"), "level", "dictionary.event-level"),
                new Refusal("event", 10L, with(olympiad(), "stage", "semi-final"), "stage", "dictionary.event-stage"),
                new Refusal("event", 10L, with(olympiad(), "stage", "regional"), "stage", "stage.level"),
                new Refusal("event", 10L, with(olympiad(), "startsOn", null), "startsOn", "required"),
                new Refusal("event", 10L, with(olympiad(), "startsOn", "20.11.2025"), "startsOn", "starts-on.format"),
                new Refusal("event", 10L, with(olympiad(), "startsOn", "2026-11-24"), "startsOn", "starts-on.future"),
                new Refusal("event", 10L, with(olympiad(), "endsOn", "2025-11-19"), "endsOn", "ends-on.starts-on"),
                new Refusal("event", 10L, with(olympiad(), "endsOn", "2026-11-24"), "endsOn", "ends-on.future"),
                new Refusal("event", 10L, with(olympiad(), "result", "laureate"), "result", "dictionary.event-result"),
                new Refusal("event", 10L, with(olympiad(), "place", 0), "place", "place.range"),
                new Refusal("event", 10L, with(olympiad(), "place", "второе"), "place", "place.format"),
                new Refusal("event", 10L, with(olympiad(), "result", "participant"), "place", "place.result"),
                new Refusal("event", 10L, with(olympiad(), "result", null, "place", 1), "place", "place.result"),
                new Refusal("event", 10L, with(olympiad(), "score", "10001"), "score", "score.range"),
                new Refusal("event", 10L, with(olympiad(), "score", "34.555"), "score", "score.format"),
                new Refusal("event", 10L, with(olympiad(), "participation", "pair"), "participation", "dictionary.participation"),
                new Refusal("event", 10L, with(olympiad(), "teamName", "Сборная"), "teamName", "team-name.participation"),
                new Refusal("event", 10L, with(olympiad(), "documentNumber", "1".repeat(51)), "documentNumber",
                        "document-number.length"),
                new Refusal("event", 10L, with(olympiad(), "organizer", "О".repeat(501)), "organizer", "organizer.length"),
                new Refusal("event", 10L, with(olympiad(), "awardedTitle", "З".repeat(301)), "awardedTitle",
                        "awarded-title.length"),
                new Refusal("event", 10L, with(olympiad(), "colour", "blue"), "colour", "field.unknown"),
                new Refusal("event", null, olympiad(), "organization", "required"),
                new Refusal("achievement", 10L, with(gto(), "kind", null), "kind", "required"),
                new Refusal("achievement", 10L, with(gto(), "kind", "medal"), "kind", "dictionary.achievement-kind"),
                new Refusal("achievement", 10L, with(gto(), "badge", null), "badge", "badge.kind"),
                new Refusal("achievement", 10L, with(gto(), "badge", "platinum"), "badge", "dictionary.gto-badge"),
                new Refusal("achievement", 10L, with(gto(), "gtoStage", 19), "gtoStage", "gto-stage.range"),
                new Refusal("achievement", 10L, with(rank(), "badge", "gold"), "badge", "badge.kind"),
                new Refusal("achievement", 10L, with(rank(), "gtoStage", 3), "gtoStage", "gto-stage.kind"),
                new Refusal("achievement", 10L, with(rank(), "rank", null), "rank", "rank.kind"),
                new Refusal("achievement", 10L, with(rank(), "rank", "master"), "rank", "rank.kind"),
                new Refusal("achievement", 10L, with(rank(), "rank", "black-belt"), "rank", "dictionary.sports-rank"),
                new Refusal("achievement", 10L, with(rank(), "kind", "sports-title"), "rank", "rank.kind"),
                new Refusal("achievement", 10L, with(gto(), "rank", "adult-1"), "rank", "rank.kind"),
                new Refusal("achievement", 10L, with(qualification(), "grade", null), "grade", "grade.kind"),
                new Refusal("achievement", 10L, with(qualification(), "grade", 9), "grade", "grade.range"),
                new Refusal("achievement", 10L, with(rank(), "grade", 2), "grade", "grade.kind"),
                new Refusal("achievement", 10L, with(qualification(), "name", null), "name", "name.kind"),
                new Refusal("achievement", 10L, data("kind", "certificate", "awardedOn", "2026-05-20"), "name", "name.kind"),
                new Refusal("achievement", 10L, with(qualification(), "name", "Н".repeat(501)), "name", "name.length"),
                new Refusal("achievement", 10L, with(rank(), "sport", "С".repeat(201)), "sport", "sport.length"),
                new Refusal("achievement", 10L, with(gto(), "level", "district"), "level", "dictionary.event-level"),
                new Refusal("achievement", 10L, with(gto(), "awardedOn", null), "awardedOn", "required"),
                new Refusal("achievement", 10L, with(gto(), "awardedOn", "2026-11-24"), "awardedOn", "awarded-on.future"),
                new Refusal("achievement", 10L, with(rank(), "validUntil", "2026-04-01"), "validUntil",
                        "valid-until.awarded-on"),
                new Refusal("achievement", 10L, with(rank(), "validUntil", "01.04.2028"), "validUntil", "valid-until.format"),
                new Refusal("achievement", 10L, with(gto(), "issuer", "И".repeat(501)), "issuer", "issuer.length"),
                new Refusal("achievement", null, gto(), "organization", "required"));
    }

    @Override
    protected Refusals severalAtOnce() {
        return new Refusals("event", 10L, data("kind", "olympiad", "level", "all-russian", "stage", "school", "place", 2),
                List.of("name required", "stage stage.level", "startsOn required", "place place.result"));
    }

    @Override
    protected String unknownEntity() {
        return "medal";
    }

    @Override
    protected String callersScope() {
        return "authority:2";
    }

    @Override
    protected List<ExtensionEntry> entriesWrittenInTheCallersScope() {
        return List.of(entry(SOURCE, "event", "scope-1", 3000, 10L, olympiad()));
    }

    @Test
    void flagsAnEntryAboutAnOrganizationWhereThePersonIsNoLearnerOnTheDay() throws SQLException {
        Written duplicate = write("event", "l2-1", 3004, 10L, olympiad());
        assertEquals(List.of(PortfolioExtension.NO_MEMBERSHIP), rules(duplicate), "a second record, without a membership");
        assertEquals("organization 10", duplicate.notices().get(0).field() + " " + duplicate.notices().get(0).value());
        assertTrue(duplicate.notices().get(0).message().contains("on 2025-11-20"), duplicate.notices().get(0).message());
        assertNull(row("event", "l2-1").get("membership_id"), "kept without a membership");
        assertEquals(List.of(PortfolioExtension.NO_MEMBERSHIP), rules(write("event", "l2-2", 3002, 30L,
                with(contest(), "startsOn", "2025-08-31"))), "3002 came on 2025-09-01");
        assertEquals(List.of(PortfolioExtension.NO_MEMBERSHIP), rules(write("achievement", "l2-3", 3005, 10L,
                with(gto(), "awardedOn", "2026-06-01"))), "3005 graduated on 2026-06-01: no learner on that day");
        assertEquals(List.of(), rules(write("achievement", "l2-4", 3005, 10L, with(gto(), "awardedOn", "2026-05-31"))),
                "the day before, still a learner");
        assertEquals(7005L, row("achievement", "l2-4").get("membership_id"));
        assertEquals(List.of(PortfolioExtension.NO_MEMBERSHIP), rules(write("event", "l2-5", 3000, 40L, olympiad())),
                "a pupil of the school, never a student of the college");
    }
}
