package org.kontingent.extension.general.internal;

import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The tests' database ({@link ExtensionDatabase}: a real PostgreSQL with the registry core's
 * migrations and then this bundle's, as the platform applies them) with a small region: a ministry
 * (1) over two municipal authorities (2 and 3); schools 10 (under 2) and 12 (under 3), kindergarten
 * 11 (under 3); learners 1000 (at 10 since 2022), 1001 (at 10, graduated on 2026-06-26), 1002 (at
 * 12 since 2025), 1004 (at 10 since 2026-09-01) and 1005 (a second record of 1000, with no
 * membership).
 */
final class GeneralDatabase {
    private GeneralDatabase() {
    }

    /** The registry's and this bundle's migrations, and the small region above. */
    static ExtensionDatabase start() throws Exception {
        return ExtensionDatabase.withRegion(GeneralExtension.class, """
                INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Алтайский край');
                INSERT INTO registry.territory (oktmo, name, parent_oktmo) VALUES
                    ('01601000', 'Алейский муниципальный район', '01000000'),
                    ('01701000', 'город Барнаул', '01000000');
                INSERT INTO registry.authority (id, parent_id, full_name, level, oktmo, inn) VALUES
                    (1, NULL, 'Министерство образования и науки Алтайского края', 'regional', '01000000', '2225000000'),
                    (2, 1, 'Управление образования Алейского района', 'municipal', '01601000', NULL),
                    (3, 1, 'Комитет по образованию города Барнаула', 'municipal', '01701000', NULL);
                INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level,
                        oktmo, district, settlement) VALUES
                    (10, 2, 'МБОУ «Алейская средняя общеобразовательная школа»', 'Алейская СОШ', 'secondary-school',
                        'general', '01601000', 'Алейский муниципальный район', 'Алейский сельсовет'),
                    (11, 3, 'МБДОУ «Детский сад № 5»', 'Детский сад № 5', 'kindergarten', 'preschool', '01701000',
                        'город Барнаул', 'город Барнаул'),
                    (12, 3, 'МБОУ «Средняя общеобразовательная школа № 50»', 'СОШ № 50', 'secondary-school', 'general',
                        '01701000', 'город Барнаул', 'город Барнаул');
                INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'),
                                                         ('2026-2027', '2026-09-01', '2027-09-01');
                INSERT INTO registry.person (id, surname, name, patronymic, surname_norm, name_norm, patronymic_norm,
                        birth_date, sex) VALUES
                    (1000, 'Иванов', 'Пётр', 'Сергеевич', 'ИВАНОВ', 'ПЕТР', 'СЕРГЕЕВИЧ', '2015-04-02', 'M'),
                    (1001, 'Петрова', 'Анна', NULL, 'ПЕТРОВА', 'АННА', '', '2008-10-10', 'F'),
                    (1002, 'Сидоров', 'Илья', NULL, 'СИДОРОВ', 'ИЛЬЯ', '', '2016-01-20', 'M'),
                    (1004, 'Абрамов', 'Антон', NULL, 'АБРАМОВ', 'АНТОН', '', '2015-02-02', 'M'),
                    (1005, 'Иванов', 'Петр', 'Сергеевич', 'ИВАНОВ', 'ПЕТР', 'СЕРГЕЕВИЧ', '2015-04-02', 'M');
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
                    (5000, 1000, 10, 'learner', '2022-09-01', NULL, NULL),
                    (5001, 1001, 10, 'learner', '2016-09-01', '2026-06-26', 'graduation'),
                    (5002, 1002, 12, 'learner', '2025-09-01', NULL, NULL),
                    (5003, 1004, 10, 'learner', '2026-09-01', NULL, NULL);
                SELECT setval(pg_get_serial_sequence('registry.' || t, 'id'), 100000)
                  FROM unnest(ARRAY['authority', 'organization', 'class_group', 'person', 'membership']) t;
                """);
    }
}
