package org.kontingent.extension.preschool.internal;

import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The tests' database ({@link ExtensionDatabase}: a real PostgreSQL with the registry core's
 * migrations and then this bundle's, as the platform applies them) with a small region: a ministry
 * (1) over two municipal authorities (2, the city, and 3, the district); kindergartens 11 (under 2;
 * groups 110 «Старшая группа № 1» of 2025-2026, grade 5, capacity 2, and of 2026-2027 111 «Средняя
 * группа № 1», grade 4, capacity 3, and 112 «Старшая группа № 1», grade 5, capacity 2) and 12
 * (under 3, of the type child-development-center, no groups), school 10 (under 2). Children on
 * 2026-11-23: 1000 (born 2022-03-10, at 11 since 2024-09-01, placed in 111 since 2026-09-01), 1001
 * (born 2020-05-05, at 11 from 2023-09-01 up to 2026-06-01, left at the parents' request; placed in
 * 110 from 2025-09-01 up to then), 1002 (born 2024-01-15, no membership: a child of the queue),
 * 1003 (born 2015-02-02, a pupil of school 10 since 2022-09-01), 1004 (born 2021-07-07, at 12 since
 * 2025-09-01) and 1005 (a second record of 1000, with no membership).
 */
final class PreschoolDatabase {
    private PreschoolDatabase() {
    }

    /** The registry's and this bundle's migrations, and the small region above. */
    static ExtensionDatabase start() throws Exception {
        return ExtensionDatabase.withRegion(PreschoolExtension.class, """
                INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Алтайский край');
                INSERT INTO registry.territory (oktmo, name, parent_oktmo) VALUES
                    ('01601000', 'Алейский муниципальный район', '01000000'),
                    ('01701000', 'город Барнаул', '01000000');
                INSERT INTO registry.authority (id, parent_id, full_name, level, oktmo, inn) VALUES
                    (1, NULL, 'Министерство образования и науки Алтайского края', 'regional', '01000000', '2225000000'),
                    (2, 1, 'Комитет по образованию города Барнаула', 'municipal', '01701000', NULL),
                    (3, 1, 'Управление образования Алейского района', 'municipal', '01601000', NULL);
                INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, kind_code,
                        education_level, oktmo, district, settlement) VALUES
                    (10, 2, 'МБОУ «Средняя общеобразовательная школа № 50»', 'СОШ № 50', 'secondary-school', NULL,
                        'general', '01701000', 'город Барнаул', 'город Барнаул'),
                    (11, 2, 'МБДОУ «Детский сад № 5»', 'Детский сад № 5', 'kindergarten', 'general-developmental',
                        'preschool', '01701000', 'город Барнаул', 'город Барнаул'),
                    (12, 3, 'МБДОУ «ЦРР — детский сад «Радуга»»', 'Детский сад «Радуга»', 'child-development-center',
                        'combined', 'preschool', '01601000', 'Алейский муниципальный район', 'Алейский сельсовет');
                INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'),
                                                         ('2026-2027', '2026-09-01', '2027-09-01');
                INSERT INTO registry.class_group (id, organization_id, academic_year, name, grade, capacity) VALUES
                    (110, 11, '2025-2026', 'Старшая группа № 1', 5, 2),
                    (111, 11, '2026-2027', 'Средняя группа № 1', 4, 3),
                    (112, 11, '2026-2027', 'Старшая группа № 1', 5, 2);
                INSERT INTO registry.person (id, surname, name, patronymic, surname_norm, name_norm, patronymic_norm,
                        birth_date, sex) VALUES
                    (1000, 'Иванов', 'Пётр', 'Сергеевич', 'ИВАНОВ', 'ПЕТР', 'СЕРГЕЕВИЧ', '2022-03-10', 'M'),
                    (1001, 'Петрова', 'Анна', NULL, 'ПЕТРОВА', 'АННА', '', '2020-05-05', 'F'),
                    (1002, 'Сидоров', 'Илья', NULL, 'СИДОРОВ', 'ИЛЬЯ', '', '2024-01-15', 'M'),
                    (1003, 'Абрамов', 'Антон', NULL, 'АБРАМОВ', 'АНТОН', '', '2015-02-02', 'M'),
                    (1004, 'Орлова', 'Вера', NULL, 'ОРЛОВА', 'ВЕРА', '', '2021-07-07', 'F'),
                    (1005, 'Иванов', 'Петр', 'Сергеевич', 'ИВАНОВ', 'ПЕТР', 'СЕРГЕЕВИЧ', '2022-03-10', 'M');
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
                    (5000, 1000, 11, 'learner', '2024-09-01', NULL, NULL),
                    (5001, 1001, 11, 'learner', '2023-09-01', '2026-06-01', 'parents-request'),
                    (5003, 1003, 10, 'learner', '2022-09-01', NULL, NULL),
                    (5004, 1004, 12, 'learner', '2025-09-01', NULL, NULL);
                INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, ends_on) VALUES
                    (5000, 111, '2026-09-01', NULL),
                    (5001, 110, '2025-09-01', '2026-06-01');
                SELECT setval(pg_get_serial_sequence('registry.' || t, 'id'), 100000)
                  FROM unnest(ARRAY['authority', 'organization', 'class_group', 'person', 'membership']) t;
                """);
    }
}
