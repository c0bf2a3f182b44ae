package org.kontingent.extension.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.DemoDataContract;

/**
 * The health part of a demo region (the generated region of {@code testing/demo-region.sql}: 1,000
 * pupils of two schools, 100 of them new this year and 100 also at an arts school, 200 preschoolers,
 * 300 students of a college of whom 180 are adults, 20 who left in June and 5 coming after the day),
 * made as the demo loader makes it: this year's and last year's conclusions, disability and special
 * needs in realistic shares; every row one the extension itself would take without a word, and the
 * same for the same seed.
 */
class DemoDataTest extends DemoDataContract {
    DemoDataTest() {
        super(new HealthExtension(), new HealthDemoData());
    }

    @Override
    protected List<String> tables() {
        return List.of("conclusion", "disability", "special_needs");
    }

    @Test
    void writesThisYearsAndLastYearsConclusionForEveryLearnerOfTheDay() throws SQLException {
        assertEquals(1500, count("SELECT count(*) FROM health.conclusion WHERE key LIKE '%-1'"),
                "this year's for the 1,000 pupils, 200 preschoolers and 300 students");
        assertEquals(1400, count("SELECT count(*) FROM health.conclusion WHERE key LIKE '%-0'"),
                "last year's for all but the 100 pupils who came this year");
        assertEquals(0, count("SELECT count(*) FROM health.conclusion c JOIN health.conclusion p ON p.membership_id = c.membership_id"
                + " AND p.key LIKE '%-0' WHERE c.key LIKE '%-1' AND c.membership_id % 10 = 0 AND c.organization_id IN (40, 44)"),
                "no conclusion of last year for a pupil who came this year");
        assertEquals(0, count("SELECT count(*) FROM (SELECT organization_id, person_id FROM health.conclusion UNION ALL"
                + " SELECT organization_id, person_id FROM health.disability UNION ALL"
                + " SELECT organization_id, person_id FROM health.special_needs) r"
                + " WHERE r.organization_id = 43 OR r.person_id > 400000"),
                "nothing for the arts school (its learners' health is their school's), the leavers and the newcomers");
        assertEquals(0, count("SELECT count(*) FROM health.conclusion WHERE key LIKE '%-1' AND NOT (valid_until = '2027-08-31'"
                + " AND concluded_on BETWEEN '2026-09-01' AND '2026-10-20' AND valid_from = concluded_on)"),
                "examined from 1 September to 20 October, holding to the end of the year");
        assertEquals(0, count("SELECT count(*) FROM health.conclusion WHERE key LIKE '%-0' AND NOT (valid_until = '2026-08-31'"
                + " AND concluded_on BETWEEN '2024-09-01' AND '2025-10-20')"), "last year's held to its end");
        assertEquals(0, count("SELECT count(*) FROM health.conclusion c JOIN registry.membership m ON m.id = c.membership_id"
                + " WHERE c.concluded_on < m.starts_on OR c.person_id <> m.person_id"), "examined there, as a learner there");
    }

    @Test
    void drawsTheHealthGroupsInTheSharesOfChildrensExaminations() throws SQLException {
        List<String> shares = database.column("SELECT health_group || ' ' || count(*) FROM health.conclusion"
                + " WHERE key LIKE '%-1' GROUP BY health_group ORDER BY health_group");
        assertEquals(5, shares.size(), shares.toString());
        long[] counts = shares.stream().mapToLong(s -> Long.parseLong(s.split(" ")[1])).toArray();
        assertTrue(counts[0] > 240 && counts[0] < 360, "I, about 20% of 1,500: " + shares);
        assertTrue(counts[1] > 720 && counts[1] < 930, "II, about 55%: " + shares);
        assertTrue(counts[2] > 240 && counts[2] < 370, "III, about 20.5%: " + shares);
        assertTrue(counts[3] + counts[4] > 30 && counts[3] + counts[4] < 110, "IV and V, about 4.5%: " + shares);
        assertTrue(count("SELECT count(*) FROM health.conclusion WHERE key LIKE '%-1' AND pe_group = 'basic'") > 800,
                "most learners do physical education in the basic group");
        assertEquals(5, count("SELECT count(DISTINCT pe_group) FROM health.conclusion"));
        assertTrue(count("SELECT count(*) FROM health.conclusion c JOIN health.conclusion p ON p.membership_id = c.membership_id"
                + " AND p.key LIKE '%-0' WHERE c.key LIKE '%-1' AND p.health_group < c.health_group") > 0,
                "some learners' health got worse since last year");
        assertEquals(0, count("SELECT count(*) FROM health.conclusion WHERE long_term_treatment AND health_group < 4"),
                "long-term treatment for groups IV and V only");
    }

