-- A small region as the demo generator makes one (kontingent-demo-region's DemoRegionGenerator: schoolchildren
-- attending organizations of additional education in their municipality, with no classes there), for the additional
-- education demo data and the forms it fills: generated here by rule, not drawn, so that its numbers are known.
-- Academic years 2025-2026 and 2026-2027 (the region is made as of a day of 2026-2027, 2026-11-23). Under the city
-- (authority 2): arts school 50, centre of children's creativity 52 and school 40; under the Northern district
-- (authority 3): sports school 51 and station of young technicians 53.
--   pupils 100001–100800: at school 40 since 2020-09-01; men (M) for even i, women (F) for odd, born on
--     2010-01-01 plus i * 7 % 2900 days (8 to 16 years old); each also at organization 50 + i % 4 (200 at each) from
--     1 September plus i % 20 days, of 2025 when i % 3 = 0 (266 of them), else of 2026;
--   leavers 300001–300040 (born 2012-01-01 plus 11 k days, M): at 50 + k % 4, k <= 20 from 2025-09-01 to 2026-02-01
--     (parents' request), k > 20 from 2024-09-01 to 2026-06-01 (graduation);
--   newcomers 300041–300045: at centre 52 from 2026-12-01, after the day the region is made as of.
INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Демонстрационный край');
INSERT INTO registry.authority (id, parent_id, full_name, short_name, level, oktmo) VALUES
    (1, NULL, 'Министерство образования Демонстрационного края', 'Минобр', 'regional', '01000000'),
    (2, 1, 'Комитет по образованию города Демонстрационска', 'Комитет', 'municipal', '01000000'),
    (3, 1, 'Управление образования Северного района', 'УО Северного района', 'municipal', '01000000');
INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, ownership_code, education_level,
        oktmo, district, settlement) VALUES
    (50, 2, 'МБУ ДО «Детская школа искусств № 1»', 'ДШИ № 1', 'arts-school', 'municipal', 'additional', '01000000',
        'город Демонстрационск', 'Демонстрационск'),
    (51, 3, 'МБУ ДО «Спортивная школа «Олимп»»', 'СШ «Олимп»', 'sports-school', 'municipal', 'additional', '01000000',
        'Северный район', 'Северное'),
    (52, 2, 'МБУ ДО «Центр детского творчества»', 'ЦДТ', 'additional-education-center', 'municipal', 'additional',
        '01000000', 'город Демонстрационск', 'Демонстрационск'),
    (53, 3, 'МБУ ДО «Станция юных техников»', 'СЮТ', 'young-technicians-station', 'municipal', 'additional', '01000000',
        'Северный район', 'Северное'),
    (40, 2, 'МБОУ «Средняя общеобразовательная школа № 1»', 'СОШ № 1', 'secondary-school', 'municipal', 'general',
        '01000000', 'город Демонстрационск', 'Демонстрационск');
INSERT INTO registry.academic_year (code, starts_on, ends_on) VALUES
    ('2025-2026', '2025-09-01', '2026-09-01'),
    ('2026-2027', '2026-09-01', '2027-09-01');

INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex)
SELECT 100000 + i, 'Школьник', 'Номер ' || i, 'ШКОЛЬНИК', 'НОМЕР ' || i, DATE '2010-01-01' + i * 7 % 2900,
       CASE WHEN i % 2 = 0 THEN 'M' ELSE 'F' END
  FROM generate_series(1, 800) i
UNION ALL
SELECT 300000 + k, 'Выбывший', 'Номер ' || k, 'ВЫБЫВШИЙ', 'НОМЕР ' || k, DATE '2012-01-01' + 11 * k, 'M'
  FROM generate_series(1, 45) k;

INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code)
SELECT 100000 + i, 100000 + i, 40, 'learner', DATE '2020-09-01', NULL::date, NULL::text
  FROM generate_series(1, 800) i
UNION ALL
SELECT 200000 + i, 100000 + i, 50 + i % 4, 'learner',
       make_date(CASE WHEN i % 3 = 0 THEN 2025 ELSE 2026 END, 9, 1) + i % 20, NULL, NULL
  FROM generate_series(1, 800) i
UNION ALL
SELECT 300000 + k, 300000 + k, 50 + k % 4, 'learner', DATE '2025-09-01', DATE '2026-02-01', 'parents-request'
  FROM generate_series(1, 20) k
UNION ALL
SELECT 300000 + k, 300000 + k, 50 + k % 4, 'learner', DATE '2024-09-01', DATE '2026-06-01', 'graduation'
  FROM generate_series(21, 40) k
UNION ALL
SELECT 300000 + k, 300000 + k, 52, 'learner', DATE '2026-12-01', NULL, NULL
  FROM generate_series(41, 45) k;
