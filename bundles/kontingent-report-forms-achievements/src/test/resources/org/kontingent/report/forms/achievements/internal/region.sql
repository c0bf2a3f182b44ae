-- The achievements forms' learners, events and achievements, in the small region the report forms' tests share
-- (org/kontingent/report/support/testing/region.sql, loaded first: authorities 1–4, organizations 10–17, academic years
-- 2024-2025 and 2025-2026), with the portfolio extension's tables. Source 1. Municipalities: the city (10 Гимназия № 1,
-- 11 СОШ № 2, 12 Детский сад «Солнышко»), the Southern district (13 Южная СОШ, 14 Лесная ООШ, 16 ДШИ), the college 17
-- its own (the ministry's).
--
-- Events of 2025-2026 (by the reporting organization; level, result):
--   801 F at 10: ВсОШ school stage in mathematics, winner, and in physics, participant; its municipal stage, prize-winner
--   802 M at 10: ВсОШ school stage in Russian, participant; «Большая перемена», all-Russian, participant
--   803 F at 11: ВсОШ school stage in biology, prize-winner; the municipal spartakiad (a competition), winner, in a team
--   804 M, 805 F at 12 (preschoolers): a regional drawing contest, prize-winner and participant
--   806 M at 13: ВсОШ regional stage in history, participant (and in 2024-2025 a municipal olympiad, winner)
--   807 F at 16: a regional festival, winner
--   808 M at 17: the regional «Профессионалы» championship, prize-winner, and «Абилимпикс», participant
--   809 F at 14: ВсОШ school stage in mathematics, participant; a regional research conference, winner
--   810 M, a pupil of 13 and a learner of 16: the regional conference at 13 and the regional festival at 16, participant
-- Achievements (awarded on): 801 gold ГТО (2025-12-15, at 10); 803 silver ГТО and a youth rank (at 11); 804 gold ГТО
-- (2026-05-20, at 12); 806 bronze ГТО and the second adult rank (at 13); 807 candidate for master of sport (at 16); 808 a
-- qualification rank and a certificate (at 17); 809 a scholarship (at 14); 813 the title of master of sport and another
-- achievement (at 13); and in 2024-2025, 812's gold ГТО (2025-05-01, at 10).
INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex)
SELECT id, 'Участник', 'Номер ' || id, 'УЧАСТНИК', 'НОМЕР ' || id, DATE '2010-01-01', CASE WHEN id % 2 = 0 THEN 'M' ELSE 'F' END
  FROM unnest(ARRAY[801, 802, 803, 804, 805, 806, 807, 808, 809, 810, 812, 813]) id;

INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
    (5801, 801, 10, 'learner', '2019-09-01', NULL, NULL),
    (5802, 802, 10, 'learner', '2019-09-01', NULL, NULL),
    (5803, 803, 11, 'learner', '2019-09-01', NULL, NULL),
    (5804, 804, 12, 'learner', '2022-09-01', NULL, NULL),
    (5805, 805, 12, 'learner', '2022-09-01', NULL, NULL),
    (5806, 806, 13, 'learner', '2018-09-01', NULL, NULL),
    (5807, 807, 16, 'learner', '2021-09-01', NULL, NULL),
    (5808, 808, 17, 'learner', '2024-09-01', NULL, NULL),
    (5809, 809, 14, 'learner', '2019-09-01', NULL, NULL),
    (5810, 810, 13, 'learner', '2019-09-01', NULL, NULL),
    (5811, 810, 16, 'learner', '2023-09-01', NULL, NULL),
    (5812, 812, 10, 'learner', '2016-09-01', '2025-06-01', 'graduation'),
    (5813, 813, 13, 'learner', '2016-09-01', NULL, NULL);

