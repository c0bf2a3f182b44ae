-- The movement forms' classes, learners and placements in the small region the report forms' tests share
-- (org/kontingent/report/support/testing/region.sql, loaded first: its authorities 1–4, organizations 10–17 and
-- academic years 2024-2025 and 2025-2026).
-- Classes. 2025-2026: 10 → 1А (1, 25), 5А (5, 25), 10А (10, 20); 11 → 1А (1, 25), 5А (5, 25); 12 → a group without a
-- grade (20); 13 → 7А (7, 20), 10А (10, 15); 14 → 7А (7, 15); 15 → 1А (1, 12); 17 → a group without a grade (25).
-- 2024-2025: 10 → 9А (25); 11 → 4А (25); 12 → a group (20); 13 → 9А (20).
INSERT INTO registry.class_group (id, organization_id, academic_year, name, grade, capacity) VALUES
    (201, 10, '2025-2026', '1А', 1, 25),
    (202, 10, '2025-2026', '5А', 5, 25),
    (203, 10, '2025-2026', '10А', 10, 20),
    (204, 10, '2024-2025', '9А', 9, 25),
    (211, 11, '2025-2026', '1А', 1, 25),
    (212, 11, '2025-2026', '5А', 5, 25),
    (213, 11, '2024-2025', '4А', 4, 25),
    (221, 12, '2025-2026', 'Старшая группа', NULL, 20),
    (222, 12, '2024-2025', 'Подготовительная группа', NULL, 20),
    (231, 13, '2025-2026', '7А', 7, 20),
    (232, 13, '2025-2026', '10А', 10, 15),
    (233, 13, '2024-2025', '9А', 9, 20),
    (241, 14, '2025-2026', '7А', 7, 15),
    (251, 15, '2025-2026', '1А', 1, 12),
    (271, 17, '2025-2026', 'ТМ-25', NULL, 25);

INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex)
SELECT id, 'Обучающийся', '№ ' || id, 'ОБУЧАЮЩИЙСЯ', '№ ' || id, DATE '2012-01-01' + (id - 200), CASE WHEN id % 2 = 0 THEN 'F' ELSE 'M' END
  FROM generate_series(201, 240) id;

