package org.kontingent.connector.dnevnik.internal;

import java.io.InputStream;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.envelope.ApiEnvelopes;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what {@link DnevnikPullSource} stored: an {@link Envelope} of Dnevnik API answers, mapped by
 * {@link EnvelopeMapping}. Records are named by where they stand in the envelope ({@code persons[2]},
 * {@code persons[2].membership}, {@code eduGroups[0]}, {@code marks[5]}).
 */
@Component(service = PackageFormat.class)
public class DnevnikPackageFormat implements PackageFormat {
    private static final String[] LISTS = {Envelope.EDU_GROUPS, Envelope.PERSONS, Envelope.USERS, Envelope.LESSONS,
        Envelope.MARKS};

    private final ObjectMapper mapper = ApiEnvelopes.mapper();

    @Override
    public String id() {
        return "dnevnik";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(Envelope.MEDIA_TYPE);
    }

    @Override
    public ReadResult read(InputStream body, String fileName) throws UnreadablePackageException {
        JsonNode envelope = ApiEnvelopes.open(body, mapper, "Dnevnik", Envelope.VERSION, LISTS);
        String school = ApiEnvelopes.text(envelope, ApiEnvelopes.SCHOOL);
        if (!Settings.isId(school)) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The envelope names no Dnevnik school id in \""
                    + ApiEnvelopes.SCHOOL + "\": " + envelope.get(ApiEnvelopes.SCHOOL));
        }
        return EnvelopeMapping.read(school, envelope.path(Envelope.EDU_GROUPS), envelope.path(Envelope.PERSONS),
                envelope.path(Envelope.USERS), envelope.path(Envelope.LESSONS), envelope.path(Envelope.MARKS));
    }
}
