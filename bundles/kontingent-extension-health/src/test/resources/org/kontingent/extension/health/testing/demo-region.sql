-- A small region as the demo generator makes one (kontingent-demo-region's DemoRegionGenerator), for the health demo
-- data and the forms it fills: generated here by rule, not drawn, so that its numbers are known. Academic years
-- 2025-2026 and 2026-2027 (the region is made as of a day of 2026-2027, 2026-11-23). Under the city (authority 2):
-- school 40 and kindergarten 41; under the Northern district (authority 3): school 44 and arts school 43; under the
-- ministry (authority 1): college 42.
--   pupils 100001–101000: at school 40 (i <= 600) or 44, since 2019-09-01, or since 1 September 2026 plus i % 20 days
--     when i % 10 = 0 (100 of them); men (M) for even i, women (F) for odd, born on 2010-01-01 plus i * 7 % 3000 days
--     (8 to 16 years old); pupils 100001–100100 also at the arts school 43 since 2025-09-01 (additional education);
--   preschoolers 200001–200200: at kindergarten 41 since 2024-09-01 plus k % 30 days, born on 2020-01-01 plus
--     k * 5 % 1400 days (3 to 6 years old);
--   students 300001–300300: at college 42 since 2024-09-01, born on 2007-06-01 plus k * 3 % 1000 days (16 to 19: the
--     older ones adults);
--   leavers 400001–400020: at school 40 from 2020-09-01 to 2026-06-01 (graduation);
--   newcomers 400021–400025: at school 40 from 2026-12-01, after the day the region is made as of.
INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Демонстрационный край');
INSERT INTO registry.authority (id, parent_id, full_name, short_name, level, oktmo) VALUES
    (1, NULL, 'Министерство образования Демонстрационного края', 'Минобр', 'regional', '01000000'),
    (2, 1, 'Комитет по образованию города Демонстрационска', 'Комитет', 'municipal', '01000000'),
    (3, 1, 'Управление образования Северного района', 'УО Северного района', 'municipal', '01000000');
INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, ownership_code, education_level,
        oktmo, district, settlement) VALUES
    (40, 2, 'МБОУ «Средняя общеобразовательная школа № 1»', 'СОШ № 1', 'secondary-school', 'municipal', 'general',
        '01000000', 'город Демонстрационск', 'Демонстрационск'),
    (41, 2, 'МБДОУ «Детский сад № 5 «Берёзка»»', 'Детский сад № 5', 'kindergarten', 'municipal', 'preschool', '01000000',
        'город Демонстрационск', 'Демонстрационск'),
    (42, 1, 'КГБПОУ «Демонстрационский политехнический колледж»', 'Политехнический колледж', 'college', 'regional',
        'vocational', '01000000', 'город Демонстрационск', 'Демонстрационск'),
    (43, 3, 'МБУ ДО «Детская школа искусств Северного района»', 'ДШИ Северного района', 'arts-school', 'municipal',
        'additional', '01000000', 'Северный район', 'Северное'),
    (44, 3, 'МБОУ «Северная средняя общеобразовательная школа»', 'Северная СОШ', 'secondary-school', 'municipal',
        'general', '01000000', 'Северный район', 'Северное');
INSERT INTO registry.academic_year (code, starts_on, ends_on) VALUES
    ('2025-2026', '2025-09-01', '2026-09-01'),
    ('2026-2027', '2026-09-01', '2027-09-01');

INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex)
SELECT 100000 + i, 'Школьник', 'Номер ' || i, 'ШКОЛЬНИК', 'НОМЕР ' || i, DATE '2010-01-01' + i * 7 % 3000,
       CASE WHEN i % 2 = 0 THEN 'M' ELSE 'F' END
  FROM generate_series(1, 1000) i
UNION ALL
SELECT 200000 + k, 'Дошкольник', 'Номер ' || k, 'ДОШКОЛЬНИК', 'НОМЕР ' || k, DATE '2020-01-01' + k * 5 % 1400,
       CASE WHEN k % 2 = 0 THEN 'M' ELSE 'F' END
  FROM generate_series(1, 200) k
UNION ALL
SELECT 300000 + k, 'Студент', 'Номер ' || k, 'СТУДЕНТ', 'НОМЕР ' || k, DATE '2007-06-01' + k * 3 % 1000,
       CASE WHEN k % 2 = 0 THEN 'M' ELSE 'F' END
  FROM generate_series(1, 300) k
UNION ALL
SELECT 400000 + k, 'Выбывший', 'Номер ' || k, 'ВЫБЫВШИЙ', 'НОМЕР ' || k, DATE '2008-01-01' + 11 * k, 'M'
  FROM generate_series(1, 25) k;

INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code)
SELECT 100000 + i, 100000 + i, CASE WHEN i <= 600 THEN 40 ELSE 44 END, 'learner',
       CASE WHEN i % 10 = 0 THEN DATE '2026-09-01' + i % 20 ELSE DATE '2019-09-01' END, NULL::date, NULL::text
  FROM generate_series(1, 1000) i
UNION ALL
SELECT 150000 + i, 100000 + i, 43, 'learner', DATE '2025-09-01', NULL, NULL
  FROM generate_series(1, 100) i
UNION ALL
SELECT 200000 + k, 200000 + k, 41, 'learner', DATE '2024-09-01' + k % 30, NULL, NULL
  FROM generate_series(1, 200) k
UNION ALL
SELECT 300000 + k, 300000 + k, 42, 'learner', DATE '2024-09-01', NULL, NULL
  FROM generate_series(1, 300) k
UNION ALL
SELECT 400000 + k, 400000 + k, 40, 'learner', DATE '2020-09-01', DATE '2026-06-01', 'graduation'
  FROM generate_series(1, 20) k
UNION ALL
SELECT 400000 + k, 400000 + k, 40, 'learner', DATE '2026-12-01', NULL, NULL
  FROM generate_series(21, 25) k;
