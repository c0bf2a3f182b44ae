package org.kontingent.extension.health.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.kontingent.extension.support.SectionParts;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.registry.api.extension.PortfolioSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The portfolio section {@code health}, shown only to roles with {@link Permission#READ_HEALTH}
 * (the registry leaves it out for others, and each read of it is journaled): what holds on the day
 * asked — the health group, the medical group for physical education, long-term treatment, the
 * disability, the special educational needs and the adapted programme — then every conclusion,
 * disability and special needs known on that day, the latest first, each marked whether it holds
 * on it ({@code inForce}).
 */
@Component(service = PortfolioSection.class)
public class HealthPortfolio implements PortfolioSection {
    /** Each part: its name in the section, and the query of a person's rows known on a day (?, ? = person, day). */
    private static final SectionParts PARTS = new SectionParts(parts());

    private final DataSource dataSource;

    @Activate
    public HealthPortfolio(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + HealthExtension.PLUGIN + ")") MigratedSchema schema) {
        this(dataSource);
    }

    HealthPortfolio(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return HealthExtension.ID;
    }

    @Override
    public Optional<Permission> requires() {
        return Optional.of(Permission.READ_HEALTH);
    }

    @Override
    public Optional<Map<String, Object>> section(long personId, LocalDate asOf) {
        return PARTS.read(dataSource, personId, asOf, "The health section").map(HealthPortfolio::withWhatHolds);
    }

    /**
     * The section with what holds on the day first, as plain values: from the first conclusion, the
     * first disability and the first special needs in force (each part is ordered latest first).
     */
    private static Map<String, Object> withWhatHolds(Map<String, Object> parts) {
        Map<String, Object> section = new LinkedHashMap<>();
        inForce(parts, "conclusions").ifPresent(c -> {
            copy(c, "healthGroup", section, "healthGroup");
            copy(c, "healthGroupName", section, "healthGroupName");
            copy(c, "peGroup", section, "peGroup");
            copy(c, "peGroupName", section, "peGroupName");
            copy(c, "longTermTreatment", section, "longTermTreatment");
        });
        inForce(parts, "disabilities").ifPresent(d -> {
            copy(d, "category", section, "disabilityCategory");
            copy(d, "categoryName", section, "disabilityCategoryName");
        });
        inForce(parts, "specialNeeds").ifPresent(s -> {
            copy(s, "category", section, "specialNeedsCategory");
            copy(s, "categoryName", section, "specialNeedsCategoryName");
            copy(s, "adaptedProgramme", section, "adaptedProgramme");
        });
        section.putAll(parts);
        return section;
    }

    private static Optional<Map<?, ?>> inForce(Map<String, Object> parts, String part) {
        if (!(parts.get(part) instanceof List<?> rows)) {
            return Optional.empty();
        }
        return rows.stream().<Map<?, ?>>map(row -> (Map<?, ?>) row).filter(row -> Boolean.TRUE.equals(row.get("inForce")))
                .findFirst();
    }

    private static void copy(Map<?, ?> row, String column, Map<String, Object> section, String key) {
        Object value = row.get(column);
        if (value != null) {
            section.put(key, value);
        }
    }

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("conclusions", """
                WITH asked AS (SELECT ?::bigint AS person, ?::date AS day)
                SELECT c.organization_id AS "organizationId", c.membership_id AS "membershipId",
                       c.health_group AS "healthGroup", g.name AS "healthGroupName", c.pe_group AS "peGroup",
                       p.name AS "peGroupName", c.long_term_treatment AS "longTermTreatment",
                       c.concluded_on AS "concludedOn", c.valid_from AS "validFrom", c.valid_until AS "validUntil",
                       c.issuer, c.valid_from <= asked.day AND (c.valid_until IS NULL OR asked.day <= c.valid_until) AS "inForce"
                  FROM asked
                  JOIN health.conclusion c ON c.person_id = asked.person AND c.concluded_on <= asked.day
                  LEFT JOIN health.dictionary_entry g ON g.dictionary = 'health-group' AND g.code = c.health_group::text
                  LEFT JOIN health.dictionary_entry p ON p.dictionary = 'pe-group' AND p.code = c.pe_group
                 ORDER BY c.valid_from DESC, c.concluded_on DESC, c.id DESC""");
        parts.put("disabilities", """
                WITH asked AS (SELECT ?::bigint AS person, ?::date AS day)
                SELECT d.organization_id AS "organizationId", d.membership_id AS "membershipId", d.category,
                       c.name AS "categoryName", d.reason, r.name AS "reasonName", d.established_on AS "establishedOn",
                       d.valid_until AS "validUntil", d.certificate,
                       d.valid_until IS NULL OR asked.day <= d.valid_until AS "inForce"
                  FROM asked
                  JOIN health.disability d ON d.person_id = asked.person AND d.established_on <= asked.day
                  LEFT JOIN health.dictionary_entry c ON c.dictionary = 'disability-category' AND c.code = d.category
                  LEFT JOIN health.dictionary_entry r ON r.dictionary = 'disability-reason' AND r.code = d.reason
                 ORDER BY d.established_on DESC, d.id DESC""");
        parts.put("specialNeeds", """
                WITH asked AS (SELECT ?::bigint AS person, ?::date AS day)
                SELECT s.organization_id AS "organizationId", s.membership_id AS "membershipId", s.category,
                       c.name AS "categoryName", s.adapted_programme AS "adaptedProgramme",
                       s.programme_variant AS "programmeVariant", s.commission, s.number, s.concluded_on AS "concludedOn",
                       s.valid_until AS "validUntil", s.valid_until IS NULL OR asked.day <= s.valid_until AS "inForce"
                  FROM asked
                  JOIN health.special_needs s ON s.person_id = asked.person AND s.concluded_on <= asked.day
                  LEFT JOIN health.dictionary_entry c ON c.dictionary = 'special-needs-category' AND c.code = s.category
                 ORDER BY s.concluded_on DESC, s.id DESC""");
        return parts;
    }
}
