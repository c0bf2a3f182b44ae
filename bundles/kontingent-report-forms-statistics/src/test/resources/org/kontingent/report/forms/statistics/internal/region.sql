-- A small region for the statistics forms' tests. Every expected number in the tests is counted
-- by hand from this file; the comments give the counts. The day of the learner counts is
-- 2026-10-01 ("D"); the load period is 2026-09-28 .. 2026-10-02.
--
-- Authorities: the ministry (1) over two municipal authorities (2, 3); 3 has a subordinate
-- department (4, level 'other'), so an organization under 4 belongs to municipality 3.
INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES
    (1, NULL, 'Министерство образования Энской области', 'regional'),
    (2, 1, 'Управление образования Северного района', 'municipal'),
    (3, 1, 'Комитет по образованию города Энска', 'municipal'),
    (4, 3, 'Отдел образования Заречного округа', 'other');

-- Organizations. Municipality (report.organization.municipality_id): 10, 11 -> 2; 12, 13, 14 -> 3;
-- 15, 16 -> 1 (under no municipal authority: their own authority).
-- authority 2 -> {10, 11}; authority 3 (with 4) -> {12, 13, 14}; authority 4 -> {13, 14};
-- district 'Северный район' -> {10, 11, 16}; settlement 'село Луговое' -> {10, 16}.
INSERT INTO registry.organization (id, authority_id, full_name, type_code, education_level, district, settlement) VALUES
    (10, 2, 'МБОУ «Луговская СОШ»', 'secondary-school', 'general', 'Северный район', 'село Луговое'),
    (11, 2, 'МБДОУ «Детский сад «Ромашка»', 'kindergarten', 'preschool', 'Северный район', 'посёлок Озёрный'),
    (12, 3, 'МБОУ «Гимназия № 3»', 'gymnasium', 'general', 'город Энск', 'город Энск'),
    (13, 4, 'МБОУ «СОШ № 7»', 'secondary-school', 'general', 'город Энск', 'город Энск'),
    (14, 4, 'МБДОУ «Детский сад № 12»', 'kindergarten', 'preschool', 'город Энск', 'город Энск'),
    (15, 1, 'КГБПОУ «Энский политехнический колледж»', 'college', 'vocational', 'город Энск', 'город Энск'),
    (16, 1, 'КГБОУ «Луговская школа-интернат»', 'boarding-school', 'general', 'Северный район', 'село Луговое');

INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'), ('2026-2027', '2026-09-01', '2027-09-01');

-- Persons: 29 learners (126 of unknown sex) and one member of staff (190).
INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
    (101, 'Агеев', 'Антон', 'АГЕЕВ', 'АНТОН', '2015-03-01', 'M'),
    (102, 'Белова', 'Вера', 'БЕЛОВА', 'ВЕРА', '2012-05-11', 'F'),
    (103, 'Власова', 'Галина', 'ВЛАСОВА', 'ГАЛИНА', '2008-07-21', 'F'),
    (104, 'Глебов', 'Денис', 'ГЛЕБОВ', 'ДЕНИС', '2014-02-02', 'M'),
    (105, 'Дёмин', 'Егор', 'ДЕМИН', 'ЕГОР', '2019-01-15', 'M'),
    (106, 'Ершова', 'Жанна', 'ЕРШОВА', 'ЖАННА', '2019-06-30', 'F'),
    (107, 'Жукова', 'Зоя', 'ЖУКОВА', 'ЗОЯ', '2011-09-09', 'F'),
    (111, 'Зайцева', 'Инна', 'ЗАЙЦЕВА', 'ИННА', '2021-04-04', 'F'),
    (112, 'Ильин', 'Кирилл', 'ИЛЬИН', 'КИРИЛЛ', '2022-08-08', 'M'),
    (113, 'Козлов', 'Лев', 'КОЗЛОВ', 'ЛЕВ', '2021-12-12', 'M'),
    (114, 'Лебедева', 'Мария', 'ЛЕБЕДЕВА', 'МАРИЯ', '2023-03-03', 'F'),
    (121, 'Морозова', 'Нина', 'МОРОЗОВА', 'НИНА', '2013-01-01', 'F'),
    (122, 'Новикова', 'Ольга', 'НОВИКОВА', 'ОЛЬГА', '2013-02-02', 'F'),
    (123, 'Орлова', 'Полина', 'ОРЛОВА', 'ПОЛИНА', '2012-03-03', 'F'),
    (124, 'Павлов', 'Роман', 'ПАВЛОВ', 'РОМАН', '2012-04-04', 'M'),
    (125, 'Романов', 'Сергей', 'РОМАНОВ', 'СЕРГЕЙ', '2008-05-05', 'M'),
    (126, 'Семенюк', 'Саша', 'СЕМЕНЮК', 'САША', '2019-06-06', NULL),
    (131, 'Тихонов', 'Тимур', 'ТИХОНОВ', 'ТИМУР', '2016-07-07', 'M'),
    (132, 'Уткин', 'Фёдор', 'УТКИН', 'ФЕДОР', '2016-08-08', 'M'),
    (133, 'Фомина', 'Елена', 'ФОМИНА', 'ЕЛЕНА', '2016-09-09', 'F'),
    (134, 'Харитонова', 'Юлия', 'ХАРИТОНОВА', 'ЮЛИЯ', '2019-10-10', 'F'),
    (141, 'Цветкова', 'Яна', 'ЦВЕТКОВА', 'ЯНА', '2021-01-21', 'F'),
    (142, 'Чернова', 'Алла', 'ЧЕРНОВА', 'АЛЛА', '2021-02-21', 'F'),
    (143, 'Шубин', 'Борис', 'ШУБИН', 'БОРИС', '2022-03-21', 'M'),
    (151, 'Щукин', 'Валерий', 'ЩУКИН', 'ВАЛЕРИЙ', '2009-04-21', 'M'),
    (152, 'Юдин', 'Григорий', 'ЮДИН', 'ГРИГОРИЙ', '2009-05-21', 'M'),
    (153, 'Яковлева', 'Дарья', 'ЯКОВЛЕВА', 'ДАРЬЯ', '2009-06-21', 'F'),
    (161, 'Абрамова', 'Евгения', 'АБРАМОВА', 'ЕВГЕНИЯ', '2014-07-21', 'F'),
    (162, 'Борисов', 'Захар', 'БОРИСОВ', 'ЗАХАР', '2018-08-21', 'M'),
    (190, 'Васильева', 'Ирина', 'ВАСИЛЬЕВА', 'ИРИНА', '1985-09-21', 'F');

