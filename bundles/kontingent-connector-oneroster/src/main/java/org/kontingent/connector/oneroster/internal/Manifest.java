package org.kontingent.connector.oneroster.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * manifest.csv: the OneRoster version of the package and, for each file, whether it is sent
 * (bulk or delta) or absent. The connector reads version 1.1 only; every file the manifest
 * declares sent must be in the zip.
 */
final class Manifest {
    static final String FILE = "manifest.csv";
    static final String VERSION = "1.1";
    private static final Set<String> MODES = Set.of("bulk", "delta", "absent");

    private Manifest() {
    }

    /** Refuses a package without a manifest, of another version, or without a file its manifest declares. */
    static void check(Map<String, byte[]> files) throws UnreadablePackageException {
        byte[] manifest = files.get(FILE);
        if (manifest == null) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The zip has no " + FILE
                    + "; a OneRoster CSV package names its version and files there. It holds " + files.keySet());
        }
        CsvFile csv = CsvParser.parse(FILE, manifest).requireColumns("propertyName", "value");
        Map<String, String> properties = new LinkedHashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            if (row.problem() != null) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, row.place() + " " + row.problem());
            }
            String property = row.get("propertyName");
            if (property != null) {
                properties.put(property, row.get("value"));
            }
        }
        checkVersion(properties);
        checkFiles(properties, files);
    }

    private static void checkVersion(Map<String, String> properties) throws UnreadablePackageException {
        String version = properties.get("oneroster.version");
        if (!VERSION.equals(version)) {
            throw new UnreadablePackageException(ErrorCode.UNSUPPORTED_VERSION, version == null
                    ? FILE + " gives no oneroster.version; the connector reads OneRoster " + VERSION
                    : FILE + " gives oneroster.version " + version + "; the connector reads OneRoster " + VERSION);
        }
    }

    private static void checkFiles(Map<String, String> properties, Map<String, byte[]> files)
            throws UnreadablePackageException {
        for (Map.Entry<String, String> property : properties.entrySet()) {
            if (!property.getKey().startsWith("file.")) {
                continue;
            }
            String file = property.getKey().substring("file.".length()) + ".csv";
            String mode = property.getValue() == null ? "" : property.getValue();
            if (!MODES.contains(mode)) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, FILE + " gives " + property.getKey() + " as '" + mode
                        + "'; it is bulk, delta or absent");
            }
            if (!"absent".equals(mode) && !files.containsKey(file)) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, FILE + " declares " + file + " " + mode
                        + ", and the zip has no " + file);
            }
        }
    }
}
