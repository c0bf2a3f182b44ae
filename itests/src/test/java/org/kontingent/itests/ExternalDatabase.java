package org.kontingent.itests;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL that the test driver runs outside the container, standing for a region's
 * own database server. Only the driver touches this class.
 */
final class ExternalDatabase {
    private static EmbeddedPostgres server;

    private ExternalDatabase() {
    }

    /** Starts the server once for the driver's JVM and answers its port. */
    static synchronized int port() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
            }
            return server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
