package org.kontingent.extension.additional.internal;

import java.sql.Connection;
import java.sql.SQLException;
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
 * The additional education part of a demo region, set-based over the published report views
 * (scope region): a programme for each learner membership in an organization of additional
 * education (its orientation by the organization's type: the arts in an arts school, where some
 * follow a pre-professional programme, sport in a sports school, technical in a station of young
 * technicians, any in a centre), a second one at the same time for some learners of a centre, the
 * next programme for those who mastered a one-year programme and stayed; the subjects and courses
 * of each academic year ended, and a document for each programme ended. Every choice is drawn from
 * {@code hashint8extended(id, seed)}: the same region and seed give the same rows. The rows have
 * the source 0 (no registry source) and keys {@code demo-<entity>-<membership>-<slot>...}.
 */
@Component(service = DemoData.class)
public class AdditionalDemoData implements DemoData {
    /** A non-negative hash of an id and a seed. */
    private static final String HASH = "(hashint8extended(%s, %s) & 9223372036854775807)";

    /**
     * The programmes the demo organizations teach: three of each orientation (general
     * developmental, one or two years), and three pre-professional ones in the arts.
     */
    private static final String CATALOGUE = """
            catalogue(orientation, kind, n, name, years, hours, requirements) AS (VALUES
                ('technical', 'general-developmental', 0, 'Робототехника', 1, 72, NULL),
                ('technical', 'general-developmental', 1, 'Начальное техническое моделирование', 1, 144, NULL),
                ('technical', 'general-developmental', 2, 'Программирование на Python', 2, 144, NULL),
                ('natural-science', 'general-developmental', 0, 'Юный эколог', 1, 72, NULL),
                ('natural-science', 'general-developmental', 1, 'Занимательная химия', 1, 72, NULL),
                ('natural-science', 'general-developmental', 2, 'Астрономия для школьников', 2, 144, NULL),
                ('physical-culture-and-sport', 'general-developmental', 0, 'Общая физическая подготовка', 1, 144, NULL),
                ('physical-culture-and-sport', 'general-developmental', 1, 'Футбол', 2, 288, NULL),
                ('physical-culture-and-sport', 'general-developmental', 2, 'Шахматы', 1, 72, NULL),
                ('artistic', 'general-developmental', 0, 'Изобразительное искусство', 1, 144, NULL),
                ('artistic', 'general-developmental', 1, 'Хореография', 2, 288, NULL),
                ('artistic', 'general-developmental', 2, 'Вокальный ансамбль', 1, 144, NULL),
                ('tourist-and-local-history', 'general-developmental', 0, 'Юные краеведы', 1, 72, NULL),
                ('tourist-and-local-history', 'general-developmental', 1, 'Спортивный туризм', 2, 144, NULL),
                ('tourist-and-local-history', 'general-developmental', 2, 'Школьный музей', 1, 72, NULL),
                ('social-humanitarian', 'general-developmental', 0, 'Школа юного журналиста', 1, 72, NULL),
                ('social-humanitarian', 'general-developmental', 1, 'Английский язык для детей', 2, 144, NULL),
                ('social-humanitarian', 'general-developmental', 2, 'Волонтёрский отряд', 1, 72, NULL),
                ('artistic', 'pre-professional', 0, 'Фортепиано', 8, 2300,
                    'ФГТ к дополнительной предпрофессиональной программе в области музыкального искусства «Фортепиано»'),
                ('artistic', 'pre-professional', 1, 'Живопись', 5, 1900,
                    'ФГТ к дополнительной предпрофессиональной программе в области изобразительного искусства «Живопись»'),
                ('artistic', 'pre-professional', 2, 'Хоровое пение', 8, 2200,
                    'ФГТ к дополнительной предпрофессиональной программе в области музыкального искусства «Хоровое пение»'))
            """;

