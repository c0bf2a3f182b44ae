package org.kontingent.connector.edfi.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.ZipGuard;
import org.kontingent.connector.support.ZipLimits;
import org.osgi.service.component.annotations.Component;

/**
 * Ed-Fi Data Standard 5.x interchanges: one interchange XML document, or a zip of several (an
 * Ed-Fi bulk load is a set of files: Student.xml, Contact.xml, StudentEnrollment.xml, ...).
 * Students and contacts become persons, StudentContactAssociations representatives,
 * StudentSchoolAssociations memberships; see {@link EdFiRecords} for what is taken and what is
 * not. The zip is told by its first bytes, whatever the media type.
 */
@Component
public class EdFiPackageFormat implements PackageFormat {
    static final String XML = "application/vnd.ed-fi.interchange+xml";
    static final String ZIP = "application/vnd.ed-fi.interchange+zip";

    /** A thousand entries and 512 MiB: far above a district's interchanges, far below the memory of a gateway. */
    static final ZipLimits LIMITS = new ZipLimits(1_000, 512L * 1024 * 1024);

    private final ZipLimits limits;

    public EdFiPackageFormat() {
        this(LIMITS);
    }

    EdFiPackageFormat(ZipLimits limits) {
        this.limits = limits;
    }

    @Override
    public String id() {
        return "edfi";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(XML, ZIP);
    }

    @Override
    public ReadResult read(InputStream body, String fileName) throws UnreadablePackageException {
        BufferedInputStream in = new BufferedInputStream(new KeptOpen(body));
        Interchanges entities = new Interchanges();
        if (ZipGuard.startsLikeZip(in)) {
            readZip(in, entities);
        } else {
            InterchangeReader.read(in, fileName == null || fileName.isBlank() ? "package" : fileName, entities);
        }
        return EdFiRecords.read(entities);
    }

    /**
     * Reads each {@code .xml} entry of the zip as an interchange, in the order of the zip; directories,
     * other entries and what macOS adds under {@code __MACOSX/} are inflated and counted but not read.
     */
    private void readZip(InputStream zip, Interchanges entities) throws UnreadablePackageException {
        List<String> documents = new ArrayList<>();
        int entries = ZipGuard.read(zip, limits, (entry, content) -> {
            if (!entry.isDirectory() && isInterchange(entry.getName())) {
                InterchangeReader.read(content, entry.getName(), entities);
                documents.add(entry.getName());
            }
        });
        if (entries == 0) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package starts like a zip but holds no entries");
        }
        if (documents.isEmpty()) {
            throw new UnreadablePackageException(ErrorCode.EMPTY, "The zip holds no .xml interchange");
        }
    }

    private static boolean isInterchange(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml") && !name.startsWith("__MACOSX/");
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