-- Memberships. "D" marks whether a learner counts on D = 2026-10-01 (starts_on <= D < ends_on);
-- "S" whether on 2026-09-01.
INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
    -- 10, secondary school: D 4 (M 101, 105; F 102, 107); S 4 (M 101, 104; F 102, 107)
    (5101, 101, 10, 'learner', '2025-09-01', NULL, NULL),                                  -- D S
    (5102, 102, 10, 'learner', '2020-09-01', NULL, NULL),                                  -- D S
    (5103, 103, 10, 'learner', '2019-09-01', '2026-06-25', 'graduation'),                  -- left before
    (5104, 104, 10, 'learner', '2026-09-01', '2026-10-01', 'transfer-within-region'),      -- S; ends on D: not on D
    (5105, 105, 10, 'learner', '2026-10-01', NULL, NULL),                                  -- D (starts on D)
    (5106, 106, 10, 'learner', '2026-10-02', NULL, NULL),                                  -- starts after D
    (5107, 107, 10, 'learner', '2023-09-01', '2026-10-02', 'moved-out-of-region'),         -- D S (ends the day after D)
    -- 11, kindergarten: D 2 (M 112; F 111); S 3 (M 112, 113; F 111)
    (5111, 111, 11, 'learner', '2024-09-01', NULL, NULL),                                  -- D S
    (5112, 112, 11, 'learner', '2025-09-01', NULL, NULL),                                  -- D S
    (5113, 113, 11, 'learner', '2025-09-01', '2026-09-15', 'parents-request'),             -- S
    (5114, 114, 11, 'learner', '2026-11-01', NULL, NULL),                                  -- later
    -- 12, gymnasium: D 5 (M 124; F 121, 122, 123; unknown 126); S the same 5
    (5121, 121, 12, 'learner', '2022-09-01', NULL, NULL),
    (5122, 122, 12, 'learner', '2022-09-01', NULL, NULL),
    (5123, 123, 12, 'learner', '2021-09-01', NULL, NULL),
    (5124, 124, 12, 'learner', '2021-09-01', NULL, NULL),
    (5125, 125, 12, 'learner', '2018-09-01', '2026-06-20', 'graduation'),                  -- left before
    (5126, 126, 12, 'learner', '2026-09-01', NULL, NULL),
    -- 13, secondary school: D 4 (M 104, 131, 132; F 134); S 4 (M 131, 132; F 133, 134)
    (5130, 104, 13, 'learner', '2026-10-01', NULL, NULL),                                  -- D: came from 10 on D
    (5131, 131, 13, 'learner', '2024-09-01', NULL, NULL),
    (5132, 132, 13, 'learner', '2024-09-01', NULL, NULL),
    (5133, 133, 13, 'learner', '2024-09-01', '2026-09-30', 'family-education'),            -- S
    (5134, 134, 13, 'learner', '2026-09-01', NULL, NULL),
    -- 14, kindergarten: D 3 (M 143; F 141, 142); S the same 3; and a member of staff
    (5141, 141, 14, 'learner', '2025-09-01', NULL, NULL),
    (5142, 142, 14, 'learner', '2025-09-01', NULL, NULL),
    (5143, 143, 14, 'learner', '2026-09-01', NULL, NULL),
    (5190, 190, 14, 'staff', '2020-09-01', NULL, NULL),                                    -- not a learner
    -- 15, college: D 2 (M 151, 152); S 3 (M 151, 152; F 153)
    (5151, 151, 15, 'learner', '2024-09-01', NULL, NULL),
    (5152, 152, 15, 'learner', '2025-09-01', NULL, NULL),
    (5153, 153, 15, 'learner', '2025-09-01', '2026-09-20', 'expelled'),                    -- S
    -- 16, boarding school: D 2 (M 162; F 161); S the same 2
    (5161, 161, 16, 'learner', '2023-09-01', NULL, NULL),
    (5162, 162, 16, 'learner', '2026-09-01', NULL, NULL);

