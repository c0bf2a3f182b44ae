package org.kontingent.extension.additional.internal;

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
 * The organization section {@code additional}: the orientations of the programmes an organization
 * teaches on a day — those that hold on it — each with its programmes (by name), its learners and
 * of them those on pre-professional programmes, in the orientations' order. Read through the
 * published report views under the organization's scope; counts only.
 */
@Component(service = OrganizationSection.class)
public class AdditionalOrientations implements OrganizationSection {
    private static final String QUERY = """
            WITH asked AS (SELECT ?::bigint AS organization, ?::date AS day)
            SELECT p.orientation AS code, p.orientation_name AS name, count(DISTINCT p.name)::int AS programmes,
                   count(DISTINCT p.person_id)::int AS learners,
                   (count(DISTINCT p.person_id) FILTER (WHERE p.kind = 'pre-professional'))::int AS "preProfessional"
              FROM asked
              JOIN report.additional_programme p ON p.organization_id = asked.organization
               AND p.starts_on <= asked.day AND (p.ends_on IS NULL OR asked.day < p.ends_on)
              JOIN report.additional_dictionary d ON d.dictionary = 'orientation' AND d.code = p.orientation
             GROUP BY p.orientation, p.orientation_name, d.sort_order
             ORDER BY d.sort_order""";

    private final DataSource dataSource;

    @Activate
    public AdditionalOrientations(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + AdditionalExtension.PLUGIN + ")") MigratedSchema schema) {
        this(dataSource);
    }

    AdditionalOrientations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return AdditionalExtension.ID;
    }

    @Override
    public Optional<Map<String, Object>> section(long organizationId, LocalDate asOf) {
        return OrganizationScope.section(dataSource, organizationId, asOf, "The additional section", "orientations", QUERY);
    }
}
