package org.kontingent.extension.preschool.internal;

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
 * The portfolio section {@code preschool}: a child's enrollments in kindergartens (orders,
 * programme, stay mode, group type, age group, leaving) and admission applications, as known on
 * the day asked, with the names of their codes.
 */
@Component(service = PortfolioSection.class)
public class PreschoolPortfolio implements PortfolioSection {
    /** Each part: its name in the section, and the query of a person's rows known on a day (?, ? = person, day). */
    private static final SectionParts PARTS = new SectionParts(parts());

    private final DataSource dataSource;

    @Activate
    public PreschoolPortfolio(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PreschoolExtension.PLUGIN + ")") MigratedSchema schema) {
        this(dataSource);
    }

    PreschoolPortfolio(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return PreschoolExtension.ID;
    }

    @Override
    public Optional<Map<String, Object>> section(long personId, LocalDate asOf) {
        return PARTS.read(dataSource, personId, asOf, "The preschool section");
    }

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("enrollments", """
                SELECT e.membership_id AS "membershipId", e.organization_id AS "organizationId",
                       e.enrolled_on AS "enrolledOn", e.order_number AS "orderNumber", e.order_date AS "orderDate",
                       e.study_form_code AS "studyForm", e.programme, p.name AS "programmeName", e.adapted,
                       e.group_specifics AS "groupSpecifics", e.stay_mode AS "stayMode", s.name AS "stayModeName",
                       e.group_type AS "groupType", t.name AS "groupTypeName", e.age_group AS "ageGroup",
                       a.name AS "ageGroupName", e.leaving_ground AS "leavingGround",
                       e.leaving_order_number AS "leavingOrderNumber", e.leaving_order_date AS "leavingOrderDate"
                  FROM preschool.enrollment e
                  JOIN preschool.dictionary_entry p ON p.dictionary = 'programme' AND p.code = e.programme
                  JOIN preschool.dictionary_entry s ON s.dictionary = 'stay-mode' AND s.code = e.stay_mode
                  JOIN preschool.dictionary_entry t ON t.dictionary = 'group-type' AND t.code = e.group_type
                  JOIN preschool.dictionary_entry a ON a.dictionary = 'age-group' AND a.code = e.age_group
                 WHERE e.person_id = ? AND e.enrolled_on <= ?
                 ORDER BY e.enrolled_on, e.id""");
        parts.put("applications", """
                SELECT a.organization_id AS "organizationId", a.alternatives, a.birth_date AS "birthDate",
                       a.registered_on AS "registeredOn", a.wanted_date AS "wantedDate",
                       a.preferential_category AS "preferentialCategory", c.name AS "preferentialCategoryName",
                       a.status, s.name AS "statusName", a.status_date AS "statusDate"
                  FROM preschool.application a
                  JOIN preschool.dictionary_entry s ON s.dictionary = 'application-status' AND s.code = a.status
                  LEFT JOIN preschool.dictionary_entry c ON c.dictionary = 'preferential-category'
                                                       AND c.code = a.preferential_category
                 WHERE a.person_id = ? AND a.registered_on <= ?
                 ORDER BY a.registered_on, a.id""");
        return parts;
    }
}
