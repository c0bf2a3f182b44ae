package org.kontingent.extension.vocational.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The organization section {@code vocational}: the specialties and professions a college teaches
 * on a day, each with its programme kind and its students by course — those whose learner
 * membership holds on the day, by the programme of the academic year the day falls in, on the
 * course of their latest transfer in that year up to the day. Read through the published report
 * views under the organization's scope; counts only.
 */
@Component(service = OrganizationSection.class)
public class VocationalSpecialties implements OrganizationSection {
    /** Courses counted one by one; a sixth course is rare but allowed by the programmes' check. */
    static final int COURSES = 6;
    private static final String QUERY = """
            WITH asked AS (SELECT ?::date AS day),
            taught AS (
                SELECT p.specialty_code, p.specialty_name, p.kind, p.kind_name,
                       coalesce((SELECT t.to_course FROM report.vocational_course_transfer t
                                  WHERE t.membership_id = p.membership_id AND t.transferred_on >= p.year_starts_on
                                    AND t.transferred_on <= asked.day
                                  ORDER BY t.transferred_on DESC, t.id DESC LIMIT 1), p.course) AS course
                  FROM asked
                  JOIN report.vocational_programme p ON p.year_starts_on <= asked.day
                   AND asked.day < p.year_starts_on + interval '1 year'
                  JOIN report.learner l ON l.membership_id = p.membership_id
                   AND l.starts_on <= asked.day AND (l.ends_on IS NULL OR asked.day < l.ends_on))
            SELECT specialty_code, specialty_name, kind, kind_name, count(*) AS learners,
                   array_agg(course) AS courses
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
        List<Map<String, Object>> specialties = OrganizationScope.read(dataSource, organizationId, "The vocational section",
                c -> specialties(c, asOf));
        return specialties.isEmpty() ? Optional.empty() : Optional.of(Map.of("specialties", specialties));
    }

    private static List<Map<String, Object>> specialties(Connection c, LocalDate asOf) throws SQLException {
        List<Map<String, Object>> specialties = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(QUERY)) {
            q.setObject(1, asOf);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int[] byCourse = new int[COURSES];
                    for (Object course : (Object[]) rs.getArray("courses").getArray()) {
                        byCourse[((Number) course).intValue() - 1]++;
                    }
                    Map<String, Object> specialty = new LinkedHashMap<>();
                    specialty.put("code", rs.getString("specialty_code"));
                    specialty.put("name", rs.getString("specialty_name"));
                    specialty.put("kind", rs.getString("kind"));
                    specialty.put("kindName", rs.getString("kind_name"));
                    specialty.put("learners", rs.getInt("learners"));
                    specialty.put("byCourse", Arrays.stream(byCourse).boxed().toList());
                    specialties.add(specialty);
                }
            }
        }
        return specialties;
    }
}