-- The period of the movement tests is 2025-09-01 – 2025-12-31 (P); of the graduates' test 2025-06-01 – 2025-08-31 (G).
-- ends_on is the first day a membership no longer holds: its last day (the day of leaving) is the day before.
INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
    -- transfers
    (2011, 201, 10, 'learner', '2019-09-01', '2025-10-01', 'transfer-within-region'),  -- 10 → 11, no gap
    (2012, 201, 11, 'learner', '2025-10-01', NULL, NULL),
    (2021, 202, 10, 'learner', '2019-09-01', '2025-10-11', 'transfer-within-region'),  -- 10 → 11, ends_on 30 days before
    (2022, 202, 11, 'learner', '2025-11-10', NULL, NULL),
    (2031, 203, 10, 'learner', '2019-09-01', '2025-09-24', 'parents-request'),         -- ends_on 31 days before: no move
    (2032, 203, 13, 'learner', '2025-10-25', NULL, NULL),
    (2041, 204, 13, 'learner', '2018-09-01', '2025-11-01', 'transfer-within-region'),  -- 13 → 14, no gap
    (2042, 204, 14, 'learner', '2025-11-01', NULL, NULL),
    (2051, 205, 14, 'learner', '2018-09-01', '2025-09-15', 'transfer-within-region'),  -- 14 → 10, overlapping 5 days
    (2052, 205, 10, 'learner', '2025-09-10', NULL, NULL),
    (2061, 206, 11, 'learner', '2019-09-01', '2025-12-01', 'transfer-within-region'),  -- 11 → 10, no gap
    (2062, 206, 10, 'learner', '2025-12-01', NULL, NULL),
    (2071, 207, 11, 'learner', '2019-09-01', '2025-12-20', 'transfer-within-region'),  -- 11 → 10, arriving after P
    (2072, 207, 10, 'learner', '2026-01-01', NULL, NULL),
    (2081, 208, 13, 'learner', '2018-09-01', NULL, NULL),                              -- still at 13 ...
    (2082, 208, 15, 'learner', '2025-09-01', NULL, NULL),                              -- ... and at 15 (mixed: general)
    (2091, 209, 12, 'learner', '2019-09-01', '2025-09-01', 'graduation'),              -- kindergarten → school
    (2092, 209, 11, 'learner', '2025-09-01', NULL, NULL),
    -- first enrollments
    (2101, 210, 10, 'learner', '2025-09-01', NULL, NULL),
    (2111, 211, 10, 'learner', '2025-08-31', NULL, NULL),                              -- the day before P
    (2121, 212, 13, 'learner', '2025-12-31', NULL, NULL),                              -- the last day of P
    (2131, 213, 13, 'learner', '2026-01-01', NULL, NULL),                              -- the day after P
    (2141, 214, 15, 'learner', '2025-09-01', NULL, NULL),
    (2142, 214, 16, 'learner', '2023-09-01', NULL, NULL),                              -- additional, not a source
    (2151, 215, 17, 'learner', '2025-09-01', NULL, NULL),
    (2152, 215, 13, 'learner', '2016-09-01', '2025-07-01', 'graduation'),
    (2161, 216, 12, 'learner', '2025-09-01', NULL, NULL),
    (2171, 217, 16, 'learner', '2025-09-15', NULL, NULL),
    (2172, 217, 10, 'learner', '2020-09-01', NULL, NULL),
    -- back in the same school
    (2181, 218, 11, 'learner', '2019-09-01', '2025-03-01', 'family-education'),
    (2182, 218, 11, 'learner', '2025-09-01', NULL, NULL),
    -- leavings around the bounds of P
    (2191, 219, 10, 'learner', '2020-09-01', '2025-09-01', 'moved-out-of-region'),     -- last day 08-31: before P
    (2201, 220, 10, 'learner', '2020-09-01', '2025-09-02', 'moved-out-of-region'),     -- last day 09-01: in P
    (2211, 221, 13, 'learner', '2020-09-01', '2026-01-01', 'moved-abroad'),            -- last day 12-31: in P
    (2221, 222, 13, 'learner', '2020-09-01', '2026-01-02', 'moved-abroad'),            -- last day 01-01: after P
    (2231, 223, 14, 'learner', '2020-09-01', '2025-10-10', NULL),
    (2241, 224, 16, 'learner', '2022-09-01', '2025-11-11', 'parents-request'),
    (2251, 225, 17, 'learner', '2024-09-01', '2025-10-05', 'expelled'),
    (2261, 226, 12, 'learner', '2021-09-01', '2025-09-30', 'health'),
    (2271, 227, 11, 'learner', '2018-09-01', '2025-12-10', 'family-education'),
    (2281, 228, 15, 'learner', '2020-09-01', '2025-10-20', 'sanatorium'),              -- a code not in the dictionary
    -- graduates
    (2291, 229, 10, 'learner', '2016-09-01', '2025-06-21', 'graduation'),              -- → 10 again (grade 10)
    (2292, 229, 10, 'learner', '2025-09-01', NULL, NULL),
    (2301, 230, 10, 'learner', '2016-09-01', '2025-06-21', 'graduation'),              -- → 13 (general)
    (2302, 230, 13, 'learner', '2025-09-01', NULL, NULL),
    (2311, 231, 10, 'learner', '2016-09-01', '2025-06-21', 'graduation'),              -- → 17 and 16 the same day
    (2312, 231, 17, 'learner', '2025-09-01', NULL, NULL),
    (2313, 231, 16, 'learner', '2025-09-01', NULL, NULL),
    (2321, 232, 13, 'learner', '2016-09-01', '2025-06-28', 'graduation'),              -- → 16 (additional)
    (2322, 232, 16, 'learner', '2025-09-15', NULL, NULL),
    (2331, 233, 13, 'learner', '2016-09-01', '2025-06-28', 'graduation'),              -- → 17 on day 121: not known
    (2332, 233, 17, 'learner', '2025-10-26', NULL, NULL),
    (2341, 234, 13, 'learner', '2016-09-01', '2025-06-28', 'graduation'),              -- → 17 on day 120
    (2342, 234, 17, 'learner', '2025-10-25', NULL, NULL),
    (2351, 235, 12, 'learner', '2019-09-01', '2025-06-01', 'graduation'),              -- last day 05-31: before G
    (2352, 235, 10, 'learner', '2025-09-01', NULL, NULL),
    (2361, 236, 12, 'learner', '2019-09-01', '2025-08-01', 'graduation'),              -- nowhere known
    (2371, 237, 11, 'learner', '2016-09-01', '2025-09-02', 'graduation'),              -- last day 09-01: after G, in P
    (2381, 238, 17, 'learner', '2021-09-01', '2025-07-01', 'graduation'),              -- nowhere known
    (2391, 239, 14, 'learner', '2016-09-01', '2025-06-28', 'graduation'),              -- → 15 (mixed: general)
    (2392, 239, 15, 'learner', '2025-09-01', NULL, NULL),
    -- staff never count
    (2401, 240, 10, 'staff', '2025-09-01', NULL, NULL);

-- First placements of the arrivals in P: grade 1 → 2092 (211), 2101 (201), 2141 (251); grade 5 → 2012, 2022 (212),
-- 2052, 2062 (202), 2182 (212); grade 7 → 2032 (231), 2042 (241); grade 10 → 2121, 2302 (232), 2292 (203); a class
-- without a grade → 2151, 2312 (271), 2161 (221); no placement → 2082, 2171, 2313, 2322, 2332, 2342, 2352, 2392.
-- 2101 is placed in 201 (grade 1) first and moved to 202 (grade 5) on 09-05: its first placement counts.
INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, ends_on) VALUES
    (2012, 212, '2025-10-01', NULL),
    (2022, 212, '2025-11-10', NULL),
    (2032, 231, '2025-10-25', NULL),
    (2042, 241, '2025-11-01', NULL),
    (2052, 202, '2025-09-10', NULL),
    (2062, 202, '2025-12-01', NULL),
    (2092, 211, '2025-09-01', NULL),
    (2101, 201, '2025-09-01', '2025-09-05'), (2101, 202, '2025-09-05', NULL),
    (2111, 201, '2025-09-01', NULL),
    (2121, 232, '2025-12-31', NULL),
    (2141, 251, '2025-09-01', NULL),
    (2151, 271, '2025-09-01', NULL),
    (2161, 221, '2025-09-01', NULL),
    (2182, 212, '2025-09-01', NULL),
    (2291, 204, '2024-09-01', '2025-06-21'),
    (2292, 203, '2025-09-01', NULL),
    (2302, 232, '2025-09-01', NULL),
    (2312, 271, '2025-09-01', NULL);