    @Test
    void givesDisabilityToGroupVAndSomeOfGroupIVByAgeAndSpecialNeedsToAFewLearners() throws SQLException {
        long groupV = count("SELECT count(*) FROM health.conclusion WHERE key LIKE '%-1' AND health_group = 5");
        long groupIV = count("SELECT count(*) FROM health.conclusion WHERE key LIKE '%-1' AND health_group = 4");
        long disabled = count("SELECT count(*) FROM health.disability");
        assertEquals(groupV, count("SELECT count(*) FROM health.disability d JOIN health.conclusion c"
                + " ON c.membership_id = d.membership_id AND c.key LIKE '%-1' WHERE c.health_group = 5"), "every learner of group V");
        assertTrue(disabled >= groupV && disabled <= groupV + groupIV, disabled + " of " + groupV + " + " + groupIV);
        assertEquals(0, count("SELECT count(*) FROM health.disability d JOIN registry.person p ON p.id = d.person_id"
                + " WHERE (d.category = 'child-disabled') <> (age('2026-11-23', p.birth_date) < interval '18 years')"),
                "a disabled child under 18, a group for an adult");
        assertEquals(0, count("SELECT count(*) FROM health.disability WHERE category = 'child-disabled'"
                + " AND (reason IS NOT NULL OR valid_until IS NULL) OR category <> 'child-disabled'"
                + " AND (reason NOT IN ('childhood', 'general-disease') OR valid_until IS NOT NULL)"),
                "a child's until 18, an adult's indefinitely with its reason");
        long learners = 1500;
        long special = count("SELECT count(*) FROM health.special_needs");
        assertTrue(special > learners / 100 && special < learners / 10, "ОВЗ: " + special + " of 1,500");
        assertEquals(0, count("SELECT count(*) FROM health.special_needs WHERE programme_variant IS NOT NULL"
                + " AND organization_id NOT IN (40, 44)"), "a variant of the federal adapted programme for pupils only");
        assertTrue(count("SELECT count(*) FROM health.special_needs WHERE programme_variant ~ '^[1-8]\\.[12]$'"
                + " OR programme_variant LIKE 'ФАООП УО, вариант _'") > 0);
        assertEquals(0, count("SELECT count(*) FROM health.special_needs WHERE programme_variant IS NOT NULL"
                + " AND programme_variant !~ '^[1-8]\\.[12]$' AND programme_variant NOT LIKE 'ФАООП УО, вариант _'"));
        assertEquals(count("SELECT count(*) FROM health.conclusion") + disabled + special, rows);
    }

    @Test
    void keepsTheExtensionsOwnRules() throws SQLException {
        assertEveryRowIsAnEntryTheExtensionTakes(List.of("""
                SELECT key, person_id, organization_id, membership_id, health_group AS "healthGroup", pe_group AS "peGroup",
                       long_term_treatment AS "longTermTreatment", concluded_on AS "concludedOn", valid_from AS "validFrom",
                       valid_until AS "validUntil", issuer, 'conclusion' AS entity
                  FROM health.conclusion ORDER BY key""", """
                SELECT key, person_id, organization_id, membership_id, category, reason,
                       established_on AS "establishedOn", valid_until AS "validUntil", certificate, 'disability' AS entity
                  FROM health.disability ORDER BY key""", """
                SELECT key, person_id, organization_id, membership_id, category, adapted_programme AS "adaptedProgramme",
                       programme_variant AS "programmeVariant", commission, number, concluded_on AS "concludedOn",
                       valid_until AS "validUntil", 'special-needs' AS entity
                  FROM health.special_needs ORDER BY key"""));
    }

    @Test
    void analyzesTheTablesItWritesAndLeavesNoWorkingTable() throws SQLException {
        assertTheTablesAreAnalyzed();
        assertEquals(0, count("SELECT count(*) FROM pg_class WHERE relname = 'health_demo_learner'"));
    }
}
