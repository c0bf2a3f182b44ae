-- The vocational forms' students, graduates, programmes, transfers, diplomas and employment, in the small region the
-- report forms' tests share (org/kontingent/report/support/testing/region.sql, loaded first: authorities 1–4,
-- organizations 10–17, academic years 2024-2025 and 2025-2026), with the vocational extension's tables. Source 1.
-- Besides the region's college 17 (under the ministry: its own municipality), the technical school 18 of the Southern
-- district (authority 3); the academic year 2023-2024, when 606 graduated.
INSERT INTO registry.academic_year (code, starts_on, ends_on) VALUES ('2023-2024', '2023-09-01', '2024-09-01');
INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, ownership_code, education_level,
        oktmo, district, settlement) VALUES
    (18, 3, 'КГБПОУ «Южный аграрный техникум»', 'Южный аграрный техникум', 'technical-school', 'regional', 'vocational',
        '69612000', 'Южный район', 'Южное');

-- Students on the day counted, 2025-11-01 (age in full years on it):
--   17: 501 M 17, 09.02.03 course 2 full-time            502 F 18, 09.02.03 course 3 full-time
--       503 F 15, 43.01.09 (skilled) course 1, the programme without a form: the membership's part-time
--       504 M 25, 09.02.03 course 1 extramural, transferred to course 2 on 2025-10-15
--       505 M 14, 43.01.09 (vocational training) course 1 full-time
--       506 F 19, 09.02.03 course 3 of 2024-2025 only, transferred to course 4 on 2025-09-01
--       507 M 20, no programme (specialty not given), the membership's full-time
--       508 left on 2025-10-01 and 509 comes on 2025-11-02: not counted
--   18: 510 F 17, 35.01.13 (skilled) course 1 full-time
--       511 M 26, 35.02.07 course 2 extramural, transferred down to course 1 on 2025-10-20
--       512 M 20, 35.02.07 course 5 part-time
--   and 513 at school 10 with a programme of the extension by mistake: not a vocational learner, not counted.
-- Graduates of 2024-2025 (ended 2025-06-30 or 06-28, graduation):
--   17: 601 09.02.03 diploma with honours, plan, employed by contract; 602 09.02.03 diploma, employed without a
--       contract; 603 43.01.09 diploma, plan, employed on a quota workplace; 604 09.02.03 nothing more;
--       605 expelled (no graduate); 606 graduated in 2023-2024 (another year)
--   18: 611 35.02.07 diploma, plan only; 612 no programme, employed
INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
    (501, 'Студент', 'Первый', 'СТУДЕНТ', 'ПЕРВЫЙ', '2008-05-10', 'M'),
    (502, 'Студентка', 'Вторая', 'СТУДЕНТКА', 'ВТОРАЯ', '2007-02-01', 'F'),
    (503, 'Студентка', 'Третья', 'СТУДЕНТКА', 'ТРЕТЬЯ', '2009-12-01', 'F'),
    (504, 'Студент', 'Четвёртый', 'СТУДЕНТ', 'ЧЕТВЕРТЫЙ', '2000-01-15', 'M'),
    (505, 'Студент', 'Пятый', 'СТУДЕНТ', 'ПЯТЫЙ', '2011-01-01', 'M'),
    (506, 'Студентка', 'Шестая', 'СТУДЕНТКА', 'ШЕСТАЯ', '2006-06-01', 'F'),
    (507, 'Студент', 'Седьмой', 'СТУДЕНТ', 'СЕДЬМОЙ', '2005-03-03', 'M'),
    (508, 'Студентка', 'Восьмая', 'СТУДЕНТКА', 'ВОСЬМАЯ', '2007-07-07', 'F'),
    (509, 'Студент', 'Девятый', 'СТУДЕНТ', 'ДЕВЯТЫЙ', '2009-09-09', 'M'),
    (510, 'Студентка', 'Десятая', 'СТУДЕНТКА', 'ДЕСЯТАЯ', '2008-01-20', 'F'),
    (511, 'Студент', 'Одиннадцатый', 'СТУДЕНТ', 'ОДИННАДЦАТЫЙ', '1999-04-04', 'M'),
    (512, 'Студент', 'Двенадцатый', 'СТУДЕНТ', 'ДВЕНАДЦАТЫЙ', '2004-11-11', 'M'),
    (513, 'Ученик', 'Тринадцатый', 'УЧЕНИК', 'ТРИНАДЦАТЫЙ', '2009-01-13', 'M'),
    (601, 'Выпускник', 'Первый', 'ВЫПУСКНИК', 'ПЕРВЫЙ', '2004-01-01', 'M'),
    (602, 'Выпускница', 'Вторая', 'ВЫПУСКНИЦА', 'ВТОРАЯ', '2004-02-02', 'F'),
    (603, 'Выпускница', 'Третья', 'ВЫПУСКНИЦА', 'ТРЕТЬЯ', '2005-03-03', 'F'),
    (604, 'Выпускник', 'Четвёртый', 'ВЫПУСКНИК', 'ЧЕТВЕРТЫЙ', '2004-04-04', 'M'),
    (605, 'Отчисленный', 'Пятый', 'ОТЧИСЛЕННЫЙ', 'ПЯТЫЙ', '2004-05-05', 'M'),
    (606, 'Выпускник', 'Шестой', 'ВЫПУСКНИК', 'ШЕСТОЙ', '2003-06-06', 'M'),
    (611, 'Выпускник', 'Одиннадцатый', 'ВЫПУСКНИК', 'ОДИННАДЦАТЫЙ', '2004-11-11', 'M'),
    (612, 'Выпускница', 'Двенадцатая', 'ВЫПУСКНИЦА', 'ДВЕНАДЦАТАЯ', '2004-12-12', 'F');

INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code,
        study_form_code) VALUES
    (5501, 501, 17, 'learner', '2024-09-01', NULL, NULL, NULL),
    (5502, 502, 17, 'learner', '2023-09-01', NULL, NULL, NULL),
    (5503, 503, 17, 'learner', '2025-09-01', NULL, NULL, 'part-time'),
    (5504, 504, 17, 'learner', '2025-09-01', NULL, NULL, NULL),
    (5505, 505, 17, 'learner', '2025-09-01', NULL, NULL, NULL),
    (5506, 506, 17, 'learner', '2022-09-01', NULL, NULL, NULL),
    (5507, 507, 17, 'learner', '2025-09-01', NULL, NULL, 'full-time'),
    (5508, 508, 17, 'learner', '2024-09-01', '2025-10-01', 'expelled', NULL),
    (5509, 509, 17, 'learner', '2025-11-02', NULL, NULL, NULL),
    (5510, 510, 18, 'learner', '2025-09-01', NULL, NULL, NULL),
    (5511, 511, 18, 'learner', '2024-09-01', NULL, NULL, NULL),
    (5512, 512, 18, 'learner', '2021-09-01', NULL, NULL, NULL),
    (5513, 513, 10, 'learner', '2016-09-01', NULL, NULL, NULL),
    (5601, 601, 17, 'learner', '2021-09-01', '2025-06-30', 'graduation', NULL),
    (5602, 602, 17, 'learner', '2021-09-01', '2025-06-30', 'graduation', NULL),
    (5603, 603, 17, 'learner', '2022-09-01', '2025-06-30', 'graduation', NULL),
    (5604, 604, 17, 'learner', '2021-09-01', '2025-06-30', 'graduation', NULL),
    (5605, 605, 17, 'learner', '2021-09-01', '2025-06-30', 'expelled', NULL),
    (5606, 606, 17, 'learner', '2020-09-01', '2024-06-30', 'graduation', NULL),
    (5611, 611, 18, 'learner', '2021-09-01', '2025-06-28', 'graduation', NULL),
    (5612, 612, 18, 'learner', '2021-09-01', '2025-06-30', 'graduation', NULL);

