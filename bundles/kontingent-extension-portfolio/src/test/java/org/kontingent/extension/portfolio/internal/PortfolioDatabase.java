package org.kontingent.extension.portfolio.internal;

import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The tests' database ({@link ExtensionDatabase}: a real PostgreSQL with the registry core's
 * migrations and then this bundle's, as the platform applies them) with a small region of every
 * education level: a ministry (1) over a municipal authority (2); the school 10 and the
 * kindergarten 20 (under 2), the arts school 30 and the college 40 (under 1). Learners: pupil 3000
 * (at 10 since 2020-09-01), child 3001 (at 20 since 2022-09-01), 3002 (at 30 since 2025-09-01),
 * student 3003 (at 40 since 2024-09-01), 3004 (a second record of 3000, with no membership) and
 * 3005 (at 10 from 2015-09-01, graduated on 2026-06-01).
 */
final class PortfolioDatabase {
    private PortfolioDatabase() {
    }

    /** The registry's and this bundle's migrations, and the small region above. */
    static ExtensionDatabase start() throws Exception {
        return ExtensionDatabase.withRegion(PortfolioExtension.class, """
                INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Алтайский край');
                INSERT INTO registry.authority (id, parent_id, full_name, level, oktmo, inn) VALUES
                    (1, NULL, 'Министерство образования и науки Алтайского края', 'regional', '01000000', '2225000000'),
                    (2, 1, 'Комитет по образованию города Барнаула', 'municipal', '01000000', NULL);
                INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level, oktmo) VALUES
                    (10, 2, 'МБОУ «СОШ № 50»', 'СОШ № 50', 'secondary-school', 'general', '01000000'),
                    (20, 2, 'МБДОУ «Детский сад № 7»', 'Детский сад № 7', 'kindergarten', 'preschool', '01000000'),
                    (30, 1, 'КГБУ ДО «Краевая детская школа искусств»', 'Краевая ДШИ', 'arts-school', 'additional', '01000000'),
                    (40, 1, 'КГБПОУ «Алтайский промышленный колледж»', 'Промышленный колледж', 'college', 'vocational',
                        '01000000');
                INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'),
                                                         ('2026-2027', '2026-09-01', '2027-09-01');
                INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
                    (3000, 'Соколова', 'Анна', 'СОКОЛОВА', 'АННА', '2011-03-03', 'F'),
                    (3001, 'Зайцев', 'Миша', 'ЗАЙЦЕВ', 'МИША', '2020-05-05', 'M'),
                    (3002, 'Егоров', 'Илья', 'ЕГОРОВ', 'ИЛЬЯ', '2013-07-07', 'M'),
                    (3003, 'Павлова', 'Мария', 'ПАВЛОВА', 'МАРИЯ', '2008-08-08', 'F'),
                    (3004, 'Соколова', 'Аня', 'СОКОЛОВА', 'АНЯ', '2011-03-03', 'F'),
                    (3005, 'Новиков', 'Пётр', 'НОВИКОВ', 'ПЕТР', '2008-05-05', 'M');
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
                    (7000, 3000, 10, 'learner', '2020-09-01', NULL, NULL),
                    (7001, 3001, 20, 'learner', '2022-09-01', NULL, NULL),
                    (7002, 3002, 30, 'learner', '2025-09-01', NULL, NULL),
                    (7003, 3003, 40, 'learner', '2024-09-01', NULL, NULL),
                    (7005, 3005, 10, 'learner', '2015-09-01', '2026-06-01', 'graduation');
                SELECT setval(pg_get_serial_sequence('registry.' || t, 'id'), 100000)
                  FROM unnest(ARRAY['authority', 'organization', 'class_group', 'person', 'membership']) t;
                """);
    }
}