    /**
     * How a programme of {@code t} (starts_on, years, the membership's ends_on and
     * leaving_reason_code, a hash g) ends: its planned end, 1 June of its last year; the
     * membership's end when that comes first; nothing before the day the region is made as of
     * (params.today). Completed, nine in ten mastered it; a learner who left before mastered it
     * when they left with graduation. Gives ends_on, status and mark over {@code t} and params.
     */
    private static final String TIMELINE = """
            CROSS JOIN LATERAL (SELECT make_date(date_part('year', t.starts_on + interval '7 months')::integer + t.years - 1,
                                                 6, 1) AS planned) pl
            CROSS JOIN LATERAL (SELECT CASE WHEN t.membership_ends_on < pl.planned THEN t.membership_ends_on
                                            ELSE pl.planned END AS end_day) ed
            CROSS JOIN LATERAL (SELECT ed.end_day <= params.today AS ended,
                                       CASE WHEN ed.end_day = pl.planned THEN t.g % 100 < 90
                                            ELSE t.leaving_reason_code = 'graduation' END AS mastered) x
            CROSS JOIN LATERAL (SELECT CASE WHEN x.ended THEN ed.end_day END AS ends_on,
                                       CASE WHEN NOT x.ended THEN 'in-progress' WHEN x.mastered THEN 'mastered'
                                            ELSE 'not-mastered' END AS status) s
            CROSS JOIN LATERAL (SELECT CASE s.status WHEN 'mastered' THEN CASE WHEN t.kind = 'pre-professional'
                                                                          THEN (4 + t.g / 100 % 2)::text ELSE 'зачёт' END
                                                     WHEN 'not-mastered' THEN CASE WHEN t.kind = 'general-developmental'
                                                                              THEN 'незачёт' END END AS mark) m
            """;

