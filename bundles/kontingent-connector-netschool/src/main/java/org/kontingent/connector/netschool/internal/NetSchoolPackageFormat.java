package org.kontingent.connector.netschool.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.RecordRefusal;
import org.kontingent.connector.support.envelope.ApiEnvelopes;
import org.osgi.service.component.annotations.Component;

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

    private final ObjectMapper mapper = ApiEnvelopes.mapper();

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
        JsonNode envelope = ApiEnvelopes.open(body, mapper, "NetSchool", Envelope.VERSION, LISTS);
        String school = ApiEnvelopes.text(envelope, ApiEnvelopes.SCHOOL);
        if (!Settings.isId(school)) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The envelope names no NetSchool school id in \""
                    + ApiEnvelopes.SCHOOL + "\": " + envelope.get(ApiEnvelopes.SCHOOL));
        }
        return EnvelopeMapping.read(school, firstYear(envelope.path(Envelope.YEAR)), envelope.path(Envelope.CLASSES),
                envelope.path(Envelope.STUDENTS), envelope.path(Envelope.MARKS));
    }

    /** The calendar year the envelope's school year starts in. */
    private static int firstYear(JsonNode year) throws UnreadablePackageException {
        LocalDate start = null;
        if (year.isObject()) {
            try {
                start = ApiEnvelopes.date(year, "startDate");
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
}
