package org.kontingent.extension.preschool.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.extension.DemoData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The preschool extension's part of a demo region, set-based over the registry's published views
 * (the caller sets the scope to the region) and drawn from the seed with
 * {@code hashint8extended(id, seed + n)}, so that the same seed on the same day gives the same rows:
 * <ul>
 * <li>an enrollment for every learner membership at the level preschool, current or past: its group
 * type and stay mode drawn per group (the group the membership was placed in last) along the
 * organization's kind, its age group from the group's grade (the children's age in years in a demo
 * region), an adapted programme in compensating groups and in some of the combined ones, its
 * orders, and its leaving when it ended;</li>
 * <li>the admission application behind every such membership, registered 2 to 22 months before it
 * started (not before the birth), enrolled on its first day;</li>
 * <li>the queue: a demo region has no young children outside kindergartens but those who left one
 * (its persons are learners and their parents), so the queue holds the children under 6 who left a
 * kindergarten and attend nothing now (one in five) and children attending a kindergarten who want
 * another one (15 % of those under 3, 5 % of the older), of their municipality, or of the region
 * where their municipality has only the one: four in five of those applications waiting, the rest
 * sent to an organization, withdrawn or refused; three in ten name the next kindergarten of the
 * region's numbering (by municipality, so mostly one of the same) as an alternative.</li>
 * </ul>
 * The rows carry the source 0, which no registry source has, and keys starting with {@code demo:}: generating
 * again adds nothing.
 */
@Component(service = DemoData.class)
public class PreschoolDemoData implements DemoData {
    /** The source id of the demo rows. */
    static final long SOURCE = 0;

    /** Draws: {@code draw(id, n)} is a whole number from 0 to 99, the same for the same id, seed and n. */
    private static final String DRAW = "abs(hashint8extended($ID, p.seed + $N) % 100)::integer";

    /**
     * The organizations counting at the level preschool, numbered from 0 in the region ({@code rn}
     * of {@code rof}) by municipality, so that a municipality's {@code of} kindergartens are
     * numbered {@code rn - n} to {@code rn - n + of - 1}.
     */
    private static final String KINDERGARTENS = """
            kindergartens AS MATERIALIZED (
                SELECT o.id, o.kind_code, o.municipality_id,
                       row_number() OVER (PARTITION BY o.municipality_id ORDER BY o.id)::integer - 1 AS n,
                       count(*) OVER (PARTITION BY o.municipality_id)::integer AS of,
                       row_number() OVER (ORDER BY o.municipality_id, o.id)::integer - 1 AS rn,
                       count(*) OVER ()::integer AS rof
                  FROM report.organization o
                  LEFT JOIN report.dictionary t ON t.dictionary = 'organization-type' AND t.code = o.type_code
                 WHERE CASE WHEN o.education_level <> 'mixed' THEN o.education_level
                            ELSE coalesce(t.parent_code, 'general') END = 'preschool'
            )""";

