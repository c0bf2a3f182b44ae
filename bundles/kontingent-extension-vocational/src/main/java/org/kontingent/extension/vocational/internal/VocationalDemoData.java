package org.kontingent.extension.vocational.internal;

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
 * The vocational part of a demo region, set-based over the published report views (scope
 * region): a programme per vocational learner membership and academic year it is placed in a
 * study group (the group's grade is the course), annual marks of the academic years ended, a
 * diploma for each membership that ended with graduation, and the employment of those graduates.
 * Every choice is drawn from {@code hashint8extended(id, seed)}: the same region and seed give
 * the same rows. The rows have the source 0 (no registry source) and keys
 * {@code demo-<entity>-<membership>...}.
 */
@Component(service = DemoData.class)
public class VocationalDemoData implements DemoData {
    /** A non-negative hash of an id and a seed. */
    private static final String HASH = "(hashint8extended(%s, %s) & 9223372036854775807)";

    private static final String PROGRAMMES = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today),
            spec AS (
                SELECT code, name, substr(code, 4, 2) = '01' AS profession,
                       row_number() OVER (PARTITION BY substr(code, 4, 2) ORDER BY sort_order) - 1 AS n
                  FROM vocational.dictionary_entry WHERE dictionary = 'specialty'
            ), totals AS (
                SELECT count(*) FILTER (WHERE profession) AS professions, count(*) FILTER (WHERE NOT profession) AS specialties
                  FROM spec
            ), placed AS (
                -- the course of each academic year a vocational membership was placed in a group: the group's grade
                SELECT DISTINCT ON (l.membership_id, g.academic_year)
                       l.membership_id, l.person_id, l.organization_id, l.study_form_code, g.academic_year, g.grade AS course
                  FROM report.learner l
                  JOIN report.class_placement cp ON cp.membership_id = l.membership_id
                  JOIN report.class_group g ON g.id = cp.class_group_id
                 WHERE l.level = 'vocational' AND g.grade BETWEEN 1 AND 6
                 ORDER BY l.membership_id, g.academic_year, cp.starts_on DESC
            ), drawn AS (
                SELECT p.*, max(p.course) OVER (PARTITION BY p.membership_id) AS top_course, $H AS h, $O AS o
                  FROM placed p, params
            ), kinded AS (
                -- a few in vocational training (two courses at most), a third of those within three courses
                -- learning a profession, the rest a specialty; a college teaches six of each, each student one
                SELECT d.*, k.kind,
                       coalesce(d.study_form_code, CASE WHEN d.h / 100 % 100 < 85 THEN 'full-time'
                                                        WHEN d.h / 100 % 100 < 93 THEN 'part-time'
                                                        ELSE 'extramural' END) AS study_form,
                       (d.o + d.h / 1000 % 6) % CASE WHEN k.kind = 'mid-level-specialists' THEN t.specialties
                                                     ELSE t.professions END AS n
                  FROM drawn d, totals t,
                       LATERAL (SELECT CASE WHEN d.top_course <= 2 AND d.h % 100 < 5 THEN 'vocational-training'
                                            WHEN d.top_course <= 3 AND d.h % 100 < 35 THEN 'skilled-workers'
                                            ELSE 'mid-level-specialists' END AS kind) k
            )
            INSERT INTO vocational.programme (source_id, key, person_id, organization_id, membership_id, kind, specialty_code,
                    adapted, qualification, academic_year, course, course_length, study_form_code, distance_only,
                    special_equipment, distance_technologies)
            SELECT 0, 'demo-programme-' || k.membership_id || '-' || k.academic_year, k.person_id, k.organization_id,
                   k.membership_id, k.kind, s.code, k.h / 10000 % 1000 < 15, CASE WHEN s.profession THEN s.name END,
                   k.academic_year, k.course,
                   CASE k.kind WHEN 'vocational-training' THEN 2 WHEN 'skilled-workers' THEN 3 ELSE 4 END
                       + CASE WHEN k.study_form IN ('part-time', 'extramural') THEN 1 ELSE 0 END,
                   k.study_form, k.h / 10000000 % 1000 < 5, k.h / 10000000 % 1000 < 2,
                   CASE WHEN k.h / 10000000 % 1000 < 5 THEN 'Электронная информационно-образовательная среда, видеоконференции' END
              FROM kinded k
              JOIN spec s ON s.profession = (k.kind <> 'mid-level-specialists') AND s.n = k.n
            """.replace("$H", HASH.formatted("p.membership_id", "params.seed"))
            .replace("$O", HASH.formatted("p.organization_id", "params.seed"));

    /** Six annual marks a year: general disciplines in the first course, professional ones later; physical education pass/fail. */
    private static final String MARKS = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today)
            INSERT INTO vocational.mark (source_id, key, person_id, organization_id, membership_id, academic_year, discipline,
                    course, mark, mark_value, passed)
            SELECT 0, 'demo-mark-' || p.membership_id || '-' || p.academic_year || '-' || d.i, p.person_id,
                   p.organization_id, p.membership_id, p.academic_year, d.discipline, p.course,
                   coalesce(m.mark_value::text, CASE WHEN m.passed THEN 'зачёт' ELSE 'незачёт' END), m.mark_value, m.passed
              FROM vocational.programme p
             CROSS JOIN params
             CROSS JOIN LATERAL unnest(CASE WHEN p.course = 1
                   THEN ARRAY['Русский язык', 'Литература', 'Иностранный язык', 'Математика', 'История', 'Физическая культура']
                   ELSE ARRAY['Основы философии', 'Иностранный язык в профессиональной деятельности', 'Охрана труда',
                              'Безопасность жизнедеятельности', 'Междисциплинарный курс 01.01', 'Физическая культура']
                   END) WITH ORDINALITY d(discipline, i)
             CROSS JOIN LATERAL (SELECT $H AS h) x
             CROSS JOIN LATERAL (SELECT CASE WHEN d.i < 6 THEN CASE WHEN x.h % 100 < 3 THEN 2 WHEN x.h % 100 < 30 THEN 3
                                                                    WHEN x.h % 100 < 72 THEN 4 ELSE 5 END END::smallint AS mark_value,
                                        CASE WHEN d.i = 6 THEN x.h % 100 >= 2 END AS passed) m
             WHERE p.source_id = 0 AND make_date(substr(p.academic_year, 1, 4)::integer + 1, 7, 1) <= params.today
            """.replace("$H", HASH.formatted("p.membership_id * 16 + d.i", "params.seed + substr(p.academic_year, 1, 4)::bigint"));

    /** A diploma (a certificate of the profession after vocational training) on the last day of a graduate's membership. */
    private static final String DIPLOMAS = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today),
            graduates AS MATERIALIZED (
                SELECT l.membership_id, l.person_id, l.organization_id, l.ends_on, $H AS h
                  FROM report.learner l, params
                 WHERE l.level = 'vocational' AND l.leaving_reason_code = 'graduation' AND l.ends_on <= params.today
            )
            INSERT INTO vocational.diploma (source_id, key, person_id, organization_id, membership_id, kind, series, number,
                    issued_on, with_honours, qualification, specialty_code)
            SELECT 0, 'demo-diploma-' || g.membership_id, g.person_id, g.organization_id, g.membership_id,
                   CASE WHEN p.kind = 'vocational-training' THEN 'qualification-certificate' ELSE 'diploma' END,
                   '11' || lpad((g.organization_id % 10000)::text, 4, '0'), lpad((g.h % 10000000)::text, 7, '0'),
                   g.ends_on - 1, p.kind <> 'vocational-training' AND g.h / 10000000 % 100 < 8, p.qualification,
                   p.specialty_code
              FROM graduates g
              JOIN (SELECT DISTINCT ON (p.membership_id) p.membership_id, p.kind, p.qualification, p.specialty_code
                      FROM vocational.programme p
                     WHERE p.source_id = 0
                     ORDER BY p.membership_id, p.academic_year DESC) p ON p.membership_id = g.membership_id
            """.replace("$H", HASH.formatted("l.membership_id", "params.seed + 2"));

    /**
     * The employment of each graduate with a diploma: an individual plan for most, employed within
     * four months for about seven in ten (when that day has come), four in ten by contract, a few
     * on quota workplaces.
     */
    private static final String EMPLOYMENT = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today),
            employer(n, name, ownership) AS (VALUES
                (0, 'ООО «Сибирские технологии»', 'private'),
                (1, 'АО «Краевая энергетическая компания»', 'regional'),
                (2, 'МУП «Горводоканал»', 'municipal'),
                (3, 'КГБУЗ «Краевая клиническая больница»', 'regional'),
                (4, 'ООО «Агрофирма «Степная»', 'private'),
                (5, 'АО «Машиностроительный завод»', 'private'),
                (6, 'ФГБУ «Управление мелиорации земель»', 'federal'),
                (7, 'ООО «Торговый дом «Восток»', 'private'),
                (8, 'МБУ «Городское благоустройство»', 'municipal'),
                (9, 'АНО «Центр социальных услуг»', 'non-profit')
            ), drawn AS (
                SELECT d.membership_id, d.person_id, d.organization_id, d.issued_on, params.today, $H AS h
                  FROM vocational.diploma d, params
                 WHERE d.source_id = 0
            )
            INSERT INTO vocational.employment (source_id, key, person_id, organization_id, membership_id, individual_plan,
                    contract_enterprise, contract_ownership_code, actual_employer, quota_workplace, employed_on)
            SELECT 0, 'demo-employment-' || d.membership_id, d.person_id, d.organization_id, d.membership_id, d.h % 100 < 60,
                   CASE WHEN w.employed AND d.h / 100 % 100 < 40 THEN e.name END,
                   CASE WHEN w.employed AND d.h / 100 % 100 < 40 THEN e.ownership END,
                   CASE WHEN w.employed THEN e.name END,
                   w.employed AND d.h / 1000000000 % 100 < 2,
                   CASE WHEN w.employed THEN w.day END
              FROM drawn d
              JOIN employer e ON e.n = d.h / 10000 % 10
             CROSS JOIN LATERAL (SELECT d.issued_on + (d.h / 100000 % 120)::integer AS day) x
             CROSS JOIN LATERAL (SELECT d.h / 100 % 100 < 72 AND x.day <= d.today AS employed, x.day) w
            """.replace("$H", HASH.formatted("d.membership_id", "params.seed + 3"));

    @Activate
    public VocationalDemoData(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + VocationalExtension.PLUGIN + ")")
            MigratedSchema schema) {
    }

    /** Outside OSGi (tests, benchmarks): the schema is migrated already. */
    public VocationalDemoData() {
    }

    @Override
    public String id() {
        return VocationalExtension.ID;
    }

    @Override
    public long generate(Connection connection, long seed, LocalDate today) throws SQLException {
        return DemoSteps.run(connection, seed, today, List.of(Step.rows(PROGRAMMES, "vocational.programme"), Step.rows(MARKS, "vocational.mark"),
                Step.rows(DIPLOMAS, "vocational.diploma"), Step.rows(EMPLOYMENT, "vocational.employment")));
    }
}
