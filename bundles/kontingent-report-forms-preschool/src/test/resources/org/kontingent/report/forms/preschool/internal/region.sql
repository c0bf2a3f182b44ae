-- The preschool forms' kindergartens, groups, children, enrollments and applications in the small region the report
-- forms' tests share (org/kontingent/report/support/testing/region.sql, loaded first: its authorities 1–4,
-- organizations 10–17 — 12 Детский сад «Солнышко» the one kindergarten — and academic years 2024-2025, 2025-2026).
-- Two more preschool organizations: 18 Детский сад «Берёзка» (authority 3, Южный район / Южное, private, of the kind
-- compensating) and 19 ЦРР «Радуга» (authority 2, город Северск / Северск, a child-development centre, combined).
INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, kind_code, ownership_code,
        education_level, oktmo, district, settlement) VALUES
    (18, 3, 'ЧДОУ «Детский сад «Берёзка»»', 'Детский сад «Берёзка»', 'kindergarten', 'compensating', 'private',
        'preschool', '69612000', 'Южный район', 'Южное'),
    (19, 2, 'МБДОУ «Центр развития ребёнка — детский сад «Радуга»»', 'ЦРР «Радуга»', 'child-development-center',
        'combined', 'municipal', 'preschool', '69701000', 'город Северск', 'Северск');

-- Groups of 2025-2026: 121 Средняя (12, grade 4, capacity 3), 122 Старшая (12, grade 5, capacity 2), 191 раннего
-- возраста (19, grade 2, capacity 2), 181 разновозрастная (18, no grade, capacity 4); of 2024-2025: 192 Младшая (19).
INSERT INTO registry.class_group (id, organization_id, academic_year, name, grade, capacity) VALUES
    (121, 12, '2025-2026', 'Средняя группа', 4, 3),
    (122, 12, '2025-2026', 'Старшая группа', 5, 2),
    (191, 19, '2025-2026', 'Группа раннего возраста', 2, 2),
    (181, 18, '2025-2026', 'Разновозрастная группа', NULL, 4),
    (192, 19, '2024-2025', 'Младшая группа', 3, 5);

INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
    (201, 'Воспитанница', 'Первая', 'ВОСПИТАННИЦА', 'ПЕРВАЯ', '2021-05-01', 'F'),
    (202, 'Воспитанник', 'Второй', 'ВОСПИТАННИК', 'ВТОРОЙ', '2021-02-10', 'M'),
    (203, 'Воспитанник', 'Третий', 'ВОСПИТАННИК', 'ТРЕТИЙ', '2020-03-03', 'M'),
    (204, 'Воспитанница', 'Четвёртая', 'ВОСПИТАННИЦА', 'ЧЕТВЕРТАЯ', '2020-06-06', 'F'),
    (205, 'Воспитанница', 'Пятая', 'ВОСПИТАННИЦА', 'ПЯТАЯ', '2023-08-08', 'F'),
    (206, 'Воспитанник', 'Шестой', 'ВОСПИТАННИК', 'ШЕСТОЙ', '2023-04-04', 'M'),
    (207, 'Воспитанница', 'Седьмая', 'ВОСПИТАННИЦА', 'СЕДЬМАЯ', '2019-10-10', 'F'),
    (208, 'Воспитанник', 'Восьмой', 'ВОСПИТАННИК', 'ВОСЬМОЙ', '2022-01-20', 'M'),
    (209, 'Воспитанница', 'Девятая', 'ВОСПИТАННИЦА', 'ДЕВЯТАЯ', '2021-09-09', 'F');

-- Memberships; most tests count on 2026-03-01 (D) or over the period 2025-09-01 – 2026-02-28.
--   12: 2001 (since 2024-09-01), 2002 (since 2025-09-01, after 2008 at 19: no first enrollment), 2003 (2023-09-01 up to
--       2026-01-16, moved out of the region), 2004 (since 2025-11-10, no enrollment) → on D 3
--   19: 2008 (2024-09-01 up to 2025-08-20, transferred), 2005 (since 2025-09-01), 2006 (since 2026-02-02) → on D 2
--   18: 2007 (2022-09-01 up to 2025-12-31, completed), 2009 (since 2025-10-01), 2010 (since 2025-09-01) → on D 2
INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
    (2001, 201, 12, 'learner', '2024-09-01', NULL, NULL),
    (2002, 202, 12, 'learner', '2025-09-01', NULL, NULL),
    (2003, 203, 12, 'learner', '2023-09-01', '2026-01-16', 'moved-out-of-region'),
    (2004, 204, 12, 'learner', '2025-11-10', NULL, NULL),
    (2008, 202, 19, 'learner', '2024-09-01', '2025-08-20', 'transfer-within-region'),
    (2005, 205, 19, 'learner', '2025-09-01', NULL, NULL),
    (2006, 206, 19, 'learner', '2026-02-02', NULL, NULL),
    (2007, 207, 18, 'learner', '2022-09-01', '2025-12-31', 'graduation'),
    (2009, 208, 18, 'learner', '2025-10-01', NULL, NULL),
    (2010, 209, 18, 'learner', '2025-09-01', NULL, NULL);

