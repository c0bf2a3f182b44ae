package org.kontingent.gateway.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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
            for (Path script : scripts()) {
                s.execute(Files.readString(script, StandardCharsets.UTF_8));
            }
        }
        return postgres;
    }

    /** The gateway's migration scripts (V1__..., V2__...) in version order. */
    private static List<Path> scripts() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(GatewayDatabase.class.getResource("/db/migration").toURI()))) {
            return files.sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
        }
    }
}
