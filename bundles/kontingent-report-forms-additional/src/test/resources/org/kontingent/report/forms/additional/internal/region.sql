-- The additional education forms' learners, programmes and documents, in the small region the report forms' tests
-- share (org/kontingent/report/support/testing/region.sql, loaded first: authorities 1–4, organizations 10–17, academic
-- years 2024-2025 and 2025-2026), with the additional education extension's tables. Source 1.
-- Besides the region's arts school 16 (Южный район, municipality 3), the centre of children's creativity 18 of the city
-- (authority 2) and the sports school 19 of the Southern district's settlement authority (4, municipality 3); the
-- gymnasium 10 runs a club of its own. The academic year 2023-2024, when 745 mastered his programme.
INSERT INTO registry.academic_year (code, starts_on, ends_on) VALUES ('2023-2024', '2023-09-01', '2024-09-01');
INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, ownership_code, education_level,
        oktmo, district, settlement) VALUES
    (18, 2, 'МБУ ДО «Центр детского творчества «Радуга»»', 'ЦДТ «Радуга»', 'additional-education-center', 'municipal',
        'additional', '69701000', 'город Северск', 'Северск'),
    (19, 4, 'МБУ ДО «Спортивная школа Южного района»', 'СШ Южного района', 'sports-school', 'municipal', 'additional',
        '69612410', 'Южный район', 'Лесной');

-- Learners on the day counted, 2025-11-01 (age in full years on it), and their programmes on it:
--   16: 701 F 9, Фортепиано (pre-professional) since 2023          702 M 12, Живопись (pre-professional), adapted
--       703 F 7, Хореография (general), distance technologies       704 F 15, no programme
--       705 M 11, Фортепиано (pre-professional) and Вокальный ансамбль (general): in both rows
--       706 F left on 2025-10-01 (her Хореография ended, not mastered), 707 M comes on 2025-11-02: not counted
--   18: 711 M 10, Робототехника (technical, distance) and Шахматы (sport): one learner, two orientations
--       712 F 4, Юный эколог (natural science) since 2025-09-15     713 M 17, Юные краеведы (tourism) since 2024, and
--       Школа юного журналиста (social) mastered on its end, 2025-06-01, with a certificate of training
--       714 F 18, Волонтёрский отряд (social)                      715 F 13, her Изобразительное искусство begins on
--       2025-11-15: no programme on the day                         716: a programme without a membership, not counted
--   10: 721 F 12, the gymnasium's pupil in its club Школьный театр (social); 722 a pupil without one: not counted
--   19: 731 M 14, Футбол since 2024                                 732 F 16, Общая физическая подготовка, adapted
-- Programmes ended in 2024-2025 (and their documents): 741 F at 16, Фортепиано (pre-professional) mastered on
-- 2025-06-01, certificate of the arts; 742 M at 18, Робототехника not mastered on leaving, 2025-05-20, certificate of
-- study; 743 F at 18, Юный эколог mastered, no document of the programme (a document of her own named by nothing);
-- 744 M at 10, the club Шахматы mastered on 2025-05-31, certificate of training; and 713's above. 745 M at 18,
-- Спортивный туризм, mastered in 2023-2024.
INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
    (701, 'Ученица', 'Первая', 'УЧЕНИЦА', 'ПЕРВАЯ', '2016-05-01', 'F'),
    (702, 'Ученик', 'Второй', 'УЧЕНИК', 'ВТОРОЙ', '2013-02-01', 'M'),
    (703, 'Ученица', 'Третья', 'УЧЕНИЦА', 'ТРЕТЬЯ', '2018-03-01', 'F'),
    (704, 'Ученица', 'Четвёртая', 'УЧЕНИЦА', 'ЧЕТВЕРТАЯ', '2010-10-01', 'F'),
    (705, 'Ученик', 'Пятый', 'УЧЕНИК', 'ПЯТЫЙ', '2014-06-01', 'M'),
    (706, 'Ученица', 'Шестая', 'УЧЕНИЦА', 'ШЕСТАЯ', '2012-01-01', 'F'),
    (707, 'Ученик', 'Седьмой', 'УЧЕНИК', 'СЕДЬМОЙ', '2012-02-02', 'M'),
    (711, 'Ученик', 'Одиннадцатый', 'УЧЕНИК', 'ОДИННАДЦАТЫЙ', '2015-06-01', 'M'),
    (712, 'Ученица', 'Двенадцатая', 'УЧЕНИЦА', 'ДВЕНАДЦАТАЯ', '2021-01-15', 'F'),
    (713, 'Ученик', 'Тринадцатый', 'УЧЕНИК', 'ТРИНАДЦАТЫЙ', '2008-04-01', 'M'),
    (714, 'Ученица', 'Четырнадцатая', 'УЧЕНИЦА', 'ЧЕТЫРНАДЦАТАЯ', '2007-09-01', 'F'),
    (715, 'Ученица', 'Пятнадцатая', 'УЧЕНИЦА', 'ПЯТНАДЦАТАЯ', '2012-03-03', 'F'),
    (716, 'Ученик', 'Шестнадцатый', 'УЧЕНИК', 'ШЕСТНАДЦАТЫЙ', '2019-05-05', 'M'),
    (721, 'Гимназистка', 'Первая', 'ГИМНАЗИСТКА', 'ПЕРВАЯ', '2013-08-08', 'F'),
    (722, 'Гимназист', 'Второй', 'ГИМНАЗИСТ', 'ВТОРОЙ', '2013-09-09', 'M'),
    (731, 'Спортсмен', 'Первый', 'СПОРТСМЕН', 'ПЕРВЫЙ', '2011-01-10', 'M'),
    (732, 'Спортсменка', 'Вторая', 'СПОРТСМЕНКА', 'ВТОРАЯ', '2009-07-07', 'F'),
    (741, 'Выпускница', 'Первая', 'ВЫПУСКНИЦА', 'ПЕРВАЯ', '2010-01-01', 'F'),
    (742, 'Выбывший', 'Второй', 'ВЫБЫВШИЙ', 'ВТОРОЙ', '2014-01-01', 'M'),
    (743, 'Выпускница', 'Третья', 'ВЫПУСКНИЦА', 'ТРЕТЬЯ', '2015-01-01', 'F'),
    (744, 'Гимназист', 'Четвёртый', 'ГИМНАЗИСТ', 'ЧЕТВЕРТЫЙ', '2012-01-01', 'M'),
    (745, 'Выпускник', 'Пятый', 'ВЫПУСКНИК', 'ПЯТЫЙ', '2012-02-01', 'M');

INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
    (5701, 701, 16, 'learner', '2023-09-01', NULL, NULL),
    (5702, 702, 16, 'learner', '2024-09-01', NULL, NULL),
    (5703, 703, 16, 'learner', '2025-09-01', NULL, NULL),
    (5704, 704, 16, 'learner', '2025-09-01', NULL, NULL),
    (5705, 705, 16, 'learner', '2022-09-01', NULL, NULL),
    (5706, 706, 16, 'learner', '2024-09-01', '2025-10-01', 'expelled'),
    (5707, 707, 16, 'learner', '2025-11-02', NULL, NULL),
    (5711, 711, 18, 'learner', '2025-09-01', NULL, NULL),
    (5712, 712, 18, 'learner', '2025-09-15', NULL, NULL),
    (5713, 713, 18, 'learner', '2024-09-01', NULL, NULL),
    (5714, 714, 18, 'learner', '2025-09-01', NULL, NULL),
    (5715, 715, 18, 'learner', '2025-09-01', NULL, NULL),
    (5721, 721, 10, 'learner', '2019-09-01', NULL, NULL),
    (5722, 722, 10, 'learner', '2019-09-01', NULL, NULL),
    (5731, 731, 19, 'learner', '2024-09-01', NULL, NULL),
    (5732, 732, 19, 'learner', '2025-09-01', NULL, NULL),
    (5741, 741, 16, 'learner', '2020-09-01', '2025-06-01', 'graduation'),
    (5742, 742, 18, 'learner', '2024-09-01', '2025-05-20', 'parents-request'),
    (5743, 743, 18, 'learner', '2024-09-01', '2025-06-01', 'graduation'),
    (5744, 744, 10, 'learner', '2016-09-01', NULL, NULL),
    (5745, 745, 18, 'learner', '2023-09-01', '2024-06-01', 'graduation');