    /**
     * The first programme of each membership of additional education begun by the day (slot 1),
     * and a second one from the same day for one in five learners of a centre (slot 2), of another
     * orientation; and after each of them mastered on its planned end, the next programme of the
     * same orientation and kind (slot + 2) from 1 September, for a learner whose membership still
     * holds on that day. The continuations are drawn from the first programmes as computed here,
     * not read back from the table: a second statement over the rows just written was planned on
     * a guess of a few hundred rows where there were tens of thousands.
     */
    private static final String PROGRAMMES = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today),
            orientation(i, code) AS (VALUES (0, 'technical'), (1, 'natural-science'), (2, 'physical-culture-and-sport'),
                                            (3, 'artistic'), (4, 'tourist-and-local-history'), (5, 'social-humanitarian')),
            $CATALOGUE,
            orgs AS MATERIALIZED (
                SELECT o.id, o.type_code FROM report.organization o
            ), learners AS MATERIALIZED (
                SELECT l.membership_id, l.person_id, l.organization_id, l.starts_on, l.ends_on, l.leaving_reason_code,
                       l.study_form_code, o.type_code, $H AS h
                  FROM report.learner l
                  JOIN orgs o ON o.id = l.organization_id
                 CROSS JOIN params
                 WHERE l.level = 'additional' AND l.starts_on <= params.today
            ), drawn AS (
                SELECT l.*, CASE l.type_code WHEN 'arts-school' THEN 3 WHEN 'sports-school' THEN 2
                                             WHEN 'young-technicians-station' THEN 0
                                             ELSE CASE WHEN l.h % 100 < 30 THEN 3 WHEN l.h % 100 < 50 THEN 5
                                                       WHEN l.h % 100 < 68 THEN 0 WHEN l.h % 100 < 82 THEN 2
                                                       WHEN l.h % 100 < 92 THEN 1 ELSE 4 END END AS first
                  FROM learners l
            ), slots AS (
                SELECT d.*, 1 AS slot, d.first AS oi,
                       CASE WHEN d.type_code = 'arts-school' AND d.h / 100 % 100 < 40 THEN 'pre-professional'
                            ELSE 'general-developmental' END AS kind, d.h / 10000 % 3 AS n
                  FROM drawn d
                UNION ALL
                SELECT d.*, 2, (d.first + 1 + d.h / 100000000 % 5) % 6, 'general-developmental', d.h / 10000000 % 3
                  FROM drawn d
                 WHERE d.type_code NOT IN ('arts-school', 'sports-school', 'young-technicians-station')
                   AND d.h / 1000000 % 100 < 20
            ), t AS (
                SELECT s.membership_id, s.person_id, s.organization_id, s.study_form_code, s.slot, s.h, s.kind, s.n,
                       s.starts_on, s.ends_on AS membership_ends_on, s.leaving_reason_code, o.code AS orientation,
                       c.name, c.years, c.hours, c.requirements, $G AS g
                  FROM slots s
                  JOIN orientation o ON o.i = s.oi
                  JOIN catalogue c ON c.orientation = o.code AND c.kind = s.kind AND c.n = s.n
                 CROSS JOIN params
            ), first AS MATERIALIZED (
                SELECT t.*, pl.planned, s.ends_on, s.status, m.mark
                  FROM t
                 CROSS JOIN params
                $TIMELINE
            ), following AS (
                SELECT f.membership_id, f.person_id, f.organization_id, f.study_form_code, f.slot + 2 AS slot, f.h, f.kind,
                       x.next_start AS starts_on, f.membership_ends_on, f.leaving_reason_code, f.orientation, c.name, c.years,
                       c.hours, c.requirements, $NEXT_G AS g
                  FROM first f
                 CROSS JOIN params
                 CROSS JOIN LATERAL (SELECT make_date(date_part('year', f.ends_on)::integer, 9, 1) AS next_start) x
                  JOIN catalogue c ON c.orientation = f.orientation AND c.kind = f.kind AND c.n = (f.n + 1) % 3
                 WHERE f.status = 'mastered' AND f.ends_on = f.planned AND x.next_start <= params.today
                   AND (f.membership_ends_on IS NULL OR f.membership_ends_on > x.next_start)
            )
            INSERT INTO additional.programme (source_id, key, person_id, organization_id, membership_id, name, kind,
                    orientation, adapted, distance_technologies, federal_requirements, hours, years, study_form_code,
                    starts_on, ends_on, status, mark)
            SELECT 0, 'demo-programme-' || f.membership_id || '-' || f.slot, f.person_id, f.organization_id, f.membership_id,
                   f.name, f.kind, f.orientation, f.h / 1000000000 % 100 < 3, f.h / 1000 % 100 < 4, f.requirements, f.hours,
                   f.years, coalesce(f.study_form_code, 'full-time'), f.starts_on, f.ends_on, f.status, f.mark
              FROM first f
            UNION ALL
            SELECT 0, 'demo-programme-' || t.membership_id || '-' || t.slot, t.person_id, t.organization_id, t.membership_id,
                   t.name, t.kind, t.orientation, t.h / 1000000000 % 100 < 3, t.h / 1000 % 100 < 4, t.requirements, t.hours,
                   t.years, coalesce(t.study_form_code, 'full-time'), t.starts_on, s.ends_on, s.status, m.mark
              FROM following t
             CROSS JOIN params
            $TIMELINE
            """.replace("$CATALOGUE", CATALOGUE).replace("$TIMELINE", TIMELINE)
            .replace("$H", HASH.formatted("l.membership_id", "params.seed"))
            .replace("$G", HASH.formatted("s.membership_id * 4 + s.slot", "params.seed + 1"))
            .replace("$NEXT_G", HASH.formatted("f.membership_id * 4 + f.slot + 2", "params.seed + 1"));

    /**
     * The subjects and courses of each academic year a programme was followed in and whose teaching
     * has ended (by 1 June): three subjects of a pre-professional programme, marked 3 to 5 (no mark
     * in the year it ended not mastered) and in progress but in its last year; a general
     * developmental programme as its one course, with the programme's status and mark in the year it
     * ended.
     */
    private static final String COURSES = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today),
            subject(programme, i, name) AS (VALUES
                ('Фортепиано', 1, 'Специальность и чтение с листа'), ('Фортепиано', 2, 'Сольфеджио'),
                ('Фортепиано', 3, 'Музыкальная литература'),
                ('Живопись', 1, 'Рисунок'), ('Живопись', 2, 'Живопись'), ('Живопись', 3, 'Композиция станковая'),
                ('Хоровое пение', 1, 'Хор'), ('Хоровое пение', 2, 'Сольфеджио'), ('Хоровое пение', 3, 'Музыкальная литература')),
            years AS (
                SELECT p.*, g.year
                  FROM additional.programme p
                 CROSS JOIN params
                 CROSS JOIN LATERAL generate_series(date_part('year', p.starts_on - interval '8 months')::integer,
                                                    date_part('year', params.today - interval '8 months')::integer) g(year)
                 WHERE p.source_id = 0 AND make_date(g.year + 1, 6, 1) <= params.today
                   AND (p.ends_on IS NULL OR make_date(g.year, 9, 1) < p.ends_on)
            )
            INSERT INTO additional.course (source_id, key, person_id, organization_id, membership_id, programme_key,
                    programme_id, academic_year, course, status, mark)
            SELECT 0, replace(y.key, 'demo-programme-', 'demo-course-') || '-' || y.year || '-' || coalesce(s.i, 0),
                   y.person_id, y.organization_id, y.membership_id, y.key, y.id, y.year || '-' || (y.year + 1),
                   coalesce(s.name, y.name), CASE WHEN x.last THEN y.status ELSE 'in-progress' END,
                   CASE WHEN s.i IS NULL THEN CASE WHEN x.last THEN y.mark END
                        WHEN x.last AND y.status = 'not-mastered' THEN NULL
                        WHEN x.h % 100 < 15 THEN '3' WHEN x.h % 100 < 60 THEN '4' ELSE '5' END
              FROM years y
              LEFT JOIN subject s ON y.kind = 'pre-professional' AND s.programme = y.name
             CROSS JOIN params
             CROSS JOIN LATERAL (SELECT y.ends_on IS NOT NULL AND y.ends_on <= make_date(y.year + 1, 9, 1) AS last,
                                        $H AS h) x
            """.replace("$H", HASH.formatted("y.membership_id * 64 + y.year % 16 * 4 + coalesce(s.i, 0)",
                    "params.seed + 2 + (substr(y.key, length(y.key)))::bigint"));

    /**
     * A document for each programme ended, on its last day: a certificate of a pre-professional
     * programme in the arts or of training when mastered, else a certificate of study (справка).
     */
    private static final String DOCUMENTS = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today)
            INSERT INTO additional.document (source_id, key, person_id, organization_id, membership_id, programme_key,
                    programme_id, kind, series, number, issued_on)
            SELECT 0, replace(p.key, 'demo-programme-', 'demo-document-'), p.person_id, p.organization_id, p.membership_id,
                   p.key, p.id,
                   CASE WHEN p.status = 'not-mastered' THEN 'study-certificate'
                        WHEN p.kind = 'pre-professional' THEN 'pre-professional-arts-certificate'
                        ELSE 'training-certificate' END,
                   'ДО-' || lpad((p.organization_id % 10000)::text, 4, '0'), lpad(($H % 1000000)::text, 6, '0'), p.ends_on - 1
              FROM additional.programme p
             CROSS JOIN params
             WHERE p.source_id = 0 AND p.ends_on IS NOT NULL
            """.replace("$H", HASH.formatted("p.membership_id * 4 + substr(p.key, length(p.key))::bigint", "params.seed + 3"));

    @Activate
    public AdditionalDemoData(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + AdditionalExtension.PLUGIN + ")")
            MigratedSchema schema) {
    }

    /** Outside OSGi (tests, benchmarks): the schema is migrated already. */
    public AdditionalDemoData() {
    }

    @Override
    public String id() {
        return AdditionalExtension.ID;
    }

    @Override
    public long generate(Connection connection, long seed, LocalDate today) throws SQLException {
        return DemoSteps.run(connection, seed, today, List.of(Step.rows(PROGRAMMES, "additional.programme"), Step.rows(COURSES, "additional.course"),
                Step.rows(DOCUMENTS, "additional.document")));
    }
}