    private static final String ENROLLMENTS = """
            WITH p AS (SELECT ?::bigint AS seed, ?::date AS today),
            $KINDERGARTENS,
            learners AS MATERIALIZED (
                SELECT l.membership_id, l.person_id, l.organization_id, l.starts_on, l.ends_on, l.study_form_code,
                       l.enrollment_order_date, l.leaving_reason_code
                  FROM report.learner l WHERE l.level = 'preschool'
            ), latest AS (
                SELECT DISTINCT ON (cp.membership_id) cp.membership_id, cp.class_group_id, g.grade
                  FROM report.class_placement cp
                  JOIN report.class_group g ON g.id = cp.class_group_id
                 WHERE cp.membership_id IN (SELECT membership_id FROM learners)
                 ORDER BY cp.membership_id, cp.starts_on DESC
            ), drawn AS (
                SELECT l.*, g.grade, k.kind_code, p.today,
                       $DRAW_GROUP_1 AS group_draw, $DRAW_GROUP_2 AS stay_draw, $DRAW_CHILD AS child_draw
                  FROM learners l
                  CROSS JOIN p
                  LEFT JOIN latest g ON g.membership_id = l.membership_id
                  LEFT JOIN kindergartens k ON k.id = l.organization_id
            ), typed AS (
                SELECT d.*, CASE
                           WHEN d.kind_code = 'compensating' THEN 'compensating'
                           WHEN d.kind_code = 'health-improving' THEN 'health-improving'
                           WHEN d.kind_code = 'supervision-and-care' THEN 'care-and-supervision'
                           WHEN d.kind_code = 'combined' THEN CASE WHEN d.group_draw < 40 THEN 'combined'
                               WHEN d.group_draw < 60 THEN 'compensating' ELSE 'general-developmental' END
                           WHEN d.group_draw < 88 THEN 'general-developmental'
                           WHEN d.group_draw < 93 THEN 'health-improving'
                           WHEN d.group_draw < 96 THEN 'combined'
                           WHEN d.group_draw < 99 THEN 'care-and-supervision'
                           ELSE 'family' END AS group_type
                  FROM drawn d
            ), programmed AS (
                SELECT t.*, CASE WHEN t.group_type = 'care-and-supervision' THEN 'care-only'
                                 WHEN t.group_type = 'compensating' OR (t.group_type = 'combined' AND t.child_draw < 30)
                                 THEN 'adapted' ELSE 'basic' END AS programme
                  FROM typed t
            )
            INSERT INTO preschool.enrollment (source_id, key, person_id, organization_id, membership_id, enrolled_on,
                    order_number, order_date, study_form_code, programme, adapted, group_specifics, stay_mode, group_type,
                    age_group, leaving_ground, leaving_order_number, leaving_order_date)
            SELECT 0, 'demo:enrollment:' || t.membership_id, t.person_id, t.organization_id, t.membership_id, t.starts_on,
                   (t.child_draw * 9 + t.group_draw % 9 + 1) || '-д', coalesce(t.enrollment_order_date, t.starts_on),
                   coalesce(t.study_form_code, 'full-time'), t.programme, t.programme = 'adapted',
                   CASE WHEN t.group_type IN ('compensating', 'combined') THEN (ARRAY['для детей с тяжёлыми нарушениями речи',
                       'для детей с задержкой психического развития', 'для детей с нарушениями зрения',
                       'для детей с нарушениями опорно-двигательного аппарата'])[1 + t.group_draw % 4] END,
                   CASE WHEN t.group_type = 'care-and-supervision' THEN 'short-stay'
                        WHEN t.stay_draw < 82 THEN 'full-day' WHEN t.stay_draw < 90 THEN 'shortened-day'
                        WHEN t.stay_draw < 96 THEN 'short-stay' WHEN t.stay_draw < 99 THEN 'extended-day'
                        ELSE 'round-the-clock' END,
                   t.group_type,
                   CASE WHEN t.grade IS NULL THEN 'mixed-age' WHEN t.grade <= 0 THEN 'infant' WHEN t.grade <= 2 THEN 'early'
                        WHEN t.grade = 3 THEN 'junior' WHEN t.grade = 4 THEN 'middle' WHEN t.grade = 5 THEN 'senior'
                        ELSE 'preparatory' END,
                   t.leaving_reason_code,
                   CASE WHEN t.ends_on IS NOT NULL THEN (t.child_draw * 7 + 1) || '-о' END,
                   CASE WHEN t.ends_on IS NOT NULL THEN least(t.ends_on - 1, t.today) END
              FROM programmed t
                ON CONFLICT (source_id, key) DO NOTHING
            """.replace("$KINDERGARTENS", KINDERGARTENS)
            .replace("$DRAW_GROUP_1", draw("coalesce(g.class_group_id, -l.membership_id)", 1))
            .replace("$DRAW_GROUP_2", draw("coalesce(g.class_group_id, -l.membership_id)", 2))
            .replace("$DRAW_CHILD", draw("l.membership_id", 3));

    private static final String ADMISSIONS = """
            WITH p AS (SELECT ?::bigint AS seed, ?::date AS today)
            INSERT INTO preschool.application (source_id, key, person_id, organization_id, birth_date, registered_on,
                    wanted_date, preferential_category, status, status_date)
            SELECT 0, 'demo:admission:' || l.membership_id, l.person_id, l.organization_id, l.birth_date,
                   greatest(l.birth_date, l.starts_on - 60 - $DRAW_WAIT * 6), l.starts_on,
                   CASE WHEN $DRAW_RIGHT < 3 THEN 'extraordinary' WHEN $DRAW_RIGHT < 13 THEN 'first-priority'
                        WHEN $DRAW_RIGHT < 18 THEN 'sibling' END,
                   'enrolled', l.starts_on
              FROM report.learner l
             CROSS JOIN p
             WHERE l.level = 'preschool' AND l.birth_date <= l.starts_on AND l.starts_on <= p.today
               AND l.starts_on < l.birth_date + interval '8 years'
                ON CONFLICT (source_id, key) DO NOTHING
            """.replace("$DRAW_WAIT", draw("l.membership_id", 4)).replace("$DRAW_RIGHT", draw("l.membership_id", 5));

