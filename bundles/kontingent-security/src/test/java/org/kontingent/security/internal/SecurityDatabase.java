package org.kontingent.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL with this bundle's schema, a clock the tests move, and a configuration they choose. */
final class SecurityDatabase {
    private SecurityDatabase() {
    }

    static EmbeddedPostgres start() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             InputStream script = SecurityDatabase.class.getResourceAsStream("/db/migration/V1__accounts_sessions_journal.sql")) {
            s.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return postgres;
    }

    /** A clock that stands still until moved. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** The defaults but for the work factor (the lowest allowed, to keep tests quick) and the first password. */
    static SecurityConfiguration configuration(String initialAdminPassword) {
        return new SecurityConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SecurityConfiguration.class;
            }

            @Override
            public int sessionIdleMinutes() {
                return 30;
            }

            @Override
            public int sessionAbsoluteHours() {
                return 12;
            }

            @Override
            public int maxFailedSignIns() {
                return 5;
            }

            @Override
            public int lockoutMinutes() {
                return 15;
            }

            @Override
            public int passwordIterations() {
                return PasswordHasher.MIN_ITERATIONS;
            }

            @Override
            public boolean secureCookies() {
                return true;
            }

            @Override
            public String initialAdminPassword() {
                return initialAdminPassword;
            }
        };
    }
}
