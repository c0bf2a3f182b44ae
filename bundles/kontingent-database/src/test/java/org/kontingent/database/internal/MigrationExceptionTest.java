package org.kontingent.database.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class MigrationExceptionTest {

    @Test
    void connectionStateClassIsAConnectionProblem() {
        assertTrue(MigrationException.isConnectionProblem(new SQLException("refused", "08001")));
        assertTrue(MigrationException.isConnectionProblem(new SQLException("gone", "08006")));
    }

    @Test
    void transientConnectionExceptionIsAConnectionProblem() {
        assertTrue(MigrationException.isConnectionProblem(new SQLTransientConnectionException("pool exhausted")));
    }

    @Test
    void connectionProblemIsFoundAlongTheCauseChain() {
        Exception wrapped = new IllegalStateException("outer", new RuntimeException(new SQLException("refused", "08004")));

        assertTrue(MigrationException.isConnectionProblem(wrapped));
        assertTrue(new MigrationException("Migrations of x could not run", wrapped).isConnectionProblem());
    }

    @Test
    void otherFailuresAreNotConnectionProblems() {
        assertFalse(MigrationException.isConnectionProblem(null));
        assertFalse(MigrationException.isConnectionProblem(new SQLException("syntax", "42601")));
        assertFalse(MigrationException.isConnectionProblem(new SQLException("no state")));
        assertFalse(MigrationException.isConnectionProblem(new IOException("disk")));
        assertFalse(new MigrationException("Migration V1__x.sql was changed", null).isConnectionProblem());
    }

    @Test
    void unreachableDatabaseIsReportedAsAConnectionProblem() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {closedPort()});
        dataSource.setDatabaseName("kontingent");
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(5);

        MigrationException e = assertThrows(MigrationException.class,
                () -> new SchemaMigrator(dataSource).migrate("unreachable", List.of(MigrationScript.of("V1__t.sql", "SELECT 1"))));

        assertTrue(e.isConnectionProblem(), e.getMessage());
        assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
    }

    /** A port on which nothing listens (it was free a moment ago). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
