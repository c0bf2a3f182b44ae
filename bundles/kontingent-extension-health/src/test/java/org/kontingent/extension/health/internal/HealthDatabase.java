package org.kontingent.extension.health.internal;

import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The tests' database ({@link ExtensionDatabase}: a real PostgreSQL with the registry core's
 * migrations and then this bundle's) with a small region: a ministry (1) over a municipal
 * authority (2); school 10 and kindergarten 11 (under 2), the college 12 (under 1); learners 5000
 * (a pupil of 10 since 2020-09-01, born 2014-03-03), 5001 (a student of 12 since 2024-09-01, born
 * 2008-05-05: 18 since 2026-05-05), 5002 (at 11 since 2024-09-01, born 2021-07-07), 5003 (a second
 * record of 5000, with no membership) and 5004 (a pupil of 10 from 2019-09-01 to 2025-06-01).
 */
final class HealthDatabase {
    private HealthDatabase() {
    }

    /** The registry's and this bundle's migrations, and the small region above. */
    static ExtensionDatabase start() throws Exception {
        return ExtensionDatabase.withRegion(HealthExtension.class, """
                INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Алтайский край');
                INSERT INTO registry.authority (id, parent_id, full_name, level, oktmo, inn) VALUES
                    (1, NULL, 'Министерство образования и науки Алтайского края', 'regional', '01000000', '2225000000'),
                    (2, 1, 'Комитет по образованию города Барнаула', 'municipal', '01000000', NULL);
                INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level, oktmo) VALUES
                    (10, 2, 'МБОУ «СОШ № 50»', 'СОШ № 50', 'secondary-school', 'general', '01000000'),
                    (11, 2, 'МБДОУ «Детский сад № 7»', 'Детский сад № 7', 'kindergarten', 'preschool', '01000000'),
                    (12, 1, 'КГБПОУ «Барнаульский политехнический колледж»', 'БПК', 'college', 'vocational', '01000000');
                INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'),
                                                         ('2026-2027', '2026-09-01', '2027-09-01');
                INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
                    (5000, 'Соколова', 'Анна', 'СОКОЛОВА', 'АННА', '2014-03-03', 'F'),
                    (5001, 'Новиков', 'Пётр', 'НОВИКОВ', 'ПЕТР', '2008-05-05', 'M'),
                    (5002, 'Егоров', 'Илья', 'ЕГОРОВ', 'ИЛЬЯ', '2021-07-07', 'M'),
                    (5003, 'Соколова', 'Аня', 'СОКОЛОВА', 'АНЯ', '2014-03-03', 'F'),
                    (5004, 'Павлова', 'Мария', 'ПАВЛОВА', 'МАРИЯ', '2012-08-08', 'F');
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
                    (8000, 5000, 10, 'learner', '2020-09-01', NULL, NULL),
                    (8001, 5001, 12, 'learner', '2024-09-01', NULL, NULL),
                    (8002, 5002, 11, 'learner', '2024-09-01', NULL, NULL),
                    (8004, 5004, 10, 'learner', '2019-09-01', '2025-06-01', 'parents-request');
                SELECT setval(pg_get_serial_sequence('registry.' || t, 'id'), 100000)
                  FROM unnest(ARRAY['authority', 'organization', 'class_group', 'person', 'membership']) t;
                """);
    }
}
