package org.kontingent.gateway.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;

import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL with the registry's schema, a small region (one authority, two schools and
 * a kindergarten) and the gateway's schema, as the platform's migrations leave them.
 */
final class GatewayDatabase {
    static final long SCHOOL = 10;
    static final long OTHER_SCHOOL = 12;
    static final long KINDERGARTEN = 11;

    private GatewayDatabase() {
    }

    static EmbeddedPostgres start() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            RegistryDatabase.migrate(c);
            s.execute("""
                    INSERT INTO registry.territory (oktmo, name) VALUES ('01000000', 'Алтайский край');
                    INSERT INTO registry.authority (id, parent_id, full_name, level, oktmo) VALUES
                        (1, NULL, 'Министерство образования и науки Алтайского края', 'regional', '01000000');
                    INSERT INTO registry.organization (id, authority_id, full_name, type_code, education_level) VALUES
                        (10, 1, 'МБОУ «СОШ № 1»', 'secondary-school', 'general'),
                        (11, 1, 'МБДОУ «Детский сад № 5»', 'kindergarten', 'preschool'),
                        (12, 1, 'МБОУ «СОШ № 50»', 'secondary-school', 'general');
                    INSERT INTO registry.academic_year VALUES ('2026-2027', '2026-09-01', '2027-09-01');
                    """);
            s.execute(script("/db/migration/V1__gateway_schema.sql"));
            s.execute(script("/db/migration/V2__manual_uploads.sql"));
        }
        return postgres;
    }

    private static String script(String name) throws IOException {
        try (InputStream in = GatewayDatabase.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
