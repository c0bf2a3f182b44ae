package org.kontingent.connector.dnevnik.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.StrictText;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    private final ObjectMapper mapper = Envelope.mapper();

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
        JsonNode envelope = parse(StrictText.utf8Package(body, null));
        String marker = envelope.isObject() ? Envelope.text(envelope, Envelope.MARKER) : null;
        if (marker == null) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package is not a Dnevnik envelope: a JSON object"
                    + " with \"" + Envelope.MARKER + "\": \"" + Envelope.VERSION + "\" and the API's answers");
        }
        if (!Envelope.VERSION.equals(marker)) {
            throw new UnreadablePackageException(ErrorCode.UNSUPPORTED_VERSION, "The envelope is " + marker
                    + "; this connector reads " + Envelope.VERSION);
        }
        String school = Envelope.text(envelope, Envelope.SCHOOL);
        if (!Settings.isId(school)) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The envelope names no Dnevnik school id in \""
                    + Envelope.SCHOOL + "\": " + envelope.get(Envelope.SCHOOL));
        }
        for (String list : LISTS) {
            JsonNode value = envelope.path(list);
            if (!value.isMissingNode() && !value.isNull() && !value.isArray()) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The envelope's \"" + list + "\" is not a list");
            }
        }
        return EnvelopeMapping.read(school, envelope.path(Envelope.EDU_GROUPS), envelope.path(Envelope.PERSONS),
                envelope.path(Envelope.USERS), envelope.path(Envelope.LESSONS), envelope.path(Envelope.MARKS));
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
