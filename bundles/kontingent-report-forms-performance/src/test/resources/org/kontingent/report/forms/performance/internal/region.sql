-- Marks, exams and certificates of the performance forms' tests, in the general extension's
-- tables, on the small region (organizations 10 Гимназия № 1 and 11 СОШ № 2 of the city, 13 Южная
-- СОШ of the district). Persons need not exist in the registry for the views. Source 1.
--
-- Marks of the academic year 2025-2026, period "year":
--   org 10: p1 5,5 (excellent); p2 5,4 (good); p3 4,3 (satisfactory); p4 3,2 (failing);
--           p5 a passed pass/fail subject only (a learner, in no mark group)
--   org 11: p6 5 and a failed pass/fail subject (failing); p7 4,4 (good)
--   org 13: p8 5 (excellent); p9 a score only (not counted at all)
-- Also: p1 a 2 of term-1 (another period); p1 3 and p2 4 of the year 2024-2025; p1 4 of 2022-2023.
INSERT INTO general.mark (source_id, key, person_id, organization_id, academic_year, subject, subject_code, period,
                          mark, scale, mark_value, passed, score) VALUES
    (1, 'm1', 1, 10, '2025-2026', 'Математика', 'math', 'year', '5', 'five-point', 5, NULL, NULL),
    (1, 'm2', 1, 10, '2025-2026', 'Русский язык', NULL, 'year', '5', 'five-point', 5, NULL, NULL),
    (1, 'm3', 2, 10, '2025-2026', 'Математика', 'math', 'year', '5', 'five-point', 5, NULL, NULL),
    (1, 'm4', 2, 10, '2025-2026', 'Русский язык', NULL, 'year', '4', 'five-point', 4, NULL, NULL),
    (1, 'm5', 3, 10, '2025-2026', 'Математика', 'math', 'year', '4', 'five-point', 4, NULL, NULL),
    (1, 'm6', 3, 10, '2025-2026', 'Русский язык', NULL, 'year', '3', 'five-point', 3, NULL, NULL),
    (1, 'm7', 4, 10, '2025-2026', 'Математика', 'math', 'year', '3', 'five-point', 3, NULL, NULL),
    (1, 'm8', 4, 10, '2025-2026', 'Русский язык', NULL, 'year', '2', 'five-point', 2, NULL, NULL),
    (1, 'm9', 5, 10, '2025-2026', 'Физическая культура', NULL, 'year', 'зачёт', 'pass-fail', NULL, true, NULL),
    (1, 'm10', 6, 11, '2025-2026', 'математика', 'math', 'year', '5', 'five-point', 5, NULL, NULL),
    (1, 'm11', 6, 11, '2025-2026', 'Физическая культура', NULL, 'year', 'незачёт', 'pass-fail', NULL, false, NULL),
    (1, 'm12', 7, 11, '2025-2026', 'Математика', 'math', 'year', '4', 'five-point', 4, NULL, NULL),
    (1, 'm13', 7, 11, '2025-2026', 'Русский язык', NULL, 'year', '4', 'five-point', 4, NULL, NULL),
    (1, 'm14', 8, 13, '2025-2026', 'Математика', 'math', 'year', '5', 'five-point', 5, NULL, NULL),
    (1, 'm15', 9, 13, '2025-2026', 'Математика', 'math', 'year', '80', 'score', NULL, NULL, 80),
    (1, 'm16', 1, 10, '2025-2026', 'Математика', 'math', 'term-1', '2', 'five-point', 2, NULL, NULL),
    (1, 'm17', 1, 10, '2024-2025', 'Математика', 'math', 'year', '3', 'five-point', 3, NULL, NULL),
    (1, 'm18', 2, 10, '2024-2025', 'Математика', 'math', 'year', '4', 'five-point', 4, NULL, NULL),
    (1, 'm19', 1, 10, '2022-2023', 'Математика', 'math', 'year', '4', 'five-point', 4, NULL, NULL);

-- Exams of 2025-2026:
--   ЕГЭ: org 10 p1 Математика 80 passed, p1 Русский язык 90 passed, p2 Математика 20 failed;
--        org 11 p7 Русский язык 70 passed
--   ОГЭ: org 13 p8 Математика 30, mark 5, passed; org 10 p3 Математика 5, mark 2, failed
--   ЕГЭ of 2024-2025: org 10 p10 Математика 100 passed (another year)
INSERT INTO general.exam (source_id, key, person_id, organization_id, kind, academic_year, subject, subject_code,
                          exam_date, score, mark_value, passed) VALUES
    (1, 'e1', 1, 10, 'ege', '2025-2026', 'Математика профильного уровня', 'math', '2026-06-01', 80, NULL, true),
    (1, 'e2', 1, 10, 'ege', '2025-2026', 'Русский язык', NULL, '2026-05-28', 90, NULL, true),
    (1, 'e3', 2, 10, 'ege', '2025-2026', 'Математика', 'math', '2026-06-01', 20, NULL, false),
    (1, 'e4', 7, 11, 'ege', '2025-2026', 'Русский язык', NULL, '2026-05-28', 70, NULL, true),
    (1, 'e5', 8, 13, 'oge', '2025-2026', 'Математика', 'math', '2026-06-02', 30, 5, true),
    (1, 'e6', 3, 10, 'oge', '2025-2026', 'Математика', 'math', '2026-06-02', 5, 2, false),
    (1, 'e7', 10, 10, 'ege', '2024-2025', 'Математика', 'math', '2025-06-01', 100, NULL, true);

-- Certificates: p1 secondary with honours (org 10), p7 secondary (org 11), p8 basic (org 13) in
-- 2025-2026; p9 basic of org 10 issued in the year before.
INSERT INTO general.certificate (source_id, key, person_id, organization_id, kind, series, number, issued_on,
                                 with_honours) VALUES
    (1, 'c1', 1, 10, 'secondary-general', NULL, '0001', '2026-06-25', true),
    (1, 'c2', 7, 11, 'secondary-general', NULL, '0002', '2026-06-28', false),
    (1, 'c3', 8, 13, 'basic-general', NULL, '0003', '2026-06-20', false),
    (1, 'c4', 9, 10, 'basic-general', NULL, '0004', '2025-06-20', false);
