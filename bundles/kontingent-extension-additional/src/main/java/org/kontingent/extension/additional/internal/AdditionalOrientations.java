package org.kontingent.extension.additional.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            SELECT p.orientation, p.orientation_name, count(DISTINCT p.name) AS programmes,
                   count(DISTINCT p.person_id) AS learners,
                   count(DISTINCT p.person_id) FILTER (WHERE p.kind = 'pre-professional') AS pre_professional
              FROM report.additional_programme p
              JOIN report.additional_dictionary d ON d.dictionary = 'orientation' AND d.code = p.orientation
             WHERE p.starts_on <= ? AND (p.ends_on IS NULL OR ? < p.ends_on)
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
        List<Map<String, Object>> orientations = OrganizationScope.read(dataSource, organizationId, "The additional section",
                c -> orientations(c, asOf));
        return orientations.isEmpty() ? Optional.empty() : Optional.of(Map.of("orientations", orientations));
    }

    private static List<Map<String, Object>> orientations(Connection c, LocalDate asOf) throws SQLException {
        List<Map<String, Object>> orientations = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(QUERY)) {
            q.setObject(1, asOf);
            q.setObject(2, asOf);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> orientation = new LinkedHashMap<>();
                    orientation.put("code", rs.getString("orientation"));
                    orientation.put("name", rs.getString("orientation_name"));
                    orientation.put("programmes", rs.getInt("programmes"));
                    orientation.put("learners", rs.getInt("learners"));
                    orientation.put("preProfessional", rs.getInt("pre_professional"));
                    orientations.add(orientation);
                }
            }
        }
        return orientations;
    }
}
