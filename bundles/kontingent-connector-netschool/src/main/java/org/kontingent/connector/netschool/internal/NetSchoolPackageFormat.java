package org.kontingent.connector.netschool.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.RecordRefusal;
import org.kontingent.connector.support.StrictText;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what {@link NetSchoolPullSource} stored: an {@link Envelope} of Web API answers, mapped by
 * {@link EnvelopeMapping}. Records are named by where they stand in the envelope ({@code students[2]},
 * {@code students[2].enrollment}, {@code classes[0]}, {@code marks[5]}).
 */
@Component(service = PackageFormat.class)
public class NetSchoolPackageFormat implements PackageFormat {
    private static final String[] LISTS = {Envelope.CLASSES, Envelope.STUDENTS, Envelope.MARKS};

    private final ObjectMapper mapper = Envelope.mapper();

    @Override
    public String id() {
        return "netschool";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(Envelope.MEDIA_TYPE);
    }

    @Override
    public ReadResult read(InputStream body, String fileName) throws UnreadablePackageException {
        JsonNode envelope = parse(StrictText.utf8Package(body, null));
        String marker = envelope.isObject() ? Envelope.text(envelope, Envelope.MARKER) : null;
        if (marker == null) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package is not a NetSchool envelope: a JSON object"
                    + " with \"" + Envelope.MARKER + "\": \"" + Envelope.VERSION + "\" and the Web API's answers");
        }
        if (!Envelope.VERSION.equals(marker)) {
            throw new UnreadablePackageException(ErrorCode.UNSUPPORTED_VERSION, "The envelope is " + marker
                    + "; this connector reads " + Envelope.VERSION);
        }
        String school = Envelope.text(envelope, Envelope.SCHOOL);
        if (!Settings.isId(school)) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The envelope names no NetSchool school id in \""
                    + Envelope.SCHOOL + "\": " + envelope.get(Envelope.SCHOOL));
        }
        for (String list : LISTS) {
            JsonNode value = envelope.path(list);
            if (!value.isMissingNode() && !value.isNull() && !value.isArray()) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The envelope's \"" + list + "\" is not a list");
            }
        }
        return EnvelopeMapping.read(school, firstYear(envelope.path(Envelope.YEAR)), envelope.path(Envelope.CLASSES),
                envelope.path(Envelope.STUDENTS), envelope.path(Envelope.MARKS));
    }

    /** The calendar year the envelope's school year starts in. */
    private static int firstYear(JsonNode year) throws UnreadablePackageException {
        LocalDate start = null;
        if (year.isObject()) {
            try {
                start = EnvelopeMapping.date(year, "startDate");
            } catch (RecordRefusal e) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The envelope's school year starts on no date: "
                        + e.value(), e);
            }
        }
        if (start == null) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The envelope has no school year with its startDate");
        }
        return start.getYear();
    }

    private JsonNode parse(byte[] bytes) throws UnreadablePackageException {
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new UnreadablePackageException(ErrorCode.EMPTY, "The package is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package is not valid JSON" + (e.getLocation() == null
                    ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package could not be read: " + e.getMessage(), e);
        }
    }
}
