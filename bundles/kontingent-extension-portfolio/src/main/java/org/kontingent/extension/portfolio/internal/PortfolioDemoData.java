package org.kontingent.extension.portfolio.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * The portfolio part of a demo region, set-based over the published report views (scope region),
 * for the learners of every education level in the academic year before the day the region is
 * made as of and in the current one up to that day: the all-Russian olympiad of schoolchildren
 * from its school stage (one pupil in five from the fourth grade on, in one subject) through the
 * municipal and regional stages to the final for the few who win or take a prize at the stage
 * before; children's drawing contests, festivals of additional education, sports competitions
 * (mostly of sports schools' learners), research conferences, the all-Russian contest «Большая
 * перемена», professional skills championships of colleges; and ГТО badges, sports ranks,
 * qualification ranks, language certificates and scholarships. Most learners have none, some took
 * part, few won. An entry is made only on a day its learner membership holds, so each is attached
 * to it. Every choice is drawn from {@code hashint8extended(id, seed)}: the same region and seed
 * give the same rows. The rows have the source 0 (no registry source) and keys
 * {@code demo-event-<membership>-<year>-<code>} and {@code demo-achievement-<membership>-<year>-<code>}.
 */
@Component(service = DemoData.class)
public class PortfolioDemoData implements DemoData {
    /** A non-negative hash of an id and a seed. */
    private static final String HASH = "(hashint8extended(%s, %s) & 9223372036854775807)";

    /**
     * The learner memberships of the two academic years (the one before the day's and the day's),
     * each with the two years and the type of its organization.
     */
    private static final String LEARNERS = """
            WITH params AS (SELECT ?::bigint AS seed, ?::date AS today,
                                   date_part('year', ?::date - interval '8 months')::integer AS current_year),
            years AS (SELECT params.current_year - 1 AS y FROM params UNION ALL SELECT params.current_year FROM params),
            learners AS MATERIALIZED (
                SELECT l.membership_id, l.person_id, l.organization_id, l.starts_on, l.ends_on, l.birth_date, l.level,
                       o.type_code, years.y
                  FROM report.learner l
                  JOIN report.organization o ON o.id = l.organization_id
                 CROSS JOIN params
                 CROSS JOIN years
                 WHERE l.starts_on <= params.today AND l.starts_on < make_date(years.y + 1, 9, 1)
                   AND (l.ends_on IS NULL OR l.ends_on > make_date(years.y, 9, 1))
            )""";

    /** A day of an academic year y: a month from September on falls in y, one before it in y + 1. */
    private static final String DAY = "make_date(CASE WHEN %1$s.month >= 9 THEN %2$s ELSE %2$s + 1 END, %1$s.month, %1$s.dom)";

    /** Whether the learner membership {@code l} holds on the day {@code d}, which has come. */
    private static final String HOLDS = "(%2$s <= params.today AND %1$s.starts_on <= %2$s AND (%1$s.ends_on IS NULL OR %2$s < %1$s.ends_on))";

    /**
     * The all-Russian olympiad of schoolchildren: pupils of general education from 10 years old
     * take its school stage in October (one in five, in one of eleven subjects), its winners and
     * prize-winners from 12 the municipal one in November (six in ten), theirs from 14 the regional
     * one in January (half of them), and theirs the final in late March (three in ten). At each
     * stage one in twenty wins, two to three in ten take a prize.
     */
    private static final String OLYMPIAD = LEARNERS + """
            , subject(i, name) AS (VALUES (0, 'Математика'), (1, 'Русский язык'), (2, 'Литература'), (3, 'Физика'),
                (4, 'Химия'), (5, 'Биология'), (6, 'История'), (7, 'Обществознание'), (8, 'Английский язык'),
                (9, 'Информатика'), (10, 'География')),
            stage(n, code, level, month, dom, span, days, min_age, per_mille, winners, prizes, organizer) AS (VALUES
                (1, 'school', 'school', 10, 1, 25, 0, 10, 200, 60, 180, NULL),
                (2, 'municipal', 'municipal', 11, 15, 20, 0, 12, 600, 50, 200, 'Муниципальный орган управления образованием'),
                (3, 'regional', 'regional', 1, 15, 20, 1, 14, 500, 50, 250, 'Орган исполнительной власти субъекта РФ в сфере образования'),
                (4, 'final', 'all-russian', 3, 25, 15, 6, 14, 300, 50, 300, 'Министерство просвещения Российской Федерации')),
            pupils AS MATERIALIZED (
                SELECT l.*, $PUPIL AS h FROM learners l CROSS JOIN params WHERE l.level = 'general'
            ), drawn AS MATERIALIZED (
                SELECT p.membership_id, p.person_id, p.organization_id, p.y, p.h % 11 AS subject, s.n, s.code, s.level,
                       s.organizer, s.days, d.day, $G AS g, s.per_mille, s.winners, s.prizes,
                       date_part('year', age(d.day, p.birth_date)) >= s.min_age AND $ON_DAY AS possible
                  FROM pupils p
                 CROSS JOIN stage s
                 CROSS JOIN params
                 CROSS JOIN LATERAL (SELECT $DAY + ($G % s.span)::integer AS day) d
            ), reached AS (
                SELECT d.*, CASE WHEN d.g / 1000 % 1000 < d.winners THEN 'winner'
                                 WHEN d.g / 1000 % 1000 < d.winners + d.prizes THEN 'prize-winner'
                                 ELSE 'participant' END AS result
                  FROM drawn d
                 WHERE d.possible AND d.g % 1000 < d.per_mille
            ), taken AS (
                -- a stage is taken by those who won or took a prize at every stage before it (in the same year)
                SELECT r.* FROM (
                    SELECT r.*, count(*) FILTER (WHERE r.result <> 'participant') OVER (PARTITION BY r.membership_id, r.y
                               ORDER BY r.n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS awarded_before
                      FROM reached r) r
                 WHERE r.awarded_before = r.n - 1
            )
            INSERT INTO portfolio.event (source_id, key, person_id, organization_id, membership_id, name, kind, subject, level,
                    stage, starts_on, ends_on, result, place, score, participation, document_number, organizer)
            SELECT 0, 'demo-event-' || t.membership_id || '-' || t.y || '-o' || t.n, t.person_id, t.organization_id,
                   t.membership_id, 'Всероссийская олимпиада школьников по предмету «' || s.name || '»', 'olympiad', s.name,
                   t.level, t.code, t.day, CASE WHEN t.days > 0 AND t.day + t.days <= params.today THEN t.day + t.days END,
                   t.result, CASE t.result WHEN 'winner' THEN 1 WHEN 'prize-winner' THEN 2 + t.g / 1000000 % 2 END,
                   CASE t.result WHEN 'winner' THEN 85 + t.g / 1000000 % 15 WHEN 'prize-winner' THEN 60 + t.g / 1000000 % 25
                        ELSE 10 + t.g / 1000000 % 50 END,
                   'individual', CASE WHEN t.result <> 'participant' THEN 'ВсОШ-' || t.y || '-' || lpad((t.g / 100000000 % 1000000)::text, 6, '0') END,
                   t.organizer
              FROM taken t
              JOIN subject s ON s.i = t.subject
             CROSS JOIN params
            """.replace("$PUPIL", HASH.formatted("l.membership_id * 4 + l.y % 4", "params.seed"))
            .replace("$G", HASH.formatted("p.membership_id * 64 + p.y % 4 * 16 + s.n", "params.seed + 1"))
            .replace("$DAY", DAY.formatted("s", "p.y"))
            .replace("$ON_DAY", HOLDS.formatted("p", "d.day"));

    /**
     * The other events, one row each: its kind, level and name, the subject, the education levels
     * of the learners who take part and their ages, how many in a thousand of them (of a sports
     * school's learners: sports_per_mille), the day (month, day of the month, and a span of days it may fall in),
     * how many days it lasts after the first, and how many in a thousand win or take a prize.
     */
    private static final String EVENTS = LEARNERS + """
            , programme(n, code, kind, level, name, subject, levels, min_age, max_age, per_mille, sports_per_mille, month, dom,
                        span, days, winners, prizes, team, organizer, title) AS (VALUES
                (1, 'drawing', 'contest', 'regional', 'Региональный конкурс детского рисунка «Моя малая родина»',
                    'Изобразительное искусство', '{preschool,general}'::text[], 4, 11, 50, 0, 2, 1, 25, 0, 100, 200, false,
                    'Центр детского творчества', NULL),
                (2, 'festival', 'festival', 'regional', 'Региональный фестиваль детского творчества «Звёздочки»',
                    'Художественное творчество', '{additional}'::text[], 5, 17, 150, 0, 4, 10, 15, 1, 100, 250, false,
                    'Дворец детского творчества', NULL),
                (3, 'athletics', 'competition', 'regional', 'Первенство региона по лёгкой атлетике среди юношей и девушек',
                    'Лёгкая атлетика', '{general,additional}'::text[], 10, 17, 10, 400, 5, 12, 10, 2, 60, 140, false,
                    'Министерство спорта региона', 'Первый юношеский спортивный разряд'),
                (4, 'spartakiad', 'competition', 'municipal', 'Спартакиада школьников муниципального образования',
                    'Многоборье', '{general}'::text[], 11, 17, 40, 0, 4, 20, 10, 0, 120, 250, true,
                    'Муниципальный орган управления образованием', NULL),
                (5, 'research', 'conference', 'regional', 'Региональная научно-практическая конференция школьников «Шаг в будущее»',
                    'Исследовательские работы', '{general,additional}'::text[], 13, 17, 20, 0, 3, 15, 10, 1, 80, 220, false,
                    'Региональный центр выявления и поддержки одарённых детей', NULL),
                (6, 'big-break', 'contest', 'all-russian', 'Всероссийский конкурс «Большая перемена»', NULL,
                    '{general,vocational}'::text[], 14, 19, 15, 0, 10, 1, 30, 0, 20, 60, false,
                    'АНО «Россия — страна возможностей»', NULL),
                (7, 'skills', 'championship', 'regional', 'Региональный этап чемпионата по профессиональному мастерству «Профессионалы»',
                    'Компетенция по специальности', '{vocational}'::text[], 16, 22, 30, 0, 3, 1, 20, 4, 150, 250, false,
                    'Министерство образования региона', NULL),
                (8, 'abilympics', 'championship', 'regional', 'Региональный чемпионат «Абилимпикс»', 'Компетенция по профессии',
                    '{vocational}'::text[], 16, 22, 5, 0, 4, 10, 10, 2, 200, 300, false, 'Региональный центр «Абилимпикс»',
                    NULL)),
            drawn AS (
                SELECT l.membership_id, l.person_id, l.organization_id, l.y, p.*, d.day, $G AS g
                  FROM learners l
                  JOIN programme p ON l.level = ANY (p.levels)
                 CROSS JOIN params
                 CROSS JOIN LATERAL (SELECT $DAY + ($G % p.span)::integer AS day) d
                 WHERE $ON_DAY AND date_part('year', age(d.day, l.birth_date)) BETWEEN p.min_age AND p.max_age
                   AND $G % 1000 < CASE WHEN l.type_code = 'sports-school' THEN p.sports_per_mille ELSE p.per_mille END
            ), c AS (
                SELECT d.*, CASE WHEN d.g / 1000 % 1000 < d.winners THEN 'winner'
                                 WHEN d.g / 1000 % 1000 < d.winners + d.prizes THEN 'prize-winner'
                                 ELSE 'participant' END AS result
                  FROM drawn d
            )
            INSERT INTO portfolio.event (source_id, key, person_id, organization_id, membership_id, name, kind, subject, level,
                    starts_on, ends_on, result, place, participation, team_name, document_number, organizer, awarded_title)
            SELECT 0, 'demo-event-' || c.membership_id || '-' || c.y || '-' || c.code, c.person_id, c.organization_id,
                   c.membership_id, c.name, c.kind, c.subject, c.level, c.day,
                   CASE WHEN c.days > 0 AND c.day + c.days <= params.today THEN c.day + c.days END, c.result,
                   CASE c.result WHEN 'winner' THEN 1 WHEN 'prize-winner' THEN 2 + c.g / 1000000 % 2 END,
                   CASE WHEN c.team THEN 'team' ELSE 'individual' END,
                   CASE WHEN c.team THEN 'Сборная команда образовательной организации' END,
                   CASE WHEN c.result = 'participant' THEN 'С-' ELSE 'Д-' END || lpad((c.g / 100000000 % 1000000)::text, 6, '0'),
                   c.organizer, CASE WHEN c.result = 'winner' THEN c.title END
              FROM c
             CROSS JOIN params
            """.replace("$G", HASH.formatted("l.membership_id * 64 + l.y % 4 * 16 + p.n",
                    "params.seed + 2"))
            .replace("$DAY", DAY.formatted("p", "l.y"))
            .replace("$ON_DAY", HOLDS.formatted("l", "d.day"));

    /**
     * The other achievements, one row each: its kind, the education levels of the learners who
     * get it and their ages, how many in a thousand of them a year (of a sports school's learners:
     * sports_per_mille), and the day it is awarded on (month, day of the month, span). A ГТО badge's stage goes
     * by age (the first stage at 6–7 years, the next every two years), its badge one in three gold;
     * a sports rank by age (youth ranks before 14, then the adult ones, few candidates for master of
     * sport from 16), valid for two years; a qualification rank of grade 2 to 4 in a profession.
     */
    private static final String ACHIEVEMENTS = LEARNERS + """
            , programme(n, code, kind, levels, min_age, max_age, per_mille, sports_per_mille, month, dom, span, name, level, issuer)
                AS (VALUES
                (1, 'gto', 'gto-badge', '{preschool,general,vocational}'::text[], 6, 19, 50, 0, 12, 10, 20, NULL, 'all-russian',
                    'Центр тестирования ВФСК ГТО'),
                (2, 'rank', 'sports-rank', '{general,additional}'::text[], 9, 19, 10, 250, 3, 1, 60, NULL, 'regional',
                    'Орган исполнительной власти субъекта РФ в области физической культуры и спорта'),
                (3, 'qualification', 'qualification-rank', '{vocational}'::text[], 17, 22, 150, 0, 6, 20, 10,
                    NULL, 'school', 'Квалификационная комиссия образовательной организации'),
                (4, 'language', 'certificate', '{general,vocational}'::text[], 14, 19, 10, 0, 5, 15, 15,
                    'Сертификат о владении английским языком уровня B1', 'international', 'Экзаменационный центр'),
                (5, 'scholarship', 'scholarship', '{general,vocational}'::text[], 14, 19, 3, 0, 12, 20, 5,
                    'Именная стипендия главы муниципального образования одарённым обучающимся', 'municipal',
                    'Администрация муниципального образования')),
            sport(i, name) AS (VALUES (0, 'Лёгкая атлетика'), (1, 'Плавание'), (2, 'Лыжные гонки'), (3, 'Футбол'),
                (4, 'Шахматы'), (5, 'Дзюдо')),
            profession(i, name) AS (VALUES (0, 'Слесарь механосборочных работ'), (1, 'Электромонтёр по ремонту и обслуживанию электрооборудования'),
                (2, 'Повар'), (3, 'Оператор электронно-вычислительных и вычислительных машин')),
            drawn AS (
                SELECT l.membership_id, l.person_id, l.organization_id, l.y, p.*, d.day, x.age, $G AS g
                  FROM learners l
                  JOIN programme p ON l.level = ANY (p.levels)
                 CROSS JOIN params
                 CROSS JOIN LATERAL (SELECT $DAY + ($G % p.span)::integer AS day) d
                 CROSS JOIN LATERAL (SELECT date_part('year', age(d.day, l.birth_date))::integer AS age) x
                 WHERE $ON_DAY AND x.age BETWEEN p.min_age AND p.max_age
                   AND $G % 1000 < CASE WHEN l.type_code = 'sports-school' THEN p.sports_per_mille ELSE p.per_mille END
            )
            INSERT INTO portfolio.achievement (source_id, key, person_id, organization_id, membership_id, kind, name, badge,
                    gto_stage, rank, grade, sport, level, awarded_on, valid_until, issuer, document_number)
            SELECT 0, 'demo-achievement-' || d.membership_id || '-' || d.y || '-' || d.code, d.person_id, d.organization_id,
                   d.membership_id, d.kind, coalesce(d.name, pr.name),
                   CASE WHEN d.kind = 'gto-badge' THEN (ARRAY['gold', 'silver', 'bronze'])[1 + d.g / 1000 % 3] END,
                   CASE WHEN d.kind = 'gto-badge' THEN least(d.age / 2 - 2, 18) END,
                   CASE WHEN d.kind = 'sports-rank' THEN
                        CASE WHEN d.age < 14 THEN (ARRAY['youth-3', 'youth-2', 'youth-1'])[1 + d.g / 1000 % 3]
                             WHEN d.age < 16 OR d.g / 1000 % 100 >= 5 THEN (ARRAY['adult-3', 'adult-2', 'adult-1'])[1 + d.g / 1000 % 3]
                             ELSE 'candidate-master' END END,
                   CASE WHEN d.kind = 'qualification-rank' THEN 2 + d.g / 1000 % 3 END,
                   sp.name, d.level, d.day, CASE WHEN d.kind = 'sports-rank' THEN (d.day + interval '2 years')::date END,
                   d.issuer, lpad((d.g / 100000000 % 1000000)::text, 6, '0')
              FROM drawn d
              LEFT JOIN sport sp ON d.kind = 'sports-rank' AND sp.i = d.g / 100000 % 6
              LEFT JOIN profession pr ON d.kind = 'qualification-rank' AND pr.i = d.g / 100000 % 4
            """.replace("$G", HASH.formatted("l.membership_id * 64 + l.y % 4 * 16 + p.n", "params.seed + 3"))
            .replace("$DAY", DAY.formatted("p", "l.y"))
            .replace("$ON_DAY", HOLDS.formatted("l", "d.day"));

    /**
     * A statement, and the table it writes: analyzed after it, so that the statements after it and
     * the report forms are planned on the rows just written, not on an empty table.
     */
    private record Step(String sql, String written) {
    }

    @Activate
    public PortfolioDemoData(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PortfolioExtension.PLUGIN + ")")
            MigratedSchema schema) {
    }

    /** Outside OSGi (tests, benchmarks): the schema is migrated already. */
    public PortfolioDemoData() {
    }

    @Override
    public String id() {
        return PortfolioExtension.ID;
    }

    @Override
    public long generate(Connection connection, long seed, LocalDate today) throws SQLException {
        long rows = 0;
        for (Step step : List.of(new Step(OLYMPIAD, null), new Step(EVENTS, "portfolio.event"),
                new Step(ACHIEVEMENTS, "portfolio.achievement"))) {
            try (PreparedStatement s = connection.prepareStatement(step.sql())) {
                s.setLong(1, seed);
                s.setObject(2, today);
                s.setObject(3, today);
                rows += s.executeLargeUpdate();
            }
            if (step.written() != null) {
                try (Statement s = connection.createStatement()) {
                    s.execute("ANALYZE " + step.written());
                }
            }
        }
        return rows;
    }
}