-- Placements. On D: 121 → 2001, 2002 (free 1); 122 → 2004 (2003 until 2026-01-16; free 1); 191 → 2005, 2006 (free 0);
-- 181 → 2009 (2007 until 2025-12-31; free 3). 2010 is in no group.
INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, ends_on) VALUES
    (2001, 121, '2025-09-01', NULL),
    (2002, 121, '2025-09-01', NULL),
    (2003, 122, '2025-09-01', '2026-01-16'),
    (2004, 122, '2025-11-10', NULL),
    (2008, 192, '2024-09-01', '2025-08-20'),
    (2005, 191, '2025-09-01', NULL),
    (2006, 191, '2026-02-02', NULL),
    (2007, 181, '2025-09-01', '2025-12-31'),
    (2009, 181, '2025-10-01', NULL);

-- Enrollments (source 1; e10 again from source 2, written later: the one counted). On D:
--   12: 2001 middle, full-day, general-developmental; 2002 middle, short-stay, general-developmental; 2004 none
--   19: 2005 early, full-day, combined (adapted); 2006 early, extended-day, compensating
--   18: 2009 mixed-age, shortened-day, compensating; 2010 mixed-age, short-stay (source 2; full-day from source 1), family
-- Not on D: 2003 senior (left), 2008 junior (at 19 the year before), 2007 preparatory (left).
INSERT INTO preschool.enrollment (source_id, key, person_id, organization_id, membership_id, enrolled_on, programme,
                                  adapted, stay_mode, group_type, age_group, leaving_ground) VALUES
    (1, 'e1', 201, 12, 2001, '2024-09-01', 'basic', false, 'full-day', 'general-developmental', 'middle', NULL),
    (1, 'e2', 202, 12, 2002, '2025-09-01', 'basic', false, 'short-stay', 'general-developmental', 'middle', NULL),
    (1, 'e3', 203, 12, 2003, '2023-09-01', 'basic', false, 'full-day', 'general-developmental', 'senior',
        'moved-out-of-region'),
    (1, 'e8', 202, 19, 2008, '2024-09-01', 'basic', false, 'full-day', 'general-developmental', 'junior',
        'transfer-within-region'),
    (1, 'e5', 205, 19, 2005, '2025-09-01', 'adapted', true, 'full-day', 'combined', 'early', NULL),
    (1, 'e6', 206, 19, 2006, '2026-02-02', 'adapted', true, 'extended-day', 'compensating', 'early', NULL),
    (1, 'e7', 207, 18, 2007, '2022-09-01', 'adapted', true, 'round-the-clock', 'compensating', 'preparatory', 'graduation'),
    (1, 'e9', 208, 18, 2009, '2025-10-01', 'adapted', true, 'shortened-day', 'compensating', 'mixed-age', NULL),
    (1, 'e10', 209, 18, 2010, '2025-09-01', 'basic', false, 'full-day', 'family', 'mixed-age', NULL),
    (2, 'e10', 209, 18, 2010, '2025-09-01', 'basic', false, 'short-stay', 'family', 'mixed-age', NULL);

-- Applications (persons need not exist for the views). In the queue on D (age on D in months):
--   city:     210 → 12 (13, wanted 2025-09-01); 211 → 12 and 19 (21, wanted 2026-09-01, first-priority);
--             214 → 12 (37, wanted 2025-09-01, enrolled only on 2026-04-01); 217 → 19 (93, wanted 2025-09-01);
--             218 → 10, a school (28, wanted 2026-09-01)
--   district: 212 → 18 (52, wanted 2025-09-01, sibling); 213 → 18 (3, wanted 2027-09-01)
-- Not in the queue on D: 215 → 19 refused on 2026-01-10; 216 → 12 registered on 2026-03-02.
INSERT INTO preschool.application (source_id, key, person_id, organization_id, birth_date, registered_on, wanted_date,
                                   preferential_category, status, status_date) VALUES
    (1, 'a1', 210, 12, '2025-01-15', '2025-06-01', '2025-09-01', NULL, 'waiting', '2025-06-01'),
    (1, 'a2', 211, 12, '2024-06-01', '2025-01-10', '2026-09-01', 'first-priority', 'waiting', '2025-01-10'),
    (1, 'a3', 211, 19, '2024-06-01', '2025-01-10', '2026-09-01', 'first-priority', 'waiting', '2025-01-10'),
    (1, 'a4', 212, 18, '2021-11-01', '2025-03-03', '2025-09-01', 'sibling', 'waiting', '2025-03-03'),
    (1, 'a5', 213, 18, '2025-12-01', '2026-02-15', '2027-09-01', NULL, 'waiting', '2026-02-15'),
    (1, 'a6', 214, 12, '2023-02-01', '2025-02-01', '2025-09-01', NULL, 'enrolled', '2026-04-01'),
    (1, 'a7', 215, 19, '2023-06-01', '2025-02-01', '2025-09-01', NULL, 'refused', '2026-01-10'),
    (1, 'a8', 216, 12, '2024-01-01', '2026-03-02', '2026-09-01', NULL, 'waiting', '2026-03-02'),
    (1, 'a9', 217, 19, '2018-05-05', '2024-01-01', '2025-09-01', NULL, 'waiting', '2024-01-01'),
    (1, 'a10', 218, 10, '2023-10-10', '2025-12-01', '2026-09-01', NULL, 'waiting', '2025-12-01');
