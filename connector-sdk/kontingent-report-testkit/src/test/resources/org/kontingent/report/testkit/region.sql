-- A small region for the testkit's own tests: a ministry over two municipal authorities, four
-- organizations, learners, and a provider with packages.
INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES
    (1, NULL, 'Министерство образования', 'regional'),
    (2, 1, 'Управление образования Северного района', 'municipal'),
    (3, 1, 'Комитет по образованию города', 'municipal');
INSERT INTO registry.organization (id, authority_id, full_name, type_code, education_level, district, settlement) VALUES
    (10, 2, 'Школа № 1', 'secondary-school', 'general', 'Северный район', 'село Луговое'),
    (11, 2, 'Детский сад № 2', 'kindergarten', 'preschool', 'Северный район', 'посёлок Озёрный'),
    (12, 3, 'Гимназия № 3', 'gymnasium', 'general', 'город', 'город'),
    (13, 1, 'Колледж', 'college', 'vocational', 'город', 'город');
INSERT INTO registry.academic_year VALUES ('2026-2027', '2026-09-01', '2027-09-01');
INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, sex) VALUES
    (100, 'Иванов', 'Пётр', 'ИВАНОВ', 'ПЕТР', 'M'),
    (101, 'Петрова', 'Анна', 'ПЕТРОВА', 'АННА', 'F');
INSERT INTO registry.membership (person_id, organization_id, role, starts_on) VALUES
    (100, 10, 'learner', '2025-09-01'),
    (101, 12, 'learner', '2025-09-01');
INSERT INTO gateway.provider (id, code, name) VALUES (101, 'dnevnik', 'Дневник.ру');
INSERT INTO gateway.provider_organization (provider_id, organization_id, code) VALUES (101, 10, 'school-1');
INSERT INTO gateway.package (provider_id, media_type, body, received_by, received_at, status, received_count, applied_count, refused_count)
VALUES (101, 'application/json', '\x7b7d', 'dnevnik', '2026-10-01 12:00+00', 'applied', 10, 9, 1);
