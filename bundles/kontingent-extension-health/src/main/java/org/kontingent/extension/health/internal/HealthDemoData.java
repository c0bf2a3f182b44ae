package org.kontingent.extension.health.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.kontingent.extension.support.DemoSteps;
import org.kontingent.extension.support.DemoSteps.Step;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.extension.DemoData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The health part of a demo region, set-based over the published view {@code report.learner}
 * (scope region), for every learner membership of a preschool, general or vocational
 * organization that holds on the day (the learners of additional education are schoolchildren
 * whose health their school keeps): the medical conclusion of this academic year's examination
 * (from 1 September to 20 October, once the day has come) and, for those who were learners there
 * before, last year's; the health groups in the proportions of the children's preventive
 * examinations (I 20%, II 55%, III 20.5%, IV 2.5%, V 2%) with medical groups for physical education
 * that fit them; disability for every learner of group V and three in ten of group IV (about 2.75%,
 * the share of disabled children among the region's children); special educational needs (ОВЗ) for
 * half of those and for 4.5% of the other pupils, 3% of the preschoolers and 2% of the students, most
 * with an adapted programme. Every choice is drawn from {@code hashint8extended(id, seed)}: the same
 * region and seed give the same rows. The rows have the source 0 (no registry source) and keys
 * {@code demo-<entity>-<membership>[-<slot>]}.
 */
@Component(service = DemoData.class)
public class HealthDemoData implements DemoData {
    /** A non-negative hash of an id and a seed. */
    private static final String HASH = "(hashint8extended(%s, %s) & 9223372036854775807)";

    /** The medical group for physical education of a learner of health group {@code $GROUP}, drawn from {@code $R} (0–99). */
    private static final String PE_GROUP = """
            CASE $GROUP WHEN 1 THEN 'basic'
                        WHEN 2 THEN CASE WHEN $R < 75 THEN 'basic' ELSE 'preparatory' END
                        WHEN 3 THEN CASE WHEN $R < 20 THEN 'basic' WHEN $R < 70 THEN 'preparatory'
                                         WHEN $R < 95 THEN 'special-a' ELSE 'exempt' END
                        WHEN 4 THEN CASE WHEN $R < 60 THEN 'special-a' WHEN $R < 90 THEN 'special-b' ELSE 'exempt' END
                        ELSE CASE WHEN $R < 60 THEN 'special-b' ELSE 'exempt' END END""";

    /**
     * The learners the part is made for, with every choice drawn, in a temporary table the three
     * statements after it read (dropped at the end): the current academic
     * year's first day, the learner's age on the day, this year's and last year's health group,
     * medical group for physical education, long-term treatment and day of examination, and
     * whether they are disabled and have special educational needs.
     */
    private static final String LEARNERS = """
            CREATE TEMPORARY TABLE health_demo_learner AS
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today),
            drawn AS (
                SELECT l.membership_id, l.person_id, l.organization_id, l.starts_on, l.birth_date, l.level,
                       make_date(date_part('year', params.today - interval '8 months')::integer, 9, 1) AS year_start,
                       date_part('year', age(params.today, l.birth_date))::integer AS age,
                       $H1 AS h1, $H2 AS h2, $H3 AS h3
                  FROM report.learner l
                 CROSS JOIN params
                 WHERE l.level IN ('preschool', 'general', 'vocational')
                   AND l.starts_on <= params.today AND (l.ends_on IS NULL OR params.today < l.ends_on)
            ), grouped AS (
                SELECT d.*, CASE WHEN d.h1 % 1000 < 200 THEN 1 WHEN d.h1 % 1000 < 750 THEN 2 WHEN d.h1 % 1000 < 955 THEN 3
                                 WHEN d.h1 % 1000 < 980 THEN 4 ELSE 5 END AS grp
                  FROM drawn d
            ), previous AS (
                SELECT g.*, CASE WHEN g.h1 / 1000000000 % 10 = 0 AND g.grp IN (2, 3) THEN g.grp - 1 ELSE g.grp END AS last_grp,
                       g.grp = 5 OR g.grp = 4 AND g.h2 % 100 < 30 AS disabled
                  FROM grouped g
            )
            SELECT p.membership_id, p.person_id, p.organization_id, p.starts_on, p.birth_date, p.level, p.year_start, p.age,
                   p.grp, $PE AS pe,
                   p.grp = 5 AND p.h1 / 100000 % 100 < 15 OR p.grp = 4 AND p.h1 / 100000 % 100 < 5 AS treatment,
                   greatest(p.year_start + (p.h1 / 10000000 % 50)::integer, p.starts_on) AS examined_on,
                   p.last_grp, $LAST_PE AS last_pe,
                   greatest((p.year_start - interval '1 year')::date + (p.h1 / 1000000000000 % 50)::integer, p.starts_on)
                       AS last_examined_on,
                   p.disabled,
                   p.disabled AND p.h3 % 1000 < 500
                       OR NOT p.disabled AND p.h3 % 1000 < CASE p.level WHEN 'general' THEN 45 WHEN 'preschool' THEN 30
                                                                       ELSE 20 END AS special_needs,
                   p.h2, p.h3
              FROM previous p
            """;

    /**
     * This year's conclusion (slot 1), made on the day of the examination once it has come, holding
     * to the end of the academic year; last year's (slot 0) for a learner who was there before this
     * year began, holding to its end. A conclusion is made by the children's polyclinic, an adult's
     * by the town's.
     */
    private static final String CONCLUSIONS = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today)
            INSERT INTO health.conclusion (source_id, key, person_id, organization_id, membership_id, health_group, pe_group,
                    long_term_treatment, concluded_on, valid_from, valid_until, issuer)
            SELECT 0, 'demo-conclusion-' || l.membership_id || '-' || c.slot, l.person_id, l.organization_id, l.membership_id,
                   c.grp, c.pe, c.treatment, c.day, c.day, c.until,
                   CASE WHEN l.age < 18 THEN 'Детская поликлиника № ' ELSE 'Городская поликлиника № ' END
                       || (l.organization_id % 7 + 1)
              FROM health_demo_learner l
             CROSS JOIN params
             CROSS JOIN LATERAL (VALUES
                 (1, l.grp, l.pe, l.treatment, l.examined_on, (l.year_start + interval '1 year')::date - 1,
                  l.examined_on <= params.today),
                 (0, l.last_grp, l.last_pe, l.treatment AND l.last_grp = l.grp, l.last_examined_on, l.year_start - 1,
                  l.starts_on < l.year_start)) c(slot, grp, pe, treatment, day, until, made)
             WHERE c.made
            """;

    /**
     * Disability: a child's established in the last five years (not before their first birthday),
     * until the day before they turn 18; an adult's group (III 70%, II 25%, I 5%), for disability
     * from childhood (65%) or general disease, established indefinitely a month after they turned 18.
     */
    private static final String DISABILITIES = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today)
            INSERT INTO health.disability (source_id, key, person_id, organization_id, membership_id, category, reason,
                    established_on, valid_until, certificate)
            SELECT 0, 'demo-disability-' || l.membership_id, l.person_id, l.organization_id, l.membership_id,
                   CASE WHEN l.age < 18 THEN 'child-disabled' WHEN l.h2 / 100 % 100 < 70 THEN 'group-3'
                        WHEN l.h2 / 100 % 100 < 95 THEN 'group-2' ELSE 'group-1' END,
                   CASE WHEN l.age >= 18 THEN CASE WHEN l.h2 / 10000 % 100 < 65 THEN 'childhood' ELSE 'general-disease' END END,
                   e.day, CASE WHEN l.age < 18 THEN (l.birth_date + interval '18 years')::date - 1 END,
                   'МСЭ-' || date_part('year', e.day) || ' № ' || lpad((l.h2 / 10000000000 % 10000000)::text, 7, '0')
              FROM health_demo_learner l
             CROSS JOIN params
             CROSS JOIN LATERAL (SELECT CASE WHEN l.age < 18
                                             THEN least(params.today, greatest((l.birth_date + interval '1 year')::date,
                                                                               params.today - (l.h2 / 1000000 % 1826)::integer))
                                             ELSE least(params.today, (l.birth_date + interval '18 years')::date + 30) END AS day) e
             WHERE l.disabled
            """;

    /**
     * Special educational needs: the ПМПК's conclusion in the last three years (not before the
     * child turned two), for the level of education (seven in ten) or to the end of this academic
     * year; the categories in the proportions of the learners with ОВЗ (ЗПР 45%, ТНР 20%,
     * intellectual disability 15%, then the rest); nine in ten need an adapted programme, a pupil's
     * with the variant of the federal adapted programme for their category.
     */
    private static final String SPECIAL_NEEDS = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today),
            category(code, n, upto) AS (VALUES
                ('mental-delay', '7', 450), ('speech', '5', 650), ('intellectual', NULL, 800), ('musculoskeletal', '6', 850),
                ('autism', '8', 890), ('visually-impaired', '4', 930), ('hard-of-hearing', '2', 960), ('complex', NULL, 985),
                ('deaf', '1', 995), ('blind', '3', 1000))
            INSERT INTO health.special_needs (source_id, key, person_id, organization_id, membership_id, category,
                    adapted_programme, programme_variant, commission, number, concluded_on, valid_until)
            SELECT 0, 'demo-special-needs-' || l.membership_id, l.person_id, l.organization_id, l.membership_id, c.code,
                   x.adapted,
                   CASE WHEN x.adapted AND l.level = 'general'
                        THEN CASE c.code WHEN 'intellectual' THEN 'ФАООП УО, вариант ' || x.variant
                                         WHEN 'complex' THEN 'ФАООП УО, вариант 2' ELSE c.n || '.' || x.variant END END,
                   'Территориальная психолого-медико-педагогическая комиссия',
                   date_part('year', e.day) || '-' || (l.h3 / 1000000000000000 % 10000 + 1), e.day,
                   CASE WHEN l.h3 / 10000000000000 % 100 < 30 THEN (l.year_start + interval '1 year')::date - 1 END
              FROM health_demo_learner l
             CROSS JOIN params
             CROSS JOIN LATERAL (SELECT k.code, k.n FROM category k WHERE l.h3 / 1000 % 1000 < k.upto ORDER BY k.upto LIMIT 1) c
             CROSS JOIN LATERAL (SELECT l.h3 / 1000000 % 100 < 90 AS adapted, l.h3 / 100000000 % 2 + 1 AS variant) x
             CROSS JOIN LATERAL (SELECT least(params.today, greatest((l.birth_date + interval '2 years')::date,
                                                                     params.today - (l.h3 / 1000000000 % 1095)::integer)) AS day) e
             WHERE l.special_needs
            """;

    @Activate
    public HealthDemoData(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + HealthExtension.PLUGIN + ")")
            MigratedSchema schema) {
    }

    /** Outside OSGi (tests, benchmarks): the schema is migrated already. */
    public HealthDemoData() {
    }

    @Override
    public String id() {
        return HealthExtension.ID;
    }

    @Override
    public long generate(Connection connection, long seed, LocalDate today) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS pg_temp.health_demo_learner");
        }
        long rows = DemoSteps.run(connection, seed, today, List.of(new Step(learners(), "health_demo_learner", false),
                Step.rows(CONCLUSIONS, "health.conclusion"), Step.rows(DISABILITIES, "health.disability"),
                Step.rows(SPECIAL_NEEDS, "health.special_needs")));
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE pg_temp.health_demo_learner");
        }
        return rows;
    }

    private static String learners() {
        return LEARNERS.replace("$PE", PE_GROUP.replace("$GROUP", "p.grp").replace("$R", "(p.h1 / 1000 % 100)"))
                .replace("$LAST_PE", PE_GROUP.replace("$GROUP", "p.last_grp").replace("$R", "(p.h1 / 10000000000 % 100)"))
                .replace("$H1", HASH.formatted("l.membership_id", "params.seed"))
                .replace("$H2", HASH.formatted("l.membership_id", "params.seed + 1"))
                .replace("$H3", HASH.formatted("l.membership_id", "params.seed + 2"));
    }
}
