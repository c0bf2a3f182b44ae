package org.kontingent.extension.portfolio.internal;

import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.ACHIEVEMENT_KIND;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.EVENT_KIND;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.EVENT_LEVEL;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.EVENT_RESULT;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.EVENT_STAGE;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.GTO;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.GTO_BADGE;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.INDIVIDUAL;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.PARTICIPANT;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.PARTICIPATION;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.QUALIFICATION;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.RANK;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.SPORTS_RANK;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.TEAM;
import static org.kontingent.extension.portfolio.internal.PortfolioDictionaries.TITLE;
import static org.kontingent.extension.portfolio.internal.PortfolioExtension.UPSERT;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The portfolio's entries: a learner's participation in an event, and another achievement. Each
 * is refused with every broken rule at once, naming the record and the field, and written attached
 * to the person's learner membership in the reporting organization on its day.
 */
final class PortfolioEntries {
    static final Set<String> EVENT_FIELDS = Set.of("name", "kind", "subject", "level", "stage", "startsOn", "endsOn",
            "result", "place", "score", "participation", "teamName", "documentNumber", "organizer", "awardedTitle");
    static final Set<String> ACHIEVEMENT_FIELDS = Set.of("kind", "name", "badge", "gtoStage", "rank", "grade", "sport",
            "level", "awardedOn", "validUntil", "issuer", "documentNumber");

    private PortfolioEntries() {
    }