INSERT INTO portfolio.event (source_id, key, person_id, organization_id, membership_id, name, kind, subject, level, stage,
        starts_on, result, place, participation, team_name) VALUES
    (1, 'e801a', 801, 10, 5801, 'ВсОШ по математике', 'olympiad', 'Математика', 'school', 'school', '2025-10-05', 'winner', 1,
        'individual', NULL),
    (1, 'e801b', 801, 10, 5801, 'ВсОШ по физике', 'olympiad', 'Физика', 'school', 'school', '2025-10-10', 'participant', NULL,
        'individual', NULL),
    (1, 'e801c', 801, 10, 5801, 'ВсОШ по математике', 'olympiad', 'Математика', 'municipal', 'municipal', '2025-11-20',
        'prize-winner', 2, 'individual', NULL),
    (1, 'e802a', 802, 10, 5802, 'ВсОШ по русскому языку', 'olympiad', 'Русский язык', 'school', 'school', '2025-10-06',
        'participant', NULL, 'individual', NULL),
    (1, 'e802b', 802, 10, 5802, 'Большая перемена', 'contest', NULL, 'all-russian', NULL, '2025-10-15', 'participant', NULL,
        'individual', NULL),
    (1, 'e803a', 803, 11, 5803, 'ВсОШ по биологии', 'olympiad', 'Биология', 'school', 'school', '2025-10-07', 'prize-winner', 3,
        'individual', NULL),
    (1, 'e803b', 803, 11, 5803, 'Спартакиада школьников', 'competition', 'Многоборье', 'municipal', NULL, '2026-02-10',
        'winner', 1, 'team', 'Сборная СОШ № 2'),
    (1, 'e804', 804, 12, 5804, 'Конкурс детского рисунка', 'contest', NULL, 'regional', NULL, '2026-02-12', 'prize-winner', 2,
        'individual', NULL),
    (1, 'e805', 805, 12, 5805, 'Конкурс детского рисунка', 'contest', NULL, 'regional', NULL, '2026-02-12', 'participant', NULL,
        'individual', NULL),
    (1, 'e806a', 806, 13, 5806, 'ВсОШ по истории', 'olympiad', 'История', 'regional', 'regional', '2026-01-20', 'participant',
        NULL, 'individual', NULL),
    (1, 'e806b', 806, 13, 5806, 'Олимпиада по истории', 'olympiad', 'История', 'municipal', NULL, '2025-03-01', 'winner', 1,
        'individual', NULL),
    (1, 'e807', 807, 16, 5807, 'Фестиваль «Звёздочки»', 'festival', NULL, 'regional', NULL, '2026-04-10', 'winner', 1,
        'individual', NULL),
    (1, 'e808a', 808, 17, 5808, 'Чемпионат «Профессионалы»', 'championship', 'Сварочные технологии', 'regional', NULL,
        '2026-03-05', 'prize-winner', 2, 'individual', NULL),
    (1, 'e808b', 808, 17, 5808, 'Чемпионат «Абилимпикс»', 'championship', 'Сварочные технологии', 'regional', NULL,
        '2026-04-12', 'participant', NULL, 'individual', NULL),
    (1, 'e809a', 809, 14, 5809, 'ВсОШ по математике', 'olympiad', 'Математика', 'school', 'school', '2025-10-05', 'participant',
        NULL, 'individual', NULL),
    (1, 'e809b', 809, 14, 5809, 'Конференция «Шаг в будущее»', 'conference', NULL, 'regional', NULL, '2026-03-15', 'winner', 1,
        'individual', NULL),
    (1, 'e810a', 810, 13, 5810, 'Конференция «Шаг в будущее»', 'conference', NULL, 'regional', NULL, '2026-03-15',
        'participant', NULL, 'individual', NULL),
    (1, 'e810b', 810, 16, 5811, 'Фестиваль «Звёздочки»', 'festival', NULL, 'regional', NULL, '2026-04-10', 'participant', NULL,
        'individual', NULL);

INSERT INTO portfolio.achievement (source_id, key, person_id, organization_id, membership_id, kind, name, badge, gto_stage,
        rank, grade, awarded_on) VALUES
    (1, 'a801', 801, 10, 5801, 'gto-badge', NULL, 'gold', 5, NULL, NULL, '2025-12-15'),
    (1, 'a803a', 803, 11, 5803, 'gto-badge', NULL, 'silver', 5, NULL, NULL, '2026-01-10'),
    (1, 'a803b', 803, 11, 5803, 'sports-rank', NULL, NULL, NULL, 'youth-1', NULL, '2026-03-01'),
    (1, 'a804', 804, 12, 5804, 'gto-badge', NULL, 'gold', 1, NULL, NULL, '2026-05-20'),
    (1, 'a806a', 806, 13, 5806, 'gto-badge', NULL, 'bronze', 6, NULL, NULL, '2025-12-15'),
    (1, 'a806b', 806, 13, 5806, 'sports-rank', NULL, NULL, NULL, 'adult-2', NULL, '2026-03-02'),
    (1, 'a807', 807, 16, 5807, 'sports-rank', NULL, NULL, NULL, 'candidate-master', NULL, '2026-03-03'),
    (1, 'a808a', 808, 17, 5808, 'qualification-rank', 'Сварщик', NULL, NULL, NULL, 3, '2026-06-20'),
    (1, 'a808b', 808, 17, 5808, 'certificate', 'Сертификат «Цифровая грамотность»', NULL, NULL, NULL, NULL, '2026-05-15'),
    (1, 'a809', 809, 14, 5809, 'scholarship', 'Стипендия главы района', NULL, NULL, NULL, NULL, '2025-12-20'),
    (1, 'a812', 812, 10, 5812, 'gto-badge', NULL, 'gold', 6, NULL, NULL, '2025-05-01'),
    (1, 'a813a', 813, 13, 5813, 'sports-title', NULL, NULL, NULL, 'master', NULL, '2026-02-01'),
    (1, 'a813b', 813, 13, 5813, 'other', 'Почётная грамота главы района', NULL, NULL, NULL, NULL, '2026-04-01');
