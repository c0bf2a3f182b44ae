package org.kontingent.report.engine.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL with the registry's schema and a small region for the engine's tests: a
 * ministry (1) over two municipal authorities (2, 3); schools 10 (under 2) and 12 (under 3), a
 * kindergarten 11 (under 3).
 */
final class EngineFixture {
    static final long MINISTRY = 1;
    static final long ALEYSK = 2;
    static final long BARNAUL = 3;
    static final long SCHOOL = 10;

    private EngineFixture() {
    }

    static EmbeddedPostgres start() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            RegistryDatabase.migrate(c);
            s.execute("""
                    INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Алтайский край');
                    INSERT INTO registry.authority (id, parent_id, full_name, level, oktmo) VALUES
                        (1, NULL, 'Министерство образования и науки Алтайского края', 'regional', '01000000'),
                        (2, 1, 'Управление образования Алейского района', 'municipal', NULL),
                        (3, 1, 'Комитет по образованию города Барнаула', 'municipal', NULL);
                    INSERT INTO registry.organization (id, authority_id, full_name, type_code, education_level) VALUES
                        (10, 2, 'МБОУ «Алейская СОШ»', 'secondary-school', 'general'),
                        (11, 3, 'МБДОУ «Детский сад № 5»', 'kindergarten', 'preschool'),
                        (12, 3, 'МБОУ «СОШ № 50»', 'secondary-school', 'general');
                    INSERT INTO registry.academic_year VALUES ('2026-2027', '2026-09-01', '2027-09-01');
                    """);
        }
        return postgres;
    }

    static Caller caller(long accountId, Scope scope) {
        return new Caller(accountId, "user" + accountId, "User " + accountId, Role.EMPLOYEE, scope, "127.0.0.1");
    }

    static ReportEngineConfiguration config(Path folder, int upgradeWaitSeconds) {
        return config(folder, upgradeWaitSeconds, 16);
    }

    static ReportEngineConfiguration config(Path folder, int upgradeWaitSeconds, int cacheMegabytes) {
        return new ReportEngineConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ReportEngineConfiguration.class;
            }

            @Override
            public int workers() {
                return 2;
            }

            @Override
            public int statementTimeoutSeconds() {
                return 30;
            }

            @Override
            public int cacheMegabytes() {
                return cacheMegabytes;
            }

            @Override
            public String folder() {
                return folder.toString();
            }

            @Override
            public int runRetentionMinutes() {
                return 60;
            }

            @Override
            public int upgradeWaitSeconds() {
                return upgradeWaitSeconds;
            }
        };
    }
}
