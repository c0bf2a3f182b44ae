package org.kontingent.extension.portfolio.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.kontingent.extension.support.SectionParts;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.extension.PortfolioSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The portfolio section {@value #SECTION}: a learner's participation in events (the latest
 * first: the event, its kind, subject, level and stage, the days, the result with place and
 * score, the team, the diploma, the organizer, the rank or title awarded) and their other
 * achievements (ГТО badges, sports ranks and titles, qualification ranks, certificates,
 * scholarships), as known on the day asked, each code named by the dictionaries. The web console
 * shows it in the learner's «Миграция» tab under «Достижения».
 */
@Component(service = PortfolioSection.class)
public class PortfolioAchievements implements PortfolioSection {
    /** The section's id: the one the console shows under «Достижения». */
    static final String SECTION = "achievements";

    private static final SectionParts PARTS = new SectionParts(parts());

    private final DataSource dataSource;

    @Activate
    public PortfolioAchievements(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PortfolioExtension.PLUGIN + ")") MigratedSchema schema) {
        this(dataSource);
    }

    PortfolioAchievements(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return SECTION;
    }

    @Override
    public Optional<Map<String, Object>> section(long personId, LocalDate asOf) {
        return PARTS.read(dataSource, personId, asOf, "The achievements section");
    }

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        // an event of several days shows from its first day; its last day only once it has come
        parts.put("events", """
                SELECT e.starts_on AS "startsOn", CASE WHEN e.ends_on <= asked.day THEN e.ends_on END AS "endsOn",
                       e.organization_id AS "organizationId", e.name, e.kind, k.name AS "kindName", e.subject, e.level,
                       l.name AS "levelName", e.stage, s.name AS "stageName", e.result, r.name AS "resultName", e.place,
                       e.score, e.participation, p.name AS "participationName", e.team_name AS "teamName",
                       e.document_number AS "documentNumber", e.organizer, e.awarded_title AS "awardedTitle"
                  FROM (SELECT ?::bigint AS person, ?::date AS day) asked
                  JOIN portfolio.event e ON e.person_id = asked.person AND e.starts_on <= asked.day
                  LEFT JOIN portfolio.dictionary_entry k ON k.dictionary = 'event-kind' AND k.code = e.kind
                  LEFT JOIN portfolio.dictionary_entry l ON l.dictionary = 'event-level' AND l.code = e.level
                  LEFT JOIN portfolio.dictionary_entry s ON s.dictionary = 'event-stage' AND s.code = e.stage
                  LEFT JOIN portfolio.dictionary_entry r ON r.dictionary = 'event-result' AND r.code = e.result
                  LEFT JOIN portfolio.dictionary_entry p ON p.dictionary = 'participation' AND p.code = e.participation
                 ORDER BY e.starts_on DESC, e.id DESC""");
        parts.put("achievements", """
                SELECT a.awarded_on AS "awardedOn", a.organization_id AS "organizationId", a.kind, k.name AS "kindName",
                       a.name, a.badge, b.name AS "badgeName", a.gto_stage AS "gtoStage", a.rank, r.name AS "rankName",
                       a.grade, a.sport, a.level, l.name AS "levelName", a.valid_until AS "validUntil", a.issuer,
                       a.document_number AS "documentNumber"
                  FROM portfolio.achievement a
                  LEFT JOIN portfolio.dictionary_entry k ON k.dictionary = 'achievement-kind' AND k.code = a.kind
                  LEFT JOIN portfolio.dictionary_entry b ON b.dictionary = 'gto-badge' AND b.code = a.badge
                  LEFT JOIN portfolio.dictionary_entry r ON r.dictionary = 'sports-rank' AND r.code = a.rank
                  LEFT JOIN portfolio.dictionary_entry l ON l.dictionary = 'event-level' AND l.code = a.level
                 WHERE a.person_id = ? AND a.awarded_on <= ?
                 ORDER BY a.awarded_on DESC, a.id DESC""");
        return parts;
    }
}
