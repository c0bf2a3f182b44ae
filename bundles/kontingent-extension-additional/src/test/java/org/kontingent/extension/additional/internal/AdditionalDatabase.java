package org.kontingent.extension.additional.internal;

import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The tests' database ({@link ExtensionDatabase}: a real PostgreSQL with the registry core's
 * migrations and then this bundle's, as the platform applies them) with a small region: a ministry
 * (1) over a municipal authority (2); the arts school 30 (under 1), the centre of children's
 * creativity 31 and school 10 (under 2); learners 3000 (at 30 since 2025-09-01), 3001 (at 31 from
 * 2024-09-01, graduated on 2026-06-01), 3002 (at 31 since 2026-09-01), 3003 (a second record of
 * 3000, with no membership) and pupil 3004 (at school 10).
 */
final class AdditionalDatabase {
    private AdditionalDatabase() {
    }

    /** The registry's and this bundle's migrations, and the small region above. */
    static ExtensionDatabase start() throws Exception {
        return ExtensionDatabase.withRegion(AdditionalExtension.class, """
                INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Алтайский край');
                INSERT INTO registry.authority (id, parent_id, full_name, level, oktmo, inn) VALUES
                    (1, NULL, 'Министерство образования и науки Алтайского края', 'regional', '01000000', '2225000000'),
                    (2, 1, 'Комитет по образованию города Барнаула', 'municipal', '01000000', NULL);
                INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level, oktmo) VALUES
                    (30, 1, 'КГБУ ДО «Краевая детская школа искусств»', 'Краевая ДШИ', 'arts-school', 'additional', '01000000'),
                    (31, 2, 'МБУ ДО «Центр детского творчества № 1»', 'ЦДТ № 1', 'additional-education-center', 'additional',
                        '01000000'),
                    (10, 2, 'МБОУ «СОШ № 50»', 'СОШ № 50', 'secondary-school', 'general', '01000000');
                INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'),
                                                         ('2026-2027', '2026-09-01', '2027-09-01');
                INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
                    (3000, 'Соколова', 'Анна', 'СОКОЛОВА', 'АННА', '2014-03-03', 'F'),
                    (3001, 'Новиков', 'Пётр', 'НОВИКОВ', 'ПЕТР', '2012-05-05', 'M'),
                    (3002, 'Егоров', 'Илья', 'ЕГОРОВ', 'ИЛЬЯ', '2015-07-07', 'M'),
                    (3003, 'Соколова', 'Аня', 'СОКОЛОВА', 'АНЯ', '2014-03-03', 'F'),
                    (3004, 'Павлова', 'Мария', 'ПАВЛОВА', 'МАРИЯ', '2012-08-08', 'F');
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
                    (7000, 3000, 30, 'learner', '2025-09-01', NULL, NULL),
                    (7001, 3001, 31, 'learner', '2024-09-01', '2026-06-01', 'graduation'),
                    (7002, 3002, 31, 'learner', '2026-09-01', NULL, NULL),
                    (7004, 3004, 10, 'learner', '2020-09-01', NULL, NULL);
                SELECT setval(pg_get_serial_sequence('registry.' || t, 'id'), 100000)
                  FROM unnest(ARRAY['authority', 'organization', 'class_group', 'person', 'membership']) t;
                """);
    }
}
