-- The health forms' learners and their conclusions, disability and special needs, in the small region the report forms'
-- tests share (org/kontingent/report/support/testing/region.sql, loaded first: authorities 1–4, organizations 10–17,
-- academic years 2024-2025 and 2025-2026), with the health extension's tables. Source 1.
--
-- Learners on the day counted, 2025-11-01, and what holds for them there on it:
--   10 Гимназия № 1: 901 group I, basic                    902 group III, preparatory (last year's conclusion, II and
--                                                            basic, ended on 2025-08-31)
--                    903 this year's conclusion (II, basic) made on 2025-11-05: nothing determined on the day
--                    904 group IV, special «А», long-term treatment, a disabled child, ОВЗ with an adapted programme
--                    905 group II, no medical group for physical education determined, ОВЗ without an adapted programme
--   11 СОШ № 2:      906 group V, exempt, a disabled child, ОВЗ with an adapted programme
--                    907 nothing recorded                    908 group I, but left on 2025-10-01: not counted
--   12 Детский сад «Солнышко»: 909 group II, basic           910 group II, preparatory; his ОВЗ conclusion ended on
--                                                            2025-10-31
--   13 Южная СОШ:    911 group III, special «А»              912 group II, basic; her disability ended on 2025-10-01
--                    916 two conclusions in force: II and basic from 2025-09-01, III and special «А» from 2025-10-01:
--                    the latest to begin counts            913 comes on 2025-11-15: not counted
--   16 ДШИ Южного района: 901 again, a learner there too, with nothing recorded by the arts school
--   17 the college:  914 group III, preparatory, disabled (group III for disability from childhood, an adult)
--                    915 nothing recorded by the college (her conclusion was recorded by the gymnasium, where she is
--                    no learner)
INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
    (901, 'Здоровая', 'Первая', 'ЗДОРОВАЯ', 'ПЕРВАЯ', '2012-03-01', 'F'),
    (902, 'Здоровый', 'Второй', 'ЗДОРОВЫЙ', 'ВТОРОЙ', '2011-04-01', 'M'),
    (903, 'Здоровая', 'Третья', 'ЗДОРОВАЯ', 'ТРЕТЬЯ', '2013-05-01', 'F'),
    (904, 'Здоровый', 'Четвёртый', 'ЗДОРОВЫЙ', 'ЧЕТВЕРТЫЙ', '2014-06-01', 'M'),
    (905, 'Здоровая', 'Пятая', 'ЗДОРОВАЯ', 'ПЯТАЯ', '2012-07-01', 'F'),
    (906, 'Здоровый', 'Шестой', 'ЗДОРОВЫЙ', 'ШЕСТОЙ', '2010-08-01', 'M'),
    (907, 'Здоровая', 'Седьмая', 'ЗДОРОВАЯ', 'СЕДЬМАЯ', '2011-09-01', 'F'),
    (908, 'Здоровый', 'Восьмой', 'ЗДОРОВЫЙ', 'ВОСЬМОЙ', '2010-10-01', 'M'),
    (909, 'Здоровая', 'Девятая', 'ЗДОРОВАЯ', 'ДЕВЯТАЯ', '2021-02-01', 'F'),
    (910, 'Здоровый', 'Десятый', 'ЗДОРОВЫЙ', 'ДЕСЯТЫЙ', '2020-03-01', 'M'),
    (911, 'Здоровый', 'Одиннадцатый', 'ЗДОРОВЫЙ', 'ОДИННАДЦАТЫЙ', '2013-04-01', 'M'),
    (912, 'Здоровая', 'Двенадцатая', 'ЗДОРОВАЯ', 'ДВЕНАДЦАТАЯ', '2014-05-01', 'F'),
    (913, 'Здоровый', 'Тринадцатый', 'ЗДОРОВЫЙ', 'ТРИНАДЦАТЫЙ', '2015-06-01', 'M'),
    (914, 'Здоровый', 'Четырнадцатый', 'ЗДОРОВЫЙ', 'ЧЕТЫРНАДЦАТЫЙ', '2006-07-01', 'M'),
    (915, 'Здоровая', 'Пятнадцатая', 'ЗДОРОВАЯ', 'ПЯТНАДЦАТАЯ', '2008-08-01', 'F'),
    (916, 'Здоровая', 'Шестнадцатая', 'ЗДОРОВАЯ', 'ШЕСТНАДЦАТАЯ', '2013-09-01', 'F');

INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
    (6901, 901, 10, 'learner', '2019-09-01', NULL, NULL),
    (6902, 902, 10, 'learner', '2018-09-01', NULL, NULL),
    (6903, 903, 10, 'learner', '2020-09-01', NULL, NULL),
    (6904, 904, 10, 'learner', '2021-09-01', NULL, NULL),
    (6905, 905, 10, 'learner', '2019-09-01', NULL, NULL),
    (6906, 906, 11, 'learner', '2017-09-01', NULL, NULL),
    (6907, 907, 11, 'learner', '2018-09-01', NULL, NULL),
    (6908, 908, 11, 'learner', '2017-09-01', '2025-10-01', 'transfer'),
    (6909, 909, 12, 'learner', '2024-09-01', NULL, NULL),
    (6910, 910, 12, 'learner', '2023-09-01', NULL, NULL),
    (6911, 911, 13, 'learner', '2020-09-01', NULL, NULL),
    (6912, 912, 13, 'learner', '2021-09-01', NULL, NULL),
    (6913, 913, 13, 'learner', '2025-11-15', NULL, NULL),
    (6916, 916, 13, 'learner', '2020-09-01', NULL, NULL),
    (6921, 901, 16, 'learner', '2024-09-01', NULL, NULL),
    (6914, 914, 17, 'learner', '2023-09-01', NULL, NULL),
    (6915, 915, 17, 'learner', '2024-09-01', NULL, NULL);

INSERT INTO health.conclusion (source_id, key, person_id, organization_id, membership_id, health_group, pe_group,
        long_term_treatment, concluded_on, valid_from, valid_until) VALUES
    (1, 'c-901', 901, 10, 6901, 1, 'basic', false, '2025-09-10', '2025-09-10', '2026-08-31'),
    (1, 'c-902-last', 902, 10, 6902, 2, 'basic', false, '2024-09-12', '2024-09-12', '2025-08-31'),
    (1, 'c-902', 902, 10, 6902, 3, 'preparatory', false, '2025-09-15', '2025-09-15', '2026-08-31'),
    (1, 'c-903', 903, 10, 6903, 2, 'basic', false, '2025-11-05', '2025-11-05', '2026-08-31'),
    (1, 'c-904', 904, 10, 6904, 4, 'special-a', true, '2025-09-20', '2025-09-20', '2026-08-31'),
    (1, 'c-905', 905, 10, 6905, 2, NULL, false, '2025-09-22', '2025-09-22', NULL),
    (1, 'c-906', 906, 11, 6906, 5, 'exempt', false, '2025-09-05', '2025-09-05', '2026-08-31'),
    (1, 'c-908', 908, 11, 6908, 1, 'basic', false, '2025-09-05', '2025-09-05', '2026-08-31'),
    (1, 'c-909', 909, 12, 6909, 2, 'basic', false, '2025-09-01', '2025-09-01', '2026-08-31'),
    (1, 'c-910', 910, 12, 6910, 2, 'preparatory', false, '2025-09-01', '2025-09-01', '2026-08-31'),
    (1, 'c-911', 911, 13, 6911, 3, 'special-a', false, '2025-09-08', '2025-09-08', '2026-08-31'),
    (1, 'c-912', 912, 13, 6912, 2, 'basic', false, '2025-09-08', '2025-09-08', '2026-08-31'),
    (1, 'c-916-a', 916, 13, 6916, 2, 'basic', false, '2025-09-01', '2025-09-01', NULL),
    (1, 'c-916-b', 916, 13, 6916, 3, 'special-a', false, '2025-09-25', '2025-10-01', '2026-08-31'),
    (1, 'c-914', 914, 17, 6914, 3, 'preparatory', false, '2025-09-03', '2025-09-03', '2026-08-31'),
    (1, 'c-915', 915, 10, NULL, 1, 'basic', false, '2025-09-03', '2025-09-03', '2026-08-31');

INSERT INTO health.disability (source_id, key, person_id, organization_id, membership_id, category, reason, established_on,
        valid_until) VALUES
    (1, 'd-904', 904, 10, 6904, 'child-disabled', NULL, '2023-03-01', '2032-05-31'),
    (1, 'd-906', 906, 11, 6906, 'child-disabled', NULL, '2019-02-01', '2028-07-31'),
    (1, 'd-912', 912, 13, 6912, 'child-disabled', NULL, '2024-10-01', '2025-10-01'),
    (1, 'd-914', 914, 17, 6914, 'group-3', 'childhood', '2024-07-15', NULL);

INSERT INTO health.special_needs (source_id, key, person_id, organization_id, membership_id, category, adapted_programme,
        programme_variant, concluded_on, valid_until) VALUES
    (1, 's-904', 904, 10, 6904, 'musculoskeletal', true, '6.2', '2021-05-20', NULL),
    (1, 's-905', 905, 10, 6905, 'speech', false, NULL, '2024-04-10', NULL),
    (1, 's-906', 906, 11, 6906, 'intellectual', true, 'ФАООП УО, вариант 1', '2017-06-01', NULL),
    (1, 's-910', 910, 12, 6910, 'mental-delay', true, NULL, '2024-05-15', '2025-10-31');
