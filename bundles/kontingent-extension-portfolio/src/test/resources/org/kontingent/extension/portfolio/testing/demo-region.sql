-- A small region of every education level as the demo generator makes one (kontingent-demo-region's
-- DemoRegionGenerator), for the portfolio demo data and the forms it fills: generated here by rule, not drawn, so that
-- its numbers are known. Academic years 2025-2026 and 2026-2027 (the region is made as of a day of 2026-2027,
-- 2026-11-23). Under the city (authority 2): schools 40 and 41, kindergarten 20 and arts school 50; under the Northern
-- district (authority 3): sports school 51; under the ministry (1): college 60.
--   pupils 100001–101000: at school 40 + i % 2 (500 each) since 2015-09-01, born on 2008-09-02 plus i * 7 % 3650 days
--     (8 to 18 years old on the day); M for even i, F for odd; those up to 100400 also at 50 + i % 2 (200 each) since
--     2024-09-01;
--   graduates 300001–300020: at school 40 from 2015-09-01 to 2026-06-01 (graduation), born 2008-03-03;
--   children 200001–200200: at kindergarten 20 since 2023-09-01, born on 2019-09-02 plus i * 5 % 1400 days (3 to 7);
--   students 400001–400300: at college 60 since 2024-09-01, born on 2007-01-01 plus i * 3 % 900 days (17 to 19);
--   newcomers 500001–500005: at school 41 from 2026-12-01, after the day the region is made as of.
INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Демонстрационный край');
INSERT INTO registry.authority (id, parent_id, full_name, short_name, level, oktmo) VALUES
    (1, NULL, 'Министерство образования Демонстрационного края', 'Минобр', 'regional', '01000000'),
    (2, 1, 'Комитет по образованию города Демонстрационска', 'Комитет', 'municipal', '01000000'),
    (3, 1, 'Управление образования Северного района', 'УО Северного района', 'municipal', '01000000');
INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, ownership_code, education_level,
        oktmo, district, settlement) VALUES
    (40, 2, 'МБОУ «Средняя общеобразовательная школа № 1»', 'СОШ № 1', 'secondary-school', 'municipal', 'general',
        '01000000', 'город Демонстрационск', 'Демонстрационск'),
    (41, 2, 'МБОУ «Гимназия № 2»', 'Гимназия № 2', 'gymnasium', 'municipal', 'general', '01000000',
        'город Демонстрационск', 'Демонстрационск'),
    (20, 2, 'МБДОУ «Детский сад «Радуга»»', 'Детский сад «Радуга»', 'kindergarten', 'municipal', 'preschool', '01000000',
        'город Демонстрационск', 'Демонстрационск'),
    (50, 2, 'МБУ ДО «Детская школа искусств № 1»', 'ДШИ № 1', 'arts-school', 'municipal', 'additional', '01000000',
        'город Демонстрационск', 'Демонстрационск'),
    (51, 3, 'МБУ ДО «Спортивная школа «Олимп»»', 'СШ «Олимп»', 'sports-school', 'municipal', 'additional', '01000000',
        'Северный район', 'Северное'),
    (60, 1, 'КГБПОУ «Демонстрационский политехнический колледж»', NULL, 'college', 'regional', 'vocational', '01000000',
        'город Демонстрационск', 'Демонстрационск');
INSERT INTO registry.academic_year (code, starts_on, ends_on) VALUES
    ('2025-2026', '2025-09-01', '2026-09-01'),
    ('2026-2027', '2026-09-01', '2027-09-01');

INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex)
SELECT 100000 + i, 'Школьник', 'Номер ' || i, 'ШКОЛЬНИК', 'НОМЕР ' || i, DATE '2008-09-02' + i * 7 % 3650,
       CASE WHEN i % 2 = 0 THEN 'M' ELSE 'F' END
  FROM generate_series(1, 1000) i
UNION ALL
SELECT 300000 + k, 'Выпускник', 'Номер ' || k, 'ВЫПУСКНИК', 'НОМЕР ' || k, DATE '2008-03-03', 'M'
  FROM generate_series(1, 20) k
UNION ALL
SELECT 200000 + i, 'Воспитанник', 'Номер ' || i, 'ВОСПИТАННИК', 'НОМЕР ' || i, DATE '2019-09-02' + i * 5 % 1400, 'F'
  FROM generate_series(1, 200) i
UNION ALL
SELECT 400000 + i, 'Студент', 'Номер ' || i, 'СТУДЕНТ', 'НОМЕР ' || i, DATE '2007-01-01' + i * 3 % 900, 'M'
  FROM generate_series(1, 300) i
UNION ALL
SELECT 500000 + k, 'Новичок', 'Номер ' || k, 'НОВИЧОК', 'НОМЕР ' || k, DATE '2012-01-01', 'F'
  FROM generate_series(1, 5) k;

INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code)
SELECT 100000 + i, 100000 + i, 40 + i % 2, 'learner', DATE '2015-09-01', NULL::date, NULL::text
  FROM generate_series(1, 1000) i
UNION ALL
SELECT 110000 + i, 100000 + i, 50 + i % 2, 'learner', DATE '2024-09-01', NULL, NULL
  FROM generate_series(1, 400) i
UNION ALL
SELECT 300000 + k, 300000 + k, 40, 'learner', DATE '2015-09-01', DATE '2026-06-01', 'graduation'
  FROM generate_series(1, 20) k
UNION ALL
SELECT 200000 + i, 200000 + i, 20, 'learner', DATE '2023-09-01', NULL, NULL
  FROM generate_series(1, 200) i
UNION ALL
SELECT 400000 + i, 400000 + i, 60, 'learner', DATE '2024-09-01', NULL, NULL
  FROM generate_series(1, 300) i
UNION ALL
SELECT 500000 + k, 500000 + k, 41, 'learner', DATE '2026-12-01', NULL, NULL
  FROM generate_series(1, 5) k;
