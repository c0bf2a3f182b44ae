package org.kontingent.extension.vocational.internal;

import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * The tests' database ({@link ExtensionDatabase}: a real PostgreSQL with the registry core's
 * migrations and then this bundle's, as the platform applies them) with a small region: a ministry
 * (1) over a municipal authority (2); college 20 (under 1), technical school 21 (under 2), school
 * 10 (under 2); students 2000 (at 20 since 2025-09-01), 2001 (at 20, graduated on 2026-06-30), 2002
 * (at 21 since 2026-09-01), 2003 (a second record of 2000, with no membership) and pupil 2004 (at
 * 10).
 */
final class VocationalDatabase {
    private VocationalDatabase() {
    }

    /** The registry's and this bundle's migrations, and the small region above. */
    static ExtensionDatabase start() throws Exception {
        return ExtensionDatabase.withRegion(VocationalExtension.class, """
                INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Алтайский край');
                INSERT INTO registry.authority (id, parent_id, full_name, level, oktmo, inn) VALUES
                    (1, NULL, 'Министерство образования и науки Алтайского края', 'regional', '01000000', '2225000000'),
                    (2, 1, 'Комитет по образованию города Барнаула', 'municipal', '01000000', NULL);
                INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level, oktmo) VALUES
                    (20, 1, 'КГБПОУ «Барнаульский строительный колледж»', 'Строительный колледж', 'college', 'vocational', '01000000'),
                    (21, 2, 'КГБПОУ «Барнаульский техникум сервиса»', 'Техникум сервиса', 'technical-school', 'vocational', '01000000'),
                    (10, 2, 'МБОУ «СОШ № 50»', 'СОШ № 50', 'secondary-school', 'general', '01000000');
                INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'),
                                                         ('2026-2027', '2026-09-01', '2027-09-01');
                INSERT INTO registry.person (id, surname, name, surname_norm, name_norm, birth_date, sex) VALUES
                    (2000, 'Ковалёв', 'Денис', 'КОВАЛЕВ', 'ДЕНИС', '2009-03-03', 'M'),
                    (2001, 'Лебедева', 'Ольга', 'ЛЕБЕДЕВА', 'ОЛЬГА', '2006-05-05', 'F'),
                    (2002, 'Морозов', 'Иван', 'МОРОЗОВ', 'ИВАН', '2010-07-07', 'M'),
                    (2003, 'Ковалев', 'Денис', 'КОВАЛЕВ', 'ДЕНИС', '2009-03-03', 'M'),
                    (2004, 'Павлова', 'Мария', 'ПАВЛОВА', 'МАРИЯ', '2012-08-08', 'F');
                INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
                    (6000, 2000, 20, 'learner', '2025-09-01', NULL, NULL),
                    (6001, 2001, 20, 'learner', '2022-09-01', '2026-06-30', 'graduation'),
                    (6002, 2002, 21, 'learner', '2026-09-01', NULL, NULL),
                    (6004, 2004, 10, 'learner', '2020-09-01', NULL, NULL);
                SELECT setval(pg_get_serial_sequence('registry.' || t, 'id'), 100000)
                  FROM unnest(ARRAY['authority', 'organization', 'class_group', 'person', 'membership']) t;
                """);
    }
}
