package org.kontingent.connector.edfi.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
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

    private final PackageLimits limits;

    public EdFiPackageFormat() {
        this(PackageLimits.DEFAULT);
    }

    EdFiPackageFormat(PackageLimits limits) {
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
        if (ZipEntries.isZip(head(in))) {
            int documents = ZipEntries.readXmlEntries(in, limits, (name, content) -> InterchangeReader.read(content, name, entities));
            if (documents == 0) {
                throw new UnreadablePackageException(ErrorCode.EMPTY, "The zip holds no .xml interchange");
            }
        } else {
            InterchangeReader.read(in, fileName == null || fileName.isBlank() ? "package" : fileName, entities);
        }
        return EdFiRecords.read(entities);
    }

    private static byte[] head(BufferedInputStream in) throws UnreadablePackageException {
        try {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package could not be read: " + e.getMessage(), e);
        }
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
