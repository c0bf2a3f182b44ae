-- The small region the report forms' tests share (SmallRegion loads it; a bundle's own fixture adds its
-- classes, persons and memberships): a ministry (1) over two municipal authorities, the city of Severs (2) and the
-- Southern district (3), which has a subordinate settlement authority (4). Eight organizations:
--   10 Гимназия № 1, 11 СОШ № 2, 12 Детский сад «Солнышко»      (authority 2, город Северск / Северск)
--   13 Южная СОШ, 16 ДШИ Южного района (additional)                (authority 3, Южный район / Южное)
--   14 Лесная ООШ, 15 Центр образования «Лесной» (mixed → general) (authority 4, Южный район / Лесной)
--   17 Северский политехнический колледж (vocational, no short name) (authority 1, город Северск / Северск)
-- Municipalities (report.organization.municipality_*): 10–12 → 2, 13–16 → 3 (also 14, 15 under 4),
-- 17 → 1 (under no municipal authority: its own).
INSERT INTO registry.territory (oktmo, name) VALUES ('69000000', 'Северный край');
INSERT INTO registry.territory (oktmo, name, parent_oktmo) VALUES
    ('69701000', 'город Северск', '69000000'),
    ('69612000', 'Южный муниципальный район', '69000000'),
    ('69612410', 'Лесное сельское поселение', '69612000');

INSERT INTO registry.authority (id, parent_id, full_name, short_name, level, oktmo) VALUES
    (1, NULL, 'Министерство образования Северного края', 'Минобр', 'regional', '69000000'),
    (2, 1, 'Комитет по образованию города Северска', 'Комитет', 'municipal', '69701000'),
    (3, 1, 'Управление образования Южного района', 'УО Южного района', 'municipal', '69612000'),
    (4, 3, 'Отдел образования Лесного поселения', 'ОО Лесного', 'municipal', '69612410');

INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, kind_code, ownership_code,
        education_level, inn, kpp, ogrn, oktmo, district, settlement, address, phone, email, website) VALUES
    (10, 2, 'Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 1»', 'Гимназия № 1', 'gymnasium', NULL,
        'municipal', 'general', '7024000010', '702401001', '1027000000010', '69701000', 'город Северск', 'Северск',
        'г. Северск, ул. Ленина, 1', '+7 3823 10-10-10', 'gym1@seversk.example', 'https://gym1.example'),
    (11, 2, 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 2»', 'СОШ № 2',
        'secondary-school', NULL, 'municipal', 'general', '7024000011', NULL, NULL, '69701000', 'город Северск', 'Северск',
        'г. Северск, ул. Мира, 2', NULL, NULL, NULL),
    (12, 2, 'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад «Солнышко»»', 'Детский сад «Солнышко»',
        'kindergarten', 'general-developmental', 'municipal', 'preschool', NULL, NULL, NULL, '69701000', 'город Северск',
        'Северск', NULL, NULL, NULL, NULL),
    (13, 3, 'МБОУ «Южная средняя общеобразовательная школа»', 'Южная СОШ', 'secondary-school', NULL, 'municipal',
        'general', NULL, NULL, NULL, '69612000', 'Южный район', 'Южное', NULL, NULL, NULL, NULL),
    (14, 4, 'МБОУ «Лесная основная общеобразовательная школа»', 'Лесная ООШ', 'basic-school', NULL, 'municipal',
        'general', NULL, NULL, NULL, '69612410', 'Южный район', 'Лесной', NULL, NULL, NULL, NULL),
    (15, 4, 'МБОУ «Центр образования «Лесной»»', 'Центр образования «Лесной»', 'education-center', NULL, 'municipal',
        'mixed', NULL, NULL, NULL, '69612410', 'Южный район', 'Лесной', NULL, NULL, NULL, NULL),
    (16, 3, 'МБУ ДО «Детская школа искусств Южного района»', 'ДШИ Южного района', 'arts-school', NULL, 'municipal',
        'additional', NULL, NULL, NULL, '69612000', 'Южный район', 'Южное', NULL, NULL, NULL, NULL),
    (17, 1, 'КГБПОУ «Северский политехнический колледж»', NULL, 'college', NULL, 'regional', 'vocational',
        '7024000017', '702401001', '1027000000017', '69701000', 'город Северск', 'Северск', 'г. Северск, пр. Коммунистический, 17',
        '+7 3823 17-17-17', 'college@seversk.example', NULL);

INSERT INTO registry.academic_year (code, starts_on, ends_on) VALUES
    ('2024-2025', '2024-09-01', '2025-09-01'),
    ('2025-2026', '2025-09-01', '2026-09-01');