INSERT INTO vocational.programme (source_id, key, person_id, organization_id, membership_id, kind, specialty_code,
        academic_year, course, course_length, study_form_code) VALUES
    (1, 'p501', 501, 17, 5501, 'mid-level-specialists', '09.02.03', '2025-2026', 2, 4, 'full-time'),
    (1, 'p501a', 501, 17, 5501, 'mid-level-specialists', '09.02.03', '2024-2025', 1, 4, 'full-time'),
    (1, 'p502', 502, 17, 5502, 'mid-level-specialists', '09.02.03', '2025-2026', 3, 4, 'full-time'),
    (1, 'p503', 503, 17, 5503, 'skilled-workers', '43.01.09', '2025-2026', 1, 4, NULL),
    (1, 'p504', 504, 17, 5504, 'mid-level-specialists', '09.02.03', '2025-2026', 1, 5, 'extramural'),
    (1, 'p505', 505, 17, 5505, 'vocational-training', '43.01.09', '2025-2026', 1, 2, 'full-time'),
    (1, 'p506', 506, 17, 5506, 'mid-level-specialists', '09.02.03', '2024-2025', 3, 4, 'full-time'),
    (1, 'p508', 508, 17, 5508, 'mid-level-specialists', '09.02.03', '2025-2026', 2, 4, 'full-time'),
    (1, 'p509', 509, 17, 5509, 'mid-level-specialists', '09.02.03', '2025-2026', 1, 4, 'full-time'),
    (1, 'p510', 510, 18, 5510, 'skilled-workers', '35.01.13', '2025-2026', 1, 3, 'full-time'),
    (1, 'p511', 511, 18, 5511, 'mid-level-specialists', '35.02.07', '2025-2026', 2, 5, 'extramural'),
    (1, 'p512', 512, 18, 5512, 'mid-level-specialists', '35.02.07', '2025-2026', 5, 5, 'part-time'),
    (1, 'p513', 513, 10, 5513, 'mid-level-specialists', '35.02.07', '2025-2026', 1, 4, 'full-time'),
    (1, 'p601', 601, 17, 5601, 'mid-level-specialists', '09.02.03', '2024-2025', 4, 4, 'full-time'),
    (1, 'p602', 602, 17, 5602, 'mid-level-specialists', '09.02.03', '2024-2025', 4, 4, 'full-time'),
    (1, 'p603', 603, 17, 5603, 'skilled-workers', '43.01.09', '2024-2025', 3, 3, 'full-time'),
    (1, 'p604', 604, 17, 5604, 'mid-level-specialists', '09.02.03', '2024-2025', 4, 4, 'full-time'),
    (1, 'p605', 605, 17, 5605, 'mid-level-specialists', '09.02.03', '2024-2025', 4, 4, 'full-time'),
    (1, 'p606', 606, 17, 5606, 'mid-level-specialists', '09.02.03', '2023-2024', 4, 4, 'full-time'),
    (1, 'p611', 611, 18, 5611, 'mid-level-specialists', '35.02.07', '2024-2025', 4, 4, 'full-time');

INSERT INTO vocational.course_transfer (source_id, key, person_id, organization_id, membership_id, from_course, to_course,
        transferred_on) VALUES
    (1, 't504', 504, 17, 5504, 1, 2, '2025-10-15'),
    (1, 't506', 506, 17, 5506, 3, 4, '2025-09-01'),
    (1, 't511', 511, 18, 5511, 2, 1, '2025-10-20'),
    (1, 't501', 501, 17, 5501, 1, 2, '2025-06-30');

INSERT INTO vocational.diploma (source_id, key, person_id, organization_id, membership_id, kind, number, issued_on,
        with_honours, specialty_code) VALUES
    (1, 'd601', 601, 17, 5601, 'diploma', '1000001', '2025-06-29', true, '09.02.03'),
    (1, 'd602', 602, 17, 5602, 'diploma', '1000002', '2025-06-29', false, '09.02.03'),
    (1, 'd603', 603, 17, 5603, 'diploma', '1000003', '2025-06-29', false, '43.01.09'),
    (1, 'd605', 605, 17, 5605, 'study-certificate', '15', '2025-06-29', false, NULL),
    (1, 'd611', 611, 18, 5611, 'diploma', '1000011', '2025-06-27', false, '35.02.07');

INSERT INTO vocational.employment (source_id, key, person_id, organization_id, membership_id, individual_plan,
        contract_enterprise, contract_ownership_code, actual_employer, quota_workplace, employed_on) VALUES
    (1, 'e601', 601, 17, 5601, true, 'ООО «Код»', 'private', 'ООО «Код»', false, '2025-08-01'),
    (1, 'e602', 602, 17, 5602, false, NULL, NULL, 'АО «Связь»', false, '2025-09-01'),
    (1, 'e603', 603, 17, 5603, true, NULL, NULL, 'КГБУЗ «Краевая больница»', true, '2025-08-15'),
    (1, 'e606', 606, 17, 5606, false, NULL, NULL, 'ООО «Прошлый год»', false, '2024-08-01'),
    (1, 'e611', 611, 18, 5611, true, NULL, NULL, NULL, false, NULL),
    (1, 'e612', 612, 18, 5612, false, NULL, NULL, 'КФХ Иванова', false, '2025-07-15');
