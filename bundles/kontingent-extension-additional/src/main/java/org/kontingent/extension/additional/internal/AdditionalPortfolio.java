package org.kontingent.extension.additional.internal;

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
 * The portfolio section {@code additional}: a learner's additional general education programmes
 * (kind, orientation, length, distance technologies, the federal requirements followed, how they
 * ended), the subjects and courses with their status and mark, the documents issued and the
 * applications, as known on the day asked: a programme that ended after that day shows as in
 * progress. Each part is a list of rows, named by the dictionaries.
 */
@Component(service = PortfolioSection.class)
public class AdditionalPortfolio implements PortfolioSection {
    /** Each part: its name in the section, and the query of a person's rows known on a day (?, ? = person, day). */
    private static final SectionParts PARTS = new SectionParts(parts());

    private final DataSource dataSource;

    @Activate
    public AdditionalPortfolio(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + AdditionalExtension.PLUGIN + ")") MigratedSchema schema) {
        this(dataSource);
    }

    AdditionalPortfolio(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return AdditionalExtension.ID;
    }

    @Override
    public Optional<Map<String, Object>> section(long personId, LocalDate asOf) {
        return PARTS.read(dataSource, personId, asOf, "The additional education section");
    }

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        // a programme that ended after the day asked is shown as in progress on it
        parts.put("programmes", """
                WITH asked AS (SELECT ?::bigint AS person, ?::date AS day)
                SELECT p.organization_id AS "organizationId", p.membership_id AS "membershipId", p.name, p.kind,
                       k.name AS "kindName", p.orientation, o.name AS "orientationName", p.adapted,
                       p.distance_technologies AS "distanceTechnologies", p.federal_requirements AS "federalRequirements",
                       p.hours, p.years, p.study_form_code AS "studyForm", p.starts_on AS "startsOn",
                       CASE WHEN e.ended THEN p.ends_on END AS "endsOn",
                       CASE WHEN e.ended THEN p.status ELSE 'in-progress' END AS status,
                       s.name AS "statusName", CASE WHEN e.ended THEN p.mark END AS mark
                  FROM asked
                  JOIN additional.programme p ON p.person_id = asked.person AND p.starts_on <= asked.day
                 CROSS JOIN LATERAL (SELECT p.ends_on IS NOT NULL AND p.ends_on <= asked.day AS ended) e
                  LEFT JOIN additional.dictionary_entry k ON k.dictionary = 'programme-kind' AND k.code = p.kind
                  LEFT JOIN additional.dictionary_entry o ON o.dictionary = 'orientation' AND o.code = p.orientation
                  LEFT JOIN additional.dictionary_entry s ON s.dictionary = 'study-status'
                                                         AND s.code = CASE WHEN e.ended THEN p.status ELSE 'in-progress' END
                 ORDER BY p.starts_on DESC, p.id""");
        parts.put("courses", """
                SELECT c.academic_year AS "academicYear", c.organization_id AS "organizationId", c.course,
                       p.name AS programme, c.status, s.name AS "statusName", c.mark
                  FROM additional.course c
                  LEFT JOIN additional.programme p ON p.id = c.programme_id
                  LEFT JOIN additional.dictionary_entry s ON s.dictionary = 'study-status' AND s.code = c.status
                 WHERE c.person_id = ? AND make_date(substr(c.academic_year, 1, 4)::integer, 9, 1) <= ?
                 ORDER BY c.academic_year DESC, c.course, c.id""");
        parts.put("documents", """
                SELECT d.organization_id AS "organizationId", d.kind, k.name AS "kindName", d.name, d.series, d.number,
                       d.issued_on AS "issuedOn", p.name AS programme
                  FROM additional.document d
                  LEFT JOIN additional.programme p ON p.id = d.programme_id
                  LEFT JOIN additional.dictionary_entry k ON k.dictionary = 'document-kind' AND k.code = d.kind
                 WHERE d.person_id = ? AND d.issued_on <= ?
                 ORDER BY d.issued_on, d.id""");
        parts.put("applications", """
                SELECT a.organization_id AS "organizationId", a.programme, a.kind, a.orientation,
                       o.name AS "orientationName", a.applied_on AS "appliedOn", a.status, st.name AS "statusName"
                  FROM additional.application a
                  LEFT JOIN additional.dictionary_entry o ON o.dictionary = 'orientation' AND o.code = a.orientation
                  LEFT JOIN additional.dictionary_entry st ON st.dictionary = 'application-status' AND st.code = a.status
                 WHERE a.person_id = ? AND a.applied_on <= ?
                 ORDER BY a.applied_on, a.id""");
        return parts;
    }
}
