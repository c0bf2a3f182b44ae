package org.kontingent.database.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path workDir;

    @Test
    void startsInANewDirectoryAndCreatesTheKontingentDatabase() throws Exception {
        Path data = workDir.resolve("data");
        int port = freePort();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port)) {
            assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/kontingent", database.jdbcUrl());
            assertTrue(Files.isRegularFile(data.resolve("PG_VERSION")), "initdb did not run in " + data);
            try (Connection c = connect(database); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_database(), current_user, pg_encoding_to_char(encoding) "
                         + "FROM pg_database WHERE datname = current_database()")) {
                assertTrue(rs.next());
                assertEquals("kontingent", rs.getString(1));
                assertEquals("postgres", rs.getString(2));
                assertEquals("UTF8", rs.getString(3));
            }
        }
    }

    @Test
    void dataSurvivesARestartOnTheSameDirectory() throws Exception {
        Path data = workDir.resolve("data");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, freePort());
             Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE learner (id int PRIMARY KEY, name text NOT NULL)");
            s.execute("INSERT INTO learner VALUES (1, 'Anna')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, freePort());
             Connection c = connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name FROM learner")) {
            assertTrue(rs.next(), "the row written before the restart is gone");
            assertEquals(1, rs.getInt(1));
            assertEquals("Anna", rs.getString(2));
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(database.credentials());
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