    static Written event(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = PortfolioDictionaries.fields(entry.data(), EVENT_FIELDS, entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String name = fields.text("name", true, 500);
        String kind = fields.code("kind", true, EVENT_KIND);
        String subject = fields.text("subject", false, 200);
        String level = fields.code("level", true, EVENT_LEVEL);
        String stage = fields.code("stage", false, EVENT_STAGE);
        if (stage != null && level != null && PortfolioDictionaries.STAGES_OF_A_LEVEL.contains(stage) && !stage.equals(level)) {
            fields.add(new Violation("stage", stage, "stage.level", "The " + stage + " stage of an olympiad is an event of the "
                    + stage + " level, not of the level " + level));
        }
        LocalDate startsOn = fields.date("startsOn", true, true);
        LocalDate endsOn = fields.date("endsOn", false, true);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            fields.add(new Violation("endsOn", endsOn.toString(), "ends-on.starts-on", "An event ends on its first day, "
                    + startsOn + ", or after it, not on " + endsOn));
        }
        String result = fields.code("result", false, EVENT_RESULT);
        Integer place = fields.integer("place", false, 1, 100_000);
        if (place != null && place <= 3 && (result == null ? !fields.sent("result") : result.equals(PARTICIPANT))) {
            fields.add(new Violation("place", place.toString(), "place.result", "A learner placed " + place
                    + " is a winner or a prize-winner: give the result"));
        }
        BigDecimal score = fields.decimal("score", false, 0, 10_000);
        String participation = fields.code("participation", false, PARTICIPATION);
        String teamName = fields.text("teamName", false, 200);
        if (teamName != null && !TEAM.equals(participation)) {
            fields.add(new Violation("teamName", teamName, "team-name.participation", "A team is named for a team's"
                    + " participation (participation team) only"));
        }
        String documentNumber = fields.text("documentNumber", false, 50);
        String organizer = fields.text("organizer", false, 500);
        String awardedTitle = fields.text("awardedTitle", false, 300);
        fields.check(record);

        Long membership = PortfolioExtension.membership(connection, entry.personId(), organization, startsOn);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership);
        columns.put("name", name);
        columns.put("kind", kind);
        columns.put("subject", subject);
        columns.put("level", level);
        columns.put("stage", stage);
        columns.put("starts_on", startsOn);
        columns.put("ends_on", endsOn);
        columns.put("result", result == null ? PARTICIPANT : result);
        columns.put("place", place);
        columns.put("score", score);
        columns.put("participation", participation == null ? INDIVIDUAL : participation);
        columns.put("team_name", teamName);
        columns.put("document_number", documentNumber);
        columns.put("organizer", organizer);
        columns.put("awarded_title", awardedTitle);
        return UPSERT.write(connection, "event", entry.sourceId(), entry.key(), columns,
                PortfolioExtension.notices(entry, membership, startsOn));
    }

    static Written achievement(Connection connection, ExtensionEntry entry, String record) throws SQLException {
        EntryFields fields = PortfolioDictionaries.fields(entry.data(), ACHIEVEMENT_FIELDS, entry.today());
        Long organization = EntityExtension.organization(fields, entry);
        String kind = fields.code("kind", true, ACHIEVEMENT_KIND);
        String name = fields.text("name", false, 500);
        if (kind != null && name == null && !fields.sent("name") && !PortfolioDictionaries.NAMED_BY_FIELDS.contains(kind)) {
            fields.add(new Violation("name", null, "name.kind", "An achievement of the kind " + kind + " is named: what"
                    + " it is, as the document names it"));
        }
        String badge = fields.code("badge", false, GTO_BADGE);
        Integer gtoStage = fields.integer("gtoStage", false, 1, 18);
        String rank = fields.code("rank", false, SPORTS_RANK);
        Integer grade = fields.integer("grade", false, 1, 8);
        if (kind != null) {
            ownField(fields, entry.data(), kind, GTO, "badge", "badge.kind", "A ГТО badge is gold, silver or bronze");
            ownField(fields, entry.data(), kind, QUALIFICATION, "grade", "grade.kind", "A qualification rank has its grade, 1 to 8");
            if (fields.sent("gtoStage") && !kind.equals(GTO)) {
                fields.add(new Violation("gtoStage", EntryFields.shown(entry.data().get("gtoStage")), "gto-stage.kind",
                        "A ГТО stage is given with a ГТО badge only, not with an achievement of the kind " + kind));
            }
            rank(fields, kind, rank);
        }
        String sport = fields.text("sport", false, 200);
        String level = fields.code("level", false, EVENT_LEVEL);
        LocalDate awardedOn = fields.date("awardedOn", true, true);
        LocalDate validUntil = fields.date("validUntil", false, false);
        if (awardedOn != null && validUntil != null && !validUntil.isAfter(awardedOn)) {
            fields.add(new Violation("validUntil", validUntil.toString(), "valid-until.awarded-on", "An achievement is"
                    + " valid until a day after it was awarded, " + awardedOn + ", not " + validUntil));
        }
        String issuer = fields.text("issuer", false, 500);
        String documentNumber = fields.text("documentNumber", false, 50);
        fields.check(record);

        Long membership = PortfolioExtension.membership(connection, entry.personId(), organization, awardedOn);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("person_id", entry.personId());
        columns.put("organization_id", organization);
        columns.put("membership_id", membership);
        columns.put("kind", kind);
        columns.put("name", name);
        columns.put("badge", badge);
        columns.put("gto_stage", gtoStage == null ? null : gtoStage.shortValue());
        columns.put("rank", rank);
        columns.put("grade", grade == null ? null : grade.shortValue());
        columns.put("sport", sport);
        columns.put("level", level);
        columns.put("awarded_on", awardedOn);
        columns.put("valid_until", validUntil);
        columns.put("issuer", issuer);
        columns.put("document_number", documentNumber);
        return UPSERT.write(connection, "achievement", entry.sourceId(), entry.key(), columns,
                PortfolioExtension.notices(entry, membership, awardedOn));
    }

    /**
     * A field that belongs to one kind of achievement: required for it (when not sent at all), and
     * refused with any other kind (rule {@code <field>.kind}).
     */
    private static void ownField(EntryFields fields, Map<String, Object> data, String kind, String owner, String field, String rule, String what) {
        if (kind.equals(owner) && !fields.sent(field)) {
            fields.add(new Violation(field, null, rule, what + ": give the " + field));
        } else if (!kind.equals(owner) && fields.sent(field)) {
            fields.add(new Violation(field, EntryFields.shown(data.get(field)), rule, "The " + field + " is given for an"
                    + " achievement of the kind " + owner + " only, not " + kind));
        }
    }

    /** A sports rank needs one of the ranks, a sports title one of the titles; no other kind has either (rule rank.kind). */
    private static void rank(EntryFields fields, String kind, String rank) {
        boolean ranked = kind.equals(RANK) || kind.equals(TITLE);
        if (ranked && !fields.sent("rank")) {
            fields.add(new Violation("rank", null, "rank.kind", "A " + kind + " names the rank or title awarded: give the rank"));
        } else if (!ranked && fields.sent("rank")) {
            fields.add(new Violation("rank", rank, "rank.kind", "A rank is given for a sports rank or title only, not for an"
                    + " achievement of the kind " + kind));
        } else if (rank != null && ranked && PortfolioDictionaries.RANKS.contains(rank) != kind.equals(RANK)) {
            fields.add(new Violation("rank", rank, "rank.kind", kind.equals(RANK) ? "A sports rank is one of "
                    + String.join(", ", PortfolioDictionaries.RANKS) + "; " + rank + " is a title (sports-title)"
                    : "A sports title is a title; " + rank + " is a rank (sports-rank)"));
        }
    }
}
