package org.kontingent.extension.general.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.extension.DemoData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The general extension's part of a demo region, for the learners of general organizations placed
 * in classes of grades 2–11: five subjects' marks per grade (the year's marks of the years that
 * have ended, the final marks of grades 9 and 11, the terms of the current year that have ended),
 * ОГЭ and ЕГЭ results of grades 9 and 11, certificates for those who passed them, a programme per
 * membership and the applications of first-graders. A learner's marks follow an ability drawn
 * from the person and the seed, so that some learners are excellent throughout and a few fail.
 * Rows carry source 0 (no source sent them) and keys starting with {@code demo:}.
 */
@Component(service = DemoData.class)
public class GeneralDemoData implements DemoData {

    @Activate
    public GeneralDemoData(
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + GeneralExtension.PLUGIN + ")") MigratedSchema schema) {
    }

    /** Outside OSGi: tests and benchmarks, on a database with the extension's migrations. */
    public GeneralDemoData() {
    }

    @Override
    public String id() {
        return GeneralExtension.ID;
    }

    @Override
    public long generate(Connection connection, long seed, LocalDate today) throws SQLException {
        long rows = 0;
        try (Statement s = connection.createStatement()) {
            s.execute(PLACED.formatted(seed, today));
            for (String statement : List.of(marks(seed, today), exams(seed, today), certificates(seed), programmes(seed),
                    applications(seed))) {
                rows += s.executeUpdate(statement);
            }
            // the forms' plans need to know the new rows before autovacuum comes by
            s.execute("ANALYZE general.mark, general.exam, general.certificate, general.programme, general.application,"
                    + " general.learner_marks, general.result_count");
        }
        return rows;
    }

    /**
     * The placements that get marks: a learner's class of grades 2–11 in an academic year, with
     * the learner's ability (0–999) and the year's days.
     */
    private static final String PLACED = """
            CREATE TEMPORARY TABLE demo_placed ON COMMIT DROP AS
            SELECT DISTINCT ON (l.membership_id, g.academic_year)
                   l.membership_id, l.person_id, l.organization_id, l.ends_on, g.academic_year, g.grade,
                   y.starts_on AS year_starts_on, abs(hashint8extended(l.person_id, %1$d)) %% 1000 AS ability
              FROM report.learner l
              JOIN report.class_placement cp ON cp.membership_id = l.membership_id
              JOIN report.class_group g ON g.id = cp.class_group_id
              JOIN report.academic_year y ON y.code = g.academic_year
             WHERE l.level = 'general' AND g.grade BETWEEN 2 AND 11 AND y.starts_on <= DATE '%2$s'
             ORDER BY l.membership_id, g.academic_year, cp.starts_on DESC""";

    /** Five subjects per grade: the primary, basic and secondary curricula's first ones. */
    private static final String SUBJECTS = """
            (VALUES (2, 4, 1, 'russian-language'), (2, 4, 2, 'literary-reading'), (2, 4, 3, 'mathematics'),
                    (2, 4, 4, 'world-around'), (2, 4, 5, 'foreign-language'),
                    (5, 6, 1, 'russian-language'), (5, 6, 2, 'literature'), (5, 6, 3, 'mathematics'),
                    (5, 6, 4, 'history'), (5, 6, 5, 'foreign-language'),
                    (7, 9, 1, 'russian-language'), (7, 9, 2, 'literature'), (7, 9, 3, 'algebra'),
                    (7, 9, 4, 'history'), (7, 9, 5, 'foreign-language'),
                    (10, 11, 1, 'russian-language'), (10, 11, 2, 'literature'), (10, 11, 3, 'algebra'),
                    (10, 11, 4, 'history'), (10, 11, 5, 'physics')) AS s (from_grade, to_grade, ordinal, code)""";

    /**
     * The periods of a year and the months after 1 September they end in: a period gets marks once
     * it has ended, from the learners still there at its end; final marks are given in grades 9 and 11.
     */
    private static final String PERIODS = """
            (VALUES ('term-1', 1, 2), ('term-2', 2, 4), ('term-3', 3, 7), ('term-4', 4, 9), ('year', 5, 9), ('final', 6, 9))
                AS p (code, ordinal, months)""";

    /**
     * A mark drawn from the learner's ability and the mark's own chance: the ablest mostly 5, the
     * middle mostly 4, most others 3 and 4, the weakest 2 and 3. Marks of the current year's terms
     * only; of the years before, the year's and the final marks.
     */
    private static String marks(long seed, LocalDate today) {
        return """
                INSERT INTO general.mark (source_id, key, person_id, organization_id, membership_id, academic_year,
                                          subject, subject_code, period, mark, scale, mark_value)
                SELECT 0, 'demo:' || membership_id || ':' || academic_year || ':' || period || ':' || subject,
                       person_id, organization_id, membership_id, academic_year, subject, subject, period,
                       mark_value::text, 'five-point', mark_value
                  FROM (SELECT d.membership_id, d.person_id, d.organization_id, d.academic_year, s.code AS subject,
                               p.code AS period,
                               CASE WHEN d.ability >= 900 THEN CASE WHEN chance < 950 THEN 5 ELSE 4 END
                                    WHEN d.ability >= 450 THEN CASE WHEN chance < 250 THEN 5 WHEN chance < 900 THEN 4 ELSE 3 END
                                    WHEN d.ability >= 40 THEN CASE WHEN chance < 80 THEN 5 WHEN chance < 450 THEN 4 ELSE 3 END
                                    ELSE CASE WHEN chance < 500 THEN 3 ELSE 2 END END AS mark_value
                          FROM demo_placed d
                          JOIN %3$s ON d.grade BETWEEN s.from_grade AND s.to_grade
                          JOIN %4$s ON d.year_starts_on + make_interval(months => p.months) <= DATE '%2$s'
                                   AND (p.code <> 'final' OR d.grade IN (9, 11))
                                   AND (p.code IN ('year', 'final')) = (d.year_starts_on + interval '1 year' <= DATE '%2$s')
                          CROSS JOIN LATERAL (SELECT abs(hashint8extended(d.membership_id * 64 + s.ordinal * 8 + p.ordinal,
                                                                           %1$d)) %% 1000 AS chance) c
                         WHERE d.ends_on IS NULL OR d.ends_on >= d.year_starts_on + make_interval(months => p.months)) m
                """.formatted(seed, today, SUBJECTS, PERIODS);
    }

    /**
     * ОГЭ after grade 9 and ЕГЭ after grade 11 of the years that have ended: Russian and
     * mathematics for everyone, and one or two subjects of choice. An ОГЭ gives a mark, an ЕГЭ a
     * score against the subject's minimum.
     */
    private static String exams(long seed, LocalDate today) {
        return """
                INSERT INTO general.exam (source_id, key, person_id, organization_id, membership_id, kind, academic_year,
                                          subject, subject_code, exam_date, score, mark_value, passed)
                SELECT 0, 'demo:' || membership_id || ':' || kind || ':' || subject, person_id, organization_id,
                       membership_id, kind, academic_year, subject, subject, exam_date, score, mark_value,
                       coalesce(mark_value >= 3, score >= minimum)
                  FROM (SELECT d.membership_id, d.person_id, d.organization_id, d.academic_year,
                               CASE d.grade WHEN 9 THEN 'oge' ELSE 'ege' END AS kind, e.subject,
                               (d.year_starts_on + interval '9 months' + make_interval(days => e.ordinal * 3))::date AS exam_date,
                               CASE WHEN d.grade = 11 THEN least(100, 30 + d.ability / 15 + chance / 40) END AS score,
                               CASE WHEN d.grade = 9 THEN CASE WHEN d.ability >= 850 THEN 5 WHEN d.ability >= 400 THEN 4
                                                              WHEN d.ability >= 30 OR chance >= 400 THEN 3 ELSE 2 END END AS mark_value,
                               e.minimum
                          FROM demo_placed d
                          CROSS JOIN LATERAL (SELECT abs(hashint8extended(d.membership_id, %1$d + 1)) %% 1000 AS chance) c
                          JOIN (VALUES (1, 'russian-language', 24), (2, 'mathematics', 27), (3, 'social-studies', 42),
                                       (4, 'biology', 36), (5, 'informatics', 40), (6, 'physics', 36), (7, 'history', 32),
                                       (8, 'chemistry', 36), (9, 'geography', 37), (10, 'foreign-language', 22))
                                   AS e (ordinal, subject, minimum)
                            ON e.ordinal <= 2 OR e.ordinal = 3 + chance %% 8 OR (d.grade = 9 AND e.ordinal = 3 + (chance / 8) %% 8
                                                                                   AND (chance / 8) %% 8 <> chance %% 8)
                         WHERE d.grade IN (9, 11) AND d.year_starts_on + interval '1 year' <= DATE '%2$s'
                           AND (d.ends_on IS NULL OR d.ends_on >= d.year_starts_on + interval '9 months')) x
                """.formatted(seed, today);
    }

    /** Certificates for the learners of grades 9 and 11 who passed every exam; the ablest with honours. */
    private static String certificates(long seed) {
        return """
                INSERT INTO general.certificate (source_id, key, person_id, organization_id, membership_id, kind, number,
                                                 issued_on, with_honours)
                SELECT 0, 'demo:' || d.membership_id || ':certificate', d.person_id, d.organization_id, d.membership_id,
                       CASE d.grade WHEN 9 THEN 'basic-general' ELSE 'secondary-general' END,
                       lpad((abs(hashint8extended(d.membership_id, %1$d + 2)) %% 100000000000000)::text, 14, '0'),
                       (d.year_starts_on + interval '9 months 25 days')::date, d.ability >= 950
                  FROM demo_placed d
                 WHERE EXISTS (SELECT FROM general.exam e WHERE e.key LIKE 'demo:%%' AND e.membership_id = d.membership_id
                                  AND e.academic_year = d.academic_year)
                   AND NOT EXISTS (SELECT FROM general.exam e WHERE e.key LIKE 'demo:%%' AND e.membership_id = d.membership_id
                                      AND e.academic_year = d.academic_year AND NOT e.passed)
                """.formatted(seed);
    }

    /** A programme per membership of a general organization, by the grade of its latest class; a few adapted, some in the second shift. */
    private static String programmes(long seed) {
        return """
                INSERT INTO general.programme (source_id, key, person_id, organization_id, membership_id, level, adapted,
                                               study_form_code, shift, starts_on)
                SELECT 0, 'demo:' || l.membership_id || ':programme', l.person_id, l.organization_id, l.membership_id,
                       CASE WHEN g.grade <= 4 THEN 'primary-general' WHEN g.grade <= 9 THEN 'basic-general'
                            ELSE 'secondary-general' END,
                       chance < 15, coalesce(l.study_form_code, 'full-time'), CASE WHEN chance >= 900 THEN 2 ELSE 1 END,
                       l.starts_on
                  FROM report.learner l
                  JOIN report.class_group g ON g.id = (SELECT cp.class_group_id FROM report.class_placement cp
                                                        WHERE cp.membership_id = l.membership_id
                                                        ORDER BY cp.starts_on DESC LIMIT 1)
                  CROSS JOIN LATERAL (SELECT abs(hashint8extended(l.membership_id, %1$d + 3)) %% 1000 AS chance) c
                 WHERE l.level = 'general'
                """.formatted(seed);
    }

    /** The applications of the learners who started grade 1: registered in the spring before, enrolled. */
    private static String applications(long seed) {
        return """
                INSERT INTO general.application (source_id, key, person_id, organization_id, grade, academic_year,
                                                 registered_on, status)
                SELECT 0, 'demo:' || l.membership_id || ':application', l.person_id, l.organization_id, 1, g.academic_year,
                       (y.starts_on - interval '5 months' + make_interval(days => (abs(hashint8extended(l.membership_id,
                                                                                     %1$d + 4)) %% 90)::int))::date,
                       'enrolled'
                  FROM report.learner l
                  JOIN report.class_placement cp ON cp.membership_id = l.membership_id
                  JOIN report.class_group g ON g.id = cp.class_group_id AND g.grade = 1
                  JOIN report.academic_year y ON y.code = g.academic_year
                 WHERE l.level = 'general' AND l.starts_on >= y.starts_on
                """.formatted(seed);
    }
}
