package org.kontingent.connector.oneroster.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** OneRoster packages for tests: the files of a fixture folder, changed file by file, zipped. */
final class Roster {
    static final List<String> FILES = List.of("manifest.csv", "orgs.csv", "academicSessions.csv", "courses.csv",
            "classes.csv", "users.csv", "demographics.csv", "enrollments.csv");

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private Roster() {
    }

    /** The files of {@code sample/} or {@code broken/}. */
    static Roster folder(String folder) {
        Roster roster = new Roster();
        for (String name : FILES) {
            try (InputStream in = Roster.class.getResourceAsStream("/" + folder + "/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + folder + "/" + name);
                }
                roster.files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return roster;
    }

    /** The package with a file replaced, or added. */
    Roster with(String name, String content) {
        return with(name, content.getBytes(UTF_8));
    }

    Roster with(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    /** The package without a file. */
    Roster without(String name) {
        files.remove(name);
        return this;
    }

    /** The package with rows added at the end of a file. */
    Roster plus(String name, String... rows) {
        StringBuilder text = new StringBuilder(new String(files.get(name), UTF_8));
        for (String row : rows) {
            text.append(row).append('\n');
        }
        return with(name, text.toString());
    }

    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