INSERT INTO additional.programme (source_id, key, person_id, organization_id, membership_id, name, kind, orientation,
        adapted, distance_technologies, federal_requirements, years, starts_on, ends_on, status, mark) VALUES
    (1, 'p701', 701, 16, 5701, 'Фортепиано', 'pre-professional', 'artistic', false, false, 'ФГТ «Фортепиано»', 8,
        '2023-09-01', NULL, 'in-progress', NULL),
    (1, 'p702', 702, 16, 5702, 'Живопись', 'pre-professional', 'artistic', true, false, 'ФГТ «Живопись»', 5,
        '2024-09-01', NULL, 'in-progress', NULL),
    (1, 'p703', 703, 16, 5703, 'Хореография', 'general-developmental', 'artistic', false, true, NULL, 2,
        '2025-09-01', NULL, 'in-progress', NULL),
    (1, 'p705a', 705, 16, 5705, 'Фортепиано', 'pre-professional', 'artistic', false, false, 'ФГТ «Фортепиано»', 8,
        '2022-09-01', NULL, 'in-progress', NULL),
    (1, 'p705b', 705, 16, 5705, 'Вокальный ансамбль', 'general-developmental', 'artistic', false, false, NULL, 1,
        '2025-09-01', NULL, 'in-progress', NULL),
    (1, 'p706', 706, 16, 5706, 'Хореография', 'general-developmental', 'artistic', false, false, NULL, 2,
        '2024-09-01', '2025-10-01', 'not-mastered', NULL),
    (1, 'p707', 707, 16, 5707, 'Хореография', 'general-developmental', 'artistic', false, false, NULL, 2,
        '2025-11-02', NULL, 'in-progress', NULL),
    (1, 'p711a', 711, 18, 5711, 'Робототехника', 'general-developmental', 'technical', false, true, NULL, 1,
        '2025-09-01', NULL, 'in-progress', NULL),
    (1, 'p711b', 711, 18, 5711, 'Шахматы', 'general-developmental', 'physical-culture-and-sport', false, false, NULL, 1,
        '2025-09-01', NULL, 'in-progress', NULL),
    (1, 'p712', 712, 18, 5712, 'Юный эколог', 'general-developmental', 'natural-science', false, false, NULL, 1,
        '2025-09-15', NULL, 'in-progress', NULL),
    (1, 'p713a', 713, 18, 5713, 'Юные краеведы', 'general-developmental', 'tourist-and-local-history', false, false, NULL, 2,
        '2024-09-01', NULL, 'in-progress', NULL),
    (1, 'p713b', 713, 18, 5713, 'Школа юного журналиста', 'general-developmental', 'social-humanitarian', false, false,
        NULL, 1, '2024-09-01', '2025-06-01', 'mastered', 'зачёт'),
    (1, 'p714', 714, 18, 5714, 'Волонтёрский отряд', 'general-developmental', 'social-humanitarian', false, false, NULL, 1,
        '2025-09-01', NULL, 'in-progress', NULL),
    (1, 'p715', 715, 18, 5715, 'Изобразительное искусство', 'general-developmental', 'artistic', false, false, NULL, 1,
        '2025-11-15', NULL, 'in-progress', NULL),
    (1, 'p716', 716, 18, NULL, 'Робототехника', 'general-developmental', 'technical', false, false, NULL, 1,
        '2025-09-01', NULL, 'in-progress', NULL),
    (1, 'p721', 721, 10, 5721, 'Школьный театр', 'general-developmental', 'social-humanitarian', false, false, NULL, 1,
        '2025-09-01', NULL, 'in-progress', NULL),
    (1, 'p731', 731, 19, 5731, 'Футбол', 'general-developmental', 'physical-culture-and-sport', false, false, NULL, 2,
        '2024-09-01', NULL, 'in-progress', NULL),
    (1, 'p732', 732, 19, 5732, 'Общая физическая подготовка', 'general-developmental', 'physical-culture-and-sport', true,
        false, NULL, 1, '2025-09-01', NULL, 'in-progress', NULL),
    (1, 'p741', 741, 16, 5741, 'Фортепиано', 'pre-professional', 'artistic', false, false, 'ФГТ «Фортепиано»', 5,
        '2020-09-01', '2025-06-01', 'mastered', '5'),
    (1, 'p742', 742, 18, 5742, 'Робототехника', 'general-developmental', 'technical', false, false, NULL, 1,
        '2024-09-01', '2025-05-20', 'not-mastered', 'незачёт'),
    (1, 'p743', 743, 18, 5743, 'Юный эколог', 'general-developmental', 'natural-science', false, false, NULL, 1,
        '2024-09-01', '2025-06-01', 'mastered', 'зачёт'),
    (1, 'p744', 744, 10, 5744, 'Шахматы', 'general-developmental', 'physical-culture-and-sport', false, false, NULL, 1,
        '2024-09-01', '2025-05-31', 'mastered', 'зачёт'),
    (1, 'p745', 745, 18, 5745, 'Спортивный туризм', 'general-developmental', 'tourist-and-local-history', false, false,
        NULL, 1, '2023-09-01', '2024-06-01', 'mastered', 'зачёт');

-- documents joined to the programme the source sent under the key, as the extension joins them
INSERT INTO additional.document (source_id, key, person_id, organization_id, membership_id, programme_key, programme_id,
        kind, name, number, issued_on)
SELECT 1, d.key, d.person_id, d.organization_id, d.membership_id, d.programme_key, p.id, d.kind, d.name, d.number,
       d.issued_on::date
  FROM (VALUES
    ('d713', 713, 18, 5713, 'p713b', 'training-certificate', NULL, '101', '2025-05-31'),
    ('d741', 741, 16, 5741, 'p741', 'pre-professional-arts-certificate', NULL, '102', '2025-05-31'),
    ('d742', 742, 18, 5742, 'p742', 'study-certificate', NULL, '103', '2025-05-19'),
    ('d743', 743, 18, 5743, NULL, 'other', 'Грамота за участие в экологическом конкурсе', '104', '2025-06-01'),
    ('d744', 744, 10, 5744, 'p744', 'training-certificate', NULL, '105', '2025-05-30'),
    ('d745', 745, 18, 5745, 'p745', 'training-certificate', NULL, '106', '2024-05-31'))
    d (key, person_id, organization_id, membership_id, programme_key, kind, name, number, issued_on)
  LEFT JOIN additional.programme p ON p.source_id = 1 AND p.key = d.programme_key;
