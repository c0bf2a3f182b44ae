package org.kontingent.extension.vocational.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.kontingent.extension.support.OrganizationScope;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.extension.OrganizationSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The organization section {@code vocational}: the specialties and professions a college teaches
 * on a day, each with its programme kind and its students by course (1 to 6) — those whose learner
 * membership holds on the day, by the programme of the academic year the day falls in, on the
 * course of their latest transfer in that year up to the day. Read through the published report
 * views under the organization's scope; counts only.
 */
@Component(service = OrganizationSection.class)
public class VocationalSpecialties implements OrganizationSection {
    private static final String QUERY = """
            WITH asked AS (SELECT ?::bigint AS organization, ?::date AS day),
            taught AS (
                SELECT p.specialty_code, p.specialty_name, p.kind, p.kind_name,
                       coalesce((SELECT t.to_course FROM report.vocational_course_transfer t
                                  WHERE t.membership_id = p.membership_id AND t.transferred_on >= p.year_starts_on
                                    AND t.transferred_on <= asked.day
                                  ORDER BY t.transferred_on DESC, t.id DESC LIMIT 1), p.course) AS course
                  FROM asked
                  JOIN report.vocational_programme p ON p.organization_id = asked.organization
                   AND p.year_starts_on <= asked.day AND asked.day < p.year_starts_on + interval '1 year'
                  JOIN report.learner l ON l.membership_id = p.membership_id
                   AND l.starts_on <= asked.day AND (l.ends_on IS NULL OR asked.day < l.ends_on))
            SELECT specialty_code AS code, specialty_name AS name, kind, kind_name AS "kindName", count(*)::int AS learners,
                   ARRAY[count(*) FILTER (WHERE course = 1), count(*) FILTER (WHERE course = 2),
                         count(*) FILTER (WHERE course = 3), count(*) FILTER (WHERE course = 4),
                         count(*) FILTER (WHERE course = 5), count(*) FILTER (WHERE course = 6)]::int[] AS "byCourse"
              FROM taught
             GROUP BY specialty_code, specialty_name, kind, kind_name
             ORDER BY specialty_code, kind""";

    private final DataSource dataSource;

    @Activate
    public VocationalSpecialties(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + VocationalExtension.PLUGIN + ")") MigratedSchema schema) {
        this(dataSource);
    }

    VocationalSpecialties(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return VocationalExtension.ID;
    }

    @Override
    public Optional<Map<String, Object>> section(long organizationId, LocalDate asOf) {
        return OrganizationScope.section(dataSource, organizationId, asOf, "The vocational section", "specialties", QUERY);
    }
}
