package org.kontingent.database.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationScriptTest {

    @Test
    void parsesVersionAndDescriptionFromTheFileName() {
        MigrationScript script = MigrationScript.of("V1__create_tables.sql", "CREATE TABLE t (id int);");

        assertEquals(1, script.version());
        assertEquals("create tables", script.description());
        assertEquals("V1__create_tables.sql", script.fileName());
        assertEquals("CREATE TABLE t (id int);", script.sql());
    }

    @Test
    void parsesMultiDigitVersions() {
        MigrationScript script = MigrationScript.of("V42__add-learner_index.sql", "");

        assertEquals(42, script.version());
        assertEquals("add-learner index", script.description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"create_tables.sql", "V1_create_tables.sql", "V0__zero.sql", "V01__leading_zero.sql",
            "V1__create tables.sql", "V1__create_tables.SQL", "v1__lower_case.sql", "V1__.sql", "V1__x.sql.bak",
            "U1__undo.sql", "V1234567890__too_long.sql"})
    void refusesBadNamesNamingTheFile(String fileName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MigrationScript.of(fileName, "SELECT 1"));

        assertTrue(e.getMessage().contains("'" + fileName + "'"), e.getMessage());
    }

    @Test
    void checksumIgnoresWindowsLineEndings() {
        String lf = "CREATE TABLE t (\n    id int\n);\n";
        String crlf = "CREATE TABLE t (\r\n    id int\r\n);\r\n";

        assertEquals(MigrationScript.of("V1__t.sql", lf).checksum(), MigrationScript.of("V1__t.sql", crlf).checksum());
    }

    @Test
    void checksumDiffersForDifferentText() {
        String a = MigrationScript.of("V1__t.sql", "CREATE TABLE t (id int);").checksum();
        String b = MigrationScript.of("V1__t.sql", "CREATE TABLE t (id bigint);").checksum();

        assertNotEquals(a, b);
    }

    @Test
    void checksumIsHexSha256OfTheText() {
        // SHA-256 of the empty string
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                MigrationScript.of("V1__empty.sql", "").checksum());
    }
}
