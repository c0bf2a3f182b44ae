package org.kontingent.database.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned migration script, {@code V<version>__<description>.sql}.
 */
record MigrationScript(int version, String description, String fileName, String sql) {
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]{0,8})__([A-Za-z0-9_\\-]+)\\.sql");

    /**
     * @throws IllegalArgumentException naming the file when its name does not follow the pattern
     */
    static MigrationScript of(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Migration script '" + fileName
                    + "' is not named V<version>__<description>.sql (e.g. V1__create_tables.sql)");
        }
        return new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), fileName, sql);
    }

    /** SHA-256 of the script text with line endings normalized, so a checkout on Windows does not count as a change. */
    String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
