package org.kontingent.connector.oneroster.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.ZipGuard;
import org.kontingent.connector.support.ZipLimits;
import org.osgi.service.component.annotations.Component;

/**
 * OneRoster 1.1 CSV: a zip of CSV files described by manifest.csv. The manifest must give
 * {@code oneroster.version} 1.1, and every file it declares sent must be in the zip; users.csv
 * is always needed, classes.csv and academicSessions.csv with enrollments.csv. See
 * {@link OneRosterRecords} for what becomes of each file.
 */
@Component
public class OneRosterPackageFormat implements PackageFormat {
    /** A hundred entries (OneRoster 1.1 defines fifteen files) and 512 MiB of CSV. */
    static final ZipLimits LIMITS = new ZipLimits(100, 512L * 1024 * 1024);

    private final ZipLimits limits;

    public OneRosterPackageFormat() {
        this(LIMITS);
    }

    OneRosterPackageFormat(ZipLimits limits) {
        this.limits = limits;
    }

    @Override
    public String id() {
        return "oneroster";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/zip", "application/vnd.oneroster.csv+zip");
    }

    @Override
    public ReadResult read(InputStream body, String fileName) throws UnreadablePackageException {
        BufferedInputStream in = new BufferedInputStream(new KeptOpen(body));
        if (!ZipGuard.startsLikeZip(in)) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED,
                    "A OneRoster CSV package is a zip of CSV files with manifest.csv; this is not a zip");
        }
        Map<String, byte[]> files = ZipFiles.read(in, limits);
        Manifest.check(files);
        return OneRosterRecords.read(files);
    }

    /** The gateway's stream, which the format must not close. */
    private static final class KeptOpen extends FilterInputStream {
        KeptOpen(InputStream body) {
            super(body);
        }

        @Override
        public void close() {
            // the gateway closes the stream it handed over
        }
    }
}
