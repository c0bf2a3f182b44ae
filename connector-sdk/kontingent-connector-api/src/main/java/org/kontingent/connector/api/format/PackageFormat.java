package org.kontingent.connector.api.format;

import java.io.InputStream;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads packages of one outside format into the exchange model. A connector registers one as an
 * OSGi service; the gateway stores every package it receives first, then hands it to the format
 * whose media type (or id, for files uploaded by hand) it was sent with. A format is stateless:
 * it may be called from several threads at once.
 */
@ConsumerType
public interface PackageFormat {

    /** The format's id, unique among the installed ones: json, xml, excel, oneroster, ... */
    String id();

    /** The media types the gateway routes to this format, for example {@code application/json}. */
    Set<String> mediaTypes();

    /**
     * Reads a package. A record that cannot be read is left out and reported with its place and
     * field; the others are read.
     *
     * @param body the package as received; the format does not close it
     * @param fileName the name of the file it came in, or null
     * @throws UnreadablePackageException when nothing of the package can be read
     */
    ReadResult read(InputStream body, String fileName) throws UnreadablePackageException;
}
