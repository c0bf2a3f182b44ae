package org.kontingent.extension.vocational.internal;

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
 * The portfolio section {@code vocational}: a student's programmes by academic year (specialty or
 * profession, course, form of study, distance-only learning), course transfers, annual marks,
 * diplomas and certificates, joint projects with employers, employment and applications, as known
 * on the day asked. Each part is a list of rows, named by the dictionaries.
 */
@Component(service = PortfolioSection.class)
public class VocationalPortfolio implements PortfolioSection {
    /** Each part: its name in the section, and the query of a person's rows known on a day (?, ? = person, day). */
    private static final SectionParts PARTS = new SectionParts(parts());

    private final DataSource dataSource;

    @Activate
    public VocationalPortfolio(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + VocationalExtension.PLUGIN + ")") MigratedSchema schema) {
        this(dataSource);
    }

    VocationalPortfolio(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return VocationalExtension.ID;
    }

    @Override
    public Optional<Map<String, Object>> section(long personId, LocalDate asOf) {
        return PARTS.read(dataSource, personId, asOf, "The vocational section");
    }

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("programmes", """
                SELECT p.academic_year AS "academicYear", p.organization_id AS "organizationId",
                       p.membership_id AS "membershipId", p.kind, k.name AS "kindName", p.specialty_code AS specialty,
                       s.name AS "specialtyName", p.course, p.course_length AS length, p.qualification, p.adapted,
                       p.study_form_code AS "studyForm", p.distance_only AS "distanceOnly",
                       p.special_equipment AS "specialEquipment", p.distance_technologies AS "distanceTechnologies"
                  FROM vocational.programme p
                  JOIN vocational.dictionary_entry k ON k.dictionary = 'programme-kind' AND k.code = p.kind
                  LEFT JOIN vocational.dictionary_entry s ON s.dictionary = 'specialty' AND s.code = p.specialty_code
                 WHERE p.person_id = ? AND make_date(substr(p.academic_year, 1, 4)::integer, 9, 1) <= ?
                 ORDER BY p.academic_year DESC, p.id""");
        parts.put("courseTransfers", """
                SELECT t.organization_id AS "organizationId", t.from_course AS "fromCourse", t.to_course AS "toCourse",
                       t.transferred_on AS "transferredOn", t.order_number AS "orderNumber", t.order_date AS "orderDate"
                  FROM vocational.course_transfer t
                 WHERE t.person_id = ? AND t.transferred_on <= ?
                 ORDER BY t.transferred_on, t.id""");
        parts.put("marks", """
                SELECT m.academic_year AS "academicYear", m.organization_id AS "organizationId", m.course, m.discipline,
                       m.mark
                  FROM vocational.mark m
                 WHERE m.person_id = ? AND make_date(substr(m.academic_year, 1, 4)::integer, 9, 1) <= ?
                 ORDER BY m.academic_year DESC, m.discipline, m.id""");
        parts.put("diplomas", """
                SELECT d.organization_id AS "organizationId", d.kind, k.name AS "kindName", d.series, d.number,
                       d.issued_on AS "issuedOn", d.with_honours AS "withHonours", d.qualification,
                       d.specialty_code AS specialty, s.name AS "specialtyName"
                  FROM vocational.diploma d
                  JOIN vocational.dictionary_entry k ON k.dictionary = 'diploma-kind' AND k.code = d.kind
                  LEFT JOIN vocational.dictionary_entry s ON s.dictionary = 'specialty' AND s.code = d.specialty_code
                 WHERE d.person_id = ? AND d.issued_on <= ?
                 ORDER BY d.issued_on, d.id""");
        parts.put("employerProjects", """
                SELECT e.academic_year AS "academicYear", e.organization_id AS "organizationId", e.project, e.employer,
                       e.involvement, i.name AS "involvementName", e.result
                  FROM vocational.employer_project e
                  JOIN vocational.dictionary_entry i ON i.dictionary = 'involvement' AND i.code = e.involvement
                 WHERE e.person_id = ? AND make_date(substr(e.academic_year, 1, 4)::integer, 9, 1) <= ?
                 ORDER BY e.academic_year, e.id""");
        parts.put("employment", """
                SELECT e.organization_id AS "organizationId", e.individual_plan AS "individualPlan",
                       e.contract_enterprise AS "contractEnterprise", e.contract_ownership_code AS "contractOwnership",
                       e.actual_employer AS "actualEmployer", e.quota_workplace AS "quotaWorkplace",
                       e.employed_on AS "employedOn"
                  FROM vocational.employment e
                 WHERE e.person_id = ? AND (e.employed_on IS NULL OR e.employed_on <= ?)
                 ORDER BY e.employed_on NULLS FIRST, e.id""");
        parts.put("applications", """
                SELECT a.organization_id AS "organizationId", a.specialty_code AS specialty, s.name AS "specialtyName",
                       a.course, a.study_form_code AS "studyForm", a.applied_on AS "appliedOn",
                       a.academic_year AS "academicYear", a.status, st.name AS "statusName"
                  FROM vocational.application a
                  LEFT JOIN vocational.dictionary_entry s ON s.dictionary = 'specialty' AND s.code = a.specialty_code
                  JOIN vocational.dictionary_entry st ON st.dictionary = 'application-status' AND st.code = a.status
                 WHERE a.person_id = ? AND a.applied_on <= ?
                 ORDER BY a.applied_on, a.id""");
        return parts;
    }
}