    private static final String QUEUE = """
            WITH p AS (SELECT ?::bigint AS seed, ?::date AS today),
            $KINDERGARTENS,
            children AS (
                SELECT DISTINCT ON (l.person_id) l.person_id, l.organization_id, l.birth_date, l.ends_on
                  FROM report.learner l
                 WHERE l.level = 'preschool' AND l.birth_date IS NOT NULL
                 ORDER BY l.person_id, l.starts_on DESC, l.membership_id DESC
            ), candidates AS (
                SELECT c.*, (c.ends_on IS NULL OR c.ends_on > p.today) AS attending, p.today, p.seed,
                       $DRAW_QUEUE AS queue_draw, $DRAW_WANTED AS wanted_draw, $DRAW_STATUS AS status_draw,
                       $DRAW_DATE AS date_draw, $DRAW_RIGHT AS right_draw
                  FROM children c
                 CROSS JOIN p
                 WHERE c.birth_date + interval '6 years' > p.today AND c.birth_date <= p.today
                   AND ((c.ends_on IS NULL OR c.ends_on > p.today)
                        OR NOT EXISTS (SELECT FROM report.learner a WHERE a.person_id = c.person_id
                                          AND a.starts_on <= p.today AND (a.ends_on IS NULL OR a.ends_on > p.today)))
            ), queued AS (
                SELECT c.*,
                       CASE WHEN NOT c.attending THEN k.rn - k.n + c.wanted_draw % k.of
                            WHEN k.of > 1 THEN k.rn - k.n + (k.n + 1 + c.wanted_draw % (k.of - 1)) % k.of
                            ELSE (k.rn + 1 + c.wanted_draw % (k.rof - 1)) % k.rof END AS wanted_rn,
                       greatest(c.birth_date, c.today - c.date_draw * 5) AS registered_on
                  FROM candidates c
                  JOIN kindergartens k ON k.id = c.organization_id
                 WHERE CASE WHEN NOT c.attending THEN c.queue_draw < 20
                            WHEN c.birth_date + interval '3 years' > c.today THEN c.queue_draw < 15
                            ELSE c.queue_draw < 5 END
                   AND (NOT c.attending OR k.rof > 1)
            ), wanted AS (
                SELECT q.*, w.id AS wanted_id, a.id AS alternative_id
                  FROM queued q
                  JOIN kindergartens w ON w.rn = q.wanted_rn
                  LEFT JOIN kindergartens a ON q.wanted_draw < 30 AND a.rn = (w.rn + 1) % w.rof
                                           AND a.id NOT IN (w.id, q.organization_id)
            )
            INSERT INTO preschool.application (source_id, key, person_id, organization_id, alternatives, birth_date,
                    registered_on, wanted_date, preferential_category, status, status_date)
            SELECT 0, 'demo:queue:' || w.person_id, w.person_id, w.wanted_id,
                   CASE WHEN w.alternative_id IS NULL THEN '{}'::bigint[] ELSE ARRAY[w.alternative_id] END,
                   w.birth_date, w.registered_on,
                   CASE WHEN w.date_draw < 60 THEN make_date(extract(year FROM w.today + 122)::integer, 9, 1)
                        ELSE greatest(w.registered_on + 30 + w.wanted_draw * 3, w.birth_date + 60) END,
                   CASE WHEN w.right_draw < 3 THEN 'extraordinary' WHEN w.right_draw < 13 THEN 'first-priority'
                        WHEN w.right_draw < 18 THEN 'sibling' END,
                   CASE WHEN w.status_draw < 80 THEN 'waiting' WHEN w.status_draw < 88 THEN 'sent'
                        WHEN w.status_draw < 94 THEN 'withdrawn' ELSE 'refused' END,
                   CASE WHEN w.status_draw < 80 THEN w.registered_on
                        ELSE w.registered_on + (w.today - w.registered_on) * w.status_draw / 100 END
              FROM wanted w
                ON CONFLICT (source_id, key) DO NOTHING
            """.replace("$KINDERGARTENS", KINDERGARTENS)
            .replace("$DRAW_QUEUE", draw("c.person_id", 6)).replace("$DRAW_WANTED", draw("c.person_id", 7))
            .replace("$DRAW_STATUS", draw("c.person_id", 8)).replace("$DRAW_DATE", draw("c.person_id", 9))
            .replace("$DRAW_RIGHT", draw("c.person_id", 10));

    @Activate
    public PreschoolDemoData(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PreschoolExtension.PLUGIN + ")")
            MigratedSchema schema) {
    }

    /** Outside OSGi: tests and benchmarks, on a database with the extension's migrations. */
    public PreschoolDemoData() {
    }

    @Override
    public String id() {
        return PreschoolExtension.ID;
    }

    @Override
    public long generate(Connection connection, long seed, LocalDate today) throws SQLException {
        long rows = 0;
        for (String sql : List.of(ENROLLMENTS, ADMISSIONS, QUEUE)) {
            try (PreparedStatement q = connection.prepareStatement(sql)) {
                q.setLong(1, seed);
                q.setObject(2, today);
                rows += q.executeUpdate();
            }
        }
        return rows;
    }

    private static String draw(String id, int n) {
        return DRAW.replace("$ID", id).replace("$N", Integer.toString(n));
    }
}