-- The gateway: two providers (besides the built-in manual upload), each writing to two
-- organizations. Times are noon-ish UTC, so a day is the same day in any time zone from
-- UTC-11 to UTC+10.
INSERT INTO gateway.provider (id, code, name) VALUES
    (101, 'dnevnik', 'Дневник.ру'),
    (102, 'netschool', 'АИС «Сетевой город»');
INSERT INTO gateway.provider_organization (provider_id, organization_id, code) VALUES
    (101, 10, 'lugovoe-school'), (101, 11, 'romashka'),
    (102, 12, 'gymnasium-3'), (102, 13, 'school-7');

-- Дневник.ру, in the period 2026-09-28 .. 2026-10-02: 09-28 2 packages, 120 received, 115 applied,
-- 5 refused; 09-30 1 rejected package; 10-02 1 package, 30 / 28 / 2. Outside: 09-27, 10-03.
INSERT INTO gateway.package (provider_id, media_type, body, received_by, received_at, status,
        received_count, applied_count, refused_count) VALUES
    (101, 'application/json', '\x7b7d', 'dnevnik', '2026-09-27 12:00+00', 'applied', 50, 50, 0),
    (101, 'application/json', '\x7b7d', 'dnevnik', '2026-09-28 11:00+00', 'partially-applied', 100, 95, 5),
    (101, 'application/json', '\x7b7d', 'dnevnik', '2026-09-28 13:00+00', 'applied', 20, 20, 0),
    (101, 'application/json', '\x7b7d', 'dnevnik', '2026-09-30 12:00+00', 'rejected', NULL, NULL, NULL),
    (101, 'application/json', '\x7b7d', 'dnevnik', '2026-10-02 12:00+00', 'partially-applied', 30, 28, 2),
    (101, 'application/json', '\x7b7d', 'dnevnik', '2026-10-03 12:00+00', 'applied', 40, 40, 0);

-- АИС «Сетевой город», in the period: 09-29 1 package, 200 / 190 / 10; 10-01 2 packages,
-- 400 / 390 / 10. Outside: 10-03.
INSERT INTO gateway.package (provider_id, media_type, body, received_by, received_at, status,
        received_count, applied_count, refused_count) VALUES
    (102, 'application/xml', '\x3c612f3e', 'netschool', '2026-09-29 12:00+00', 'partially-applied', 200, 190, 10),
    (102, 'application/xml', '\x3c612f3e', 'netschool', '2026-10-01 11:00+00', 'applied', 300, 300, 0),
    (102, 'application/xml', '\x3c612f3e', 'netschool', '2026-10-01 13:00+00', 'partially-applied', 100, 90, 10),
    (102, 'application/xml', '\x3c612f3e', 'netschool', '2026-10-03 12:00+00', 'applied', 1000, 1000, 0);

-- Files officials uploaded by hand, each kept with the uploader's scope: 09-28 by the region
-- (10 / 10 / 0); 09-29 by authority 4 (7 / 6 / 1); 10-02 by organization 12 (5 / 5 / 0) and by
-- organization 10 (3 / 3 / 0).
INSERT INTO gateway.package (provider_id, media_type, body, received_by, received_at, status,
        received_count, applied_count, refused_count, uploader_scope_kind, uploader_scope_id) VALUES
    ((SELECT id FROM gateway.provider WHERE code = 'manual-upload'), 'application/vnd.ms-excel', '\x00', 'minister',
        '2026-09-28 12:00+00', 'applied', 10, 10, 0, 'REGION', NULL),
    ((SELECT id FROM gateway.provider WHERE code = 'manual-upload'), 'application/vnd.ms-excel', '\x00', 'zarechny',
        '2026-09-29 12:00+00', 'partially-applied', 7, 6, 1, 'AUTHORITY', 4),
    ((SELECT id FROM gateway.provider WHERE code = 'manual-upload'), 'application/vnd.ms-excel', '\x00', 'gymnasium',
        '2026-10-02 11:00+00', 'applied', 5, 5, 0, 'ORGANIZATION', 12),
    ((SELECT id FROM gateway.provider WHERE code = 'manual-upload'), 'application/vnd.ms-excel', '\x00', 'lugovoe',
        '2026-10-02 13:00+00', 'applied', 3, 3, 0, 'ORGANIZATION', 10);
