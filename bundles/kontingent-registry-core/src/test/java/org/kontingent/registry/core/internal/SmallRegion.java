package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.Statement;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A small region on a real PostgreSQL for the query tests: a ministry over two district
 * authorities, three organizations with classes, and learners who came, stay and left, one with
 * a СНИЛС, documents and a mother.
 */
final class SmallRegion {
    static final MigratedSchema SCHEMA = RegistryDatabase.schema();

    private SmallRegion() {
    }

    /** The region, and more of it written by the statements given. */
    static EmbeddedPostgres start(String more) throws Exception {
        EmbeddedPostgres postgres = start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(more);
        }
        return postgres;
    }

    static EmbeddedPostgres start() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            RegistryDatabase.migrate(c);
            s.execute("""
                    INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Алтайский край');
                    INSERT INTO registry.territory (oktmo, name, parent_oktmo) VALUES
                        ('01601000', 'Алейский муниципальный район', '01000000'),
                        ('01601402', 'Алейский сельсовет', '01601000'),
                        ('01701000', 'город Барнаул', '01000000');
                    INSERT INTO registry.authority (id, parent_id, full_name, level, oktmo, inn) VALUES
                        (1, NULL, 'Министерство образования и науки Алтайского края', 'regional', '01000000', '2225000000'),
                        (2, 1, 'Управление образования Алейского района', 'municipal', '01601000', NULL),
                        (3, 1, 'Комитет по образованию города Барнаула', 'municipal', '01701000', NULL);
                    INSERT INTO registry.organization (id, authority_id, full_name, short_name, type_code, education_level,
                            oktmo, district, settlement, inn, kpp, ogrn) VALUES
                        (10, 2, 'МБОУ «Алейская средняя общеобразовательная школа»', 'Алейская СОШ', 'secondary-school',
                            'general', '01601402', 'Алейский муниципальный район', 'Алейский сельсовет', '2201000015', '220101001', '1022200000013'),
                        (11, 3, 'МБДОУ «Детский сад № 5»', 'Детский сад № 5', 'kindergarten', 'preschool', '01701000',
                            'город Барнаул', 'город Барнаул', NULL, NULL, NULL),
                        (12, 3, 'МБОУ «Средняя общеобразовательная школа № 50_%»', 'СОШ № 50', 'secondary-school', 'general',
                            '01701000', 'город Барнаул', 'город Барнаул', NULL, NULL, NULL);
                    INSERT INTO registry.organization_branch (organization_id, name, address) VALUES
                        (10, 'Филиал в с. Кашино', 'с. Кашино, ул. Школьная, 1');
                    INSERT INTO registry.academic_year VALUES ('2025-2026', '2025-09-01', '2026-09-01'),
                                                             ('2026-2027', '2026-09-01', '2027-09-01');
                    INSERT INTO registry.class_group (id, organization_id, academic_year, name, grade, capacity) VALUES
                        (100, 10, '2026-2027', '5А', 5, 25), (101, 10, '2026-2027', '5Б', 5, 25), (102, 10, '2025-2026', '4А', 4, 25);
                    INSERT INTO registry.person (id, surname, name, patronymic, surname_norm, name_norm, patronymic_norm,
                            birth_date, sex, snils) VALUES
                        (1000, 'Иванов', 'Пётр', 'Сергеевич', 'ИВАНОВ', 'ПЕТР', 'СЕРГЕЕВИЧ', '2015-04-02', 'M', '11223344595'),
                        (1001, 'Петрова', 'Анна', NULL, 'ПЕТРОВА', 'АННА', '', '2008-10-10', 'F', NULL),
                        (1002, 'Сидоров', 'Илья', NULL, 'СИДОРОВ', 'ИЛЬЯ', '', '2016-01-20', 'M', NULL),
                        (1003, 'Иванова', 'Мария', 'Олеговна', 'ИВАНОВА', 'МАРИЯ', 'ОЛЕГОВНА', '1988-07-07', 'F', NULL),
                        (1004, 'Абрамов', 'Антон', NULL, 'АБРАМОВ', 'АНТОН', '', '2015-02-02', 'M', NULL);
                    INSERT INTO registry.identity_document (person_id, type_code, series, number, issued_on) VALUES
                        (1000, 'birth-certificate', 'IV-ТО', '123456', '2015-04-20'),
                        (1003, 'passport', '0108', '654321', '2008-08-01');
                    INSERT INTO registry.representative (learner_id, representative_id, relationship_code) VALUES
                        (1000, 1003, 'mother');
                    INSERT INTO registry.membership (id, person_id, organization_id, role, starts_on, ends_on, leaving_reason_code) VALUES
                        (5000, 1000, 10, 'learner', '2022-09-01', NULL, NULL),
                        (5001, 1001, 10, 'learner', '2016-09-01', '2026-06-26', 'graduation'),
                        (5002, 1002, 12, 'learner', '2025-09-01', NULL, NULL),
                        (5003, 1004, 10, 'learner', '2026-09-01', NULL, NULL);
                    INSERT INTO registry.class_placement (membership_id, class_group_id, starts_on, ends_on) VALUES
                        (5000, 102, '2025-09-01', '2026-09-01'), (5000, 100, '2026-09-01', NULL);
                    -- new records get ids after these
                    SELECT setval(pg_get_serial_sequence('registry.' || t, 'id'), 100000)
                      FROM unnest(ARRAY['authority', 'organization', 'class_group', 'person', 'membership']) t;
        
                    """);
        }
        return postgres;
    }
}
