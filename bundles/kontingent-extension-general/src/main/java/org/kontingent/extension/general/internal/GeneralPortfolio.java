package org.kontingent.extension.general.internal;

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

import org.kontingent.extension.support.EntryFields;
import org.kontingent.extension.support.SectionParts;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.extension.PortfolioSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The portfolio section {@code general}: a person's marks by academic year and subject (current
 * marks by day, marks by period, the year's and the final mark), ГИА exams, certificates,
 * programmes and applications, as known on the day asked.
 */
@Component(service = PortfolioSection.class)
public class GeneralPortfolio implements PortfolioSection {
    private static final SectionParts PARTS = new SectionParts(parts());

    private final DataSource dataSource;

    @Activate
    public GeneralPortfolio(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + GeneralExtension.PLUGIN + ")") MigratedSchema schema) {
        this(dataSource);
    }

    GeneralPortfolio(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return GeneralExtension.ID;
    }

    @Override
    public Optional<Map<String, Object>> section(long personId, LocalDate asOf) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Object> section = new LinkedHashMap<>();
            List<Map<String, Object>> years = marks(c, personId, asOf);
            if (!years.isEmpty()) {
                section.put("years", years);
            }
            section.putAll(PARTS.read(c, personId, asOf));
            return section.isEmpty() ? Optional.empty() : Optional.of(section);
        } catch (SQLException e) {
            throw new IllegalStateException("The general education section of person " + personId + " could not be read: "
                    + e.getMessage(), e);
        }
    }

    /** The parts after the marks: each its name in the section, and the query of a person's rows known on a day. */
    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("exams", """
                SELECT e.kind, k.name AS "kindName", e.academic_year AS "academicYear", e.subject,
                       e.subject_code AS "subjectCode", e.exam_date AS "examDate", e.score, e.mark_value AS mark,
                       e.passed, e.organization_id AS "organizationId"
                  FROM general.exam e
                  JOIN general.dictionary_entry k ON k.dictionary = 'exam-kind' AND k.code = e.kind
                 WHERE e.person_id = ? AND e.exam_date <= ?
                 ORDER BY e.exam_date, k.sort_order, e.subject""");
        parts.put("certificates", """
                SELECT c.kind, k.name AS "kindName", c.series, c.number, c.issued_on AS "issuedOn",
                       c.with_honours AS "withHonours", c.organization_id AS "organizationId"
                  FROM general.certificate c
                  JOIN general.dictionary_entry k ON k.dictionary = 'certificate-kind' AND k.code = c.kind
                 WHERE c.person_id = ? AND c.issued_on <= ?
                 ORDER BY c.issued_on, c.id""");
        parts.put("programmes", """
                SELECT p.membership_id AS "membershipId", p.organization_id AS "organizationId", p.level,
                       l.name AS "levelName", p.adapted, p.study_form_code AS "studyForm", p.shift,
                       p.starts_on AS "startsOn"
                  FROM general.programme p
                  JOIN general.dictionary_entry l ON l.dictionary = 'programme-level' AND l.code = p.level
                 WHERE p.person_id = ? AND (p.starts_on IS NULL OR p.starts_on <= ?)
                 ORDER BY p.starts_on NULLS FIRST, p.id""");
        parts.put("applications", """
                SELECT a.organization_id AS "organizationId", a.grade, a.academic_year AS "academicYear",
                       a.registered_on AS "registeredOn", a.status, s.name AS "statusName"
                  FROM general.application a
                  JOIN general.dictionary_entry s ON s.dictionary = 'application-status' AND s.code = a.status
                 WHERE a.person_id = ? AND a.registered_on <= ?
                 ORDER BY a.registered_on, a.id""");
        return parts;
    }

    /**
     * The marks by academic year (newest first) and subject: {@code current} as a list of days and
     * marks, {@code periods} as period → mark, and {@code year} and {@code final} on their own.
     */
    private static List<Map<String, Object>> marks(Connection c, long personId, LocalDate asOf) throws SQLException {
        Map<String, Map<String, Map<String, Object>>> years = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("""
                SELECT m.academic_year, m.subject, m.subject_code, m.organization_id, m.period, p.name, m.marked_on, m.mark
                  FROM general.mark m
                  JOIN general.dictionary_entry p ON p.dictionary = 'mark-period' AND p.code = m.period
                 WHERE m.person_id = ? AND m.academic_year <= ?
                 ORDER BY m.academic_year DESC, m.subject, m.organization_id, p.sort_order, m.marked_on, m.id""")) {
            q.setLong(1, personId);
            q.setString(2, EntryFields.yearOf(asOf));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String year = rs.getString(1);
                    String subject = rs.getString(2);
                    String subjectCode = rs.getString(3);
                    long organizationId = rs.getLong(4);
                    Map<String, Object> entry = years.computeIfAbsent(year, y -> new LinkedHashMap<>())
                            .computeIfAbsent(subject + "\u0000" + organizationId, s -> {
                                Map<String, Object> e = new LinkedHashMap<>();
                                e.put("subject", subject);
                                if (subjectCode != null) {
                                    e.put("subjectCode", subjectCode);
                                }
                                e.put("organizationId", organizationId);
                                return e;
                            });
                    String period = rs.getString(5);
                    String mark = rs.getString(8);
                    switch (period) {
                        case GeneralDictionaries.CURRENT -> {
                            LocalDate day = rs.getObject(7, LocalDate.class);
                            if (!day.isAfter(asOf)) {
                                @SuppressWarnings("unchecked")
                                List<Map<String, Object>> current = (List<Map<String, Object>>) entry.computeIfAbsent("current",
                                        k -> new ArrayList<Map<String, Object>>());
                                current.add(Map.of("markedOn", day, "mark", mark));
                            }
                        }
                        case "year" -> entry.put("year", mark);
                        case "final" -> entry.put("final", mark);
                        default -> {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> periods = (Map<String, Object>) entry.computeIfAbsent("periods",
                                    k -> new LinkedHashMap<String, Object>());
                            periods.put(period, Map.of("name", rs.getString(6), "mark", mark));
                        }
                    }
                }
            }
        }
        List<Map<String, Object>> list = new ArrayList<>();
        years.forEach((year, subjects) -> {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("academicYear", year);
            y.put("subjects", new ArrayList<>(subjects.values()));
            list.add(y);
        });
        return list;
    }
}
