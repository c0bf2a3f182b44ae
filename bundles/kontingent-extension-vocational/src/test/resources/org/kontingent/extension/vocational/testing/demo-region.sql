-- A small region as the demo generator makes one (kontingent-demo-region's DemoRegionGenerator), for the
-- vocational demo data and the forms it fills: generated here by rule, not drawn, so that its numbers are known.
-- Academic years 2025-2026 and 2026-2027 (the region is made as of a day of 2026-2027). Colleges 30 Политехнический
-- колледж and 32 Медицинский колледж under the ministry (1), technical school 31 Аграрный техникум under the Northern
-- district (3), school 40 under the city (2). Each college has a study group per course (grade 1–4) and year:
-- id = organization * 100 + 10 * (year - 2025) + course.
--   students 100001–100900: at college 30 + i % 3, in course 1 + i % 4 of 2026-2027 since 1 September of the
--     year they entered, placed in this year's group and, from the second course on, in last year's one below;
--     men (M) for even i, women (F) for odd, born on 1 January of 2026 - 16 - course plus i % 365 days;
--   graduates 200001–200150: at college 30 + j % 3 from 2022-09-01 to 2026-06-30 (graduation), in course 4 last year;
--   expelled 300001–300030: at college 30 + k % 3 from 2025-09-01 to 2026-01-15, in course 1 last year;
--   pupils 400001–400050: at school 40 since 2020-09-01, in its class 5А of 2026-2027.
INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Демонстрационный край');
INSERT INTO registry.authority (id, parent_id, full_name, short_name, level, oktmo) VALUES
    (1, NULL, 'Министерство образования Демонстрационного края', 'Минобр', 'regional', '01000000'),
    (2, 1, 'Комитет по образованию города Демонстрационска', 'Комитет', 'municipal', '01000000'),
    (3, 1, 'Управление образования Северного района', 'УО Северного района', 'municipal', '01000000');
INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, ownership_code, education_level,
        oktmo, district, settlement) VALUES
    (30, 1, 'КГБПОУ «Демонстрационский политехнический колледж»', 'Политехнический колледж', 'college', 'regional',
        'vocational', '01000000', 'город Демонстрационск', 'Демонстрационск'),
    (31, 3, 'КГБПОУ «Северный аграрный техникум»', 'Аграрный техникум', 'technical-school', 'regional', 'vocational',
        '01000000', 'Северный район', 'Северное'),
    (32, 1, 'КГБПОУ «Демонстрационский медицинский колледж»', 'Медицинский колледж', 'college', 'regional', 'vocational',
        '01000000', 'город Демонстрационск', 'Демонстрационск'),
    (40, 2, 'МБОУ «Средняя общеобразовательная школа № 1»', 'СОШ № 1', 'secondary-school', 'municipal', 'general',
        '01000000', 'город Демонстрационск', 'Демонстрационск');
INSERT INTO registry.academic_year (code, starts_on, ends_on) VALUES
    ('2025-2026', '2025-09-01', '2026-09-01'),
    ('2026-2027', '2026-09-01', '2027-09-01');

INSERT INTO registry.class_group (id, organization_id, academic_year, name, grade, study_form_code, capacity)
SELECT o * 100 + 10 * (y - 2025) + c, o, y || '-' || (y + 1), 'ТМ-' || c || '-1', c, 'full-time', 300
  FROM generate_series(30, 32) o, generate_series(2025, 2026) y, generate_series(1, 4) c;
INSERT INTO registry.class_group (id, organization_id, academic_year, name, grade, study_form_code, capacity) VALUES
    (4000, 40, '2026-2027', '5А', 5, 'full-time', 50);

INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex)
SELECT 100000 + i, 'Студент', 'Номер ' || i, 'СТУДЕНТ', 'НОМЕР ' || i,
       make_date(2026 - 16 - (1 + i % 4), 1, 1) + i % 365, CASE WHEN i % 2 = 0 THEN 'M' ELSE 'F' END
  FROM generate_series(1, 900) i
UNION ALL
SELECT 200000 + j, 'Выпускник', 'Номер ' || j, 'ВЫПУСКНИК', 'НОМЕР ' || j, make_date(2006, 3, 1) + j,
       CASE WHEN j % 2 = 0 THEN 'M' ELSE 'F' END
  FROM generate_series(1, 150) j
UNION ALL
SELECT 300000 + k, 'Отчисленный', 'Номер ' || k, 'ОТЧИСЛЕННЫЙ', 'НОМЕР ' || k, make_date(2009, 5, 1) + k, 'M'
  FROM generate_series(1, 30) k
UNION ALL
SELECT 400000 + p, 'Школьник', 'Номер ' || p, 'ШКОЛЬНИК', 'НОМЕР ' || p, make_date(2015, 2, 1) + p, 'F'
  FROM generate_series(1, 50) p;

INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code)
SELECT 100000 + i, 100000 + i, 30 + i % 3, 'learner', make_date(2026 - i % 4, 9, 1), NULL, NULL
  FROM generate_series(1, 900) i
UNION ALL
SELECT 200000 + j, 200000 + j, 30 + j % 3, 'learner', DATE '2022-09-01', DATE '2026-06-30', 'graduation'
  FROM generate_series(1, 150) j
UNION ALL
SELECT 300000 + k, 300000 + k, 30 + k % 3, 'learner', DATE '2025-09-01', DATE '2026-01-15', 'expelled'
  FROM generate_series(1, 30) k
UNION ALL
SELECT 400000 + p, 400000 + p, 40, 'learner', DATE '2020-09-01', NULL, NULL
  FROM generate_series(1, 50) p;

INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, ends_on)
SELECT 100000 + i, (30 + i % 3) * 100 + 10 + (1 + i % 4), DATE '2026-09-01', NULL
  FROM generate_series(1, 900) i
UNION ALL
SELECT 100000 + i, (30 + i % 3) * 100 + i % 4, DATE '2025-09-01', DATE '2026-09-01'
  FROM generate_series(1, 900) i WHERE i % 4 >= 1
UNION ALL
SELECT 200000 + j, (30 + j % 3) * 100 + 4, DATE '2025-09-01', DATE '2026-06-30'
  FROM generate_series(1, 150) j
UNION ALL
SELECT 300000 + k, (30 + k % 3) * 100 + 1, DATE '2025-09-01', DATE '2026-01-15'
  FROM generate_series(1, 30) k
UNION ALL
SELECT 400000 + p, 4000, DATE '2026-09-01', NULL
  FROM generate_series(1, 50) p;
