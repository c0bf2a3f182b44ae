package org.kontingent.connector.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.ExtensionRecord;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.StrictText;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The exchange model as JSON: an object with {@code version} and the lists {@code persons},
 * {@code representatives}, {@code classes}, {@code memberships}, {@code grades} and
 * {@code extensions}. The lists are read one record at a time, so a package is held as records,
 * not as a tree, and a record that does not fit is named (list, place, id) with its field and
 * value while the rest are read.
 */
@Component
public class JsonPackageFormat implements PackageFormat {
    private static final Map<String, Class<?>> LISTS = Map.of("persons", PersonRecord.class, "representatives",
            RepresentativeRecord.class, "classes", ClassGroupRecord.class, "memberships", MembershipRecord.class, "grades",
            GradeRecord.class, "extensions", ExtensionRecord.class);

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    @Override
    public String id() {
        return "json";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/json", "application/vnd.kontingent.exchange+json");
    }

    @Override
    public ReadResult read(InputStream body, String fileName) throws UnreadablePackageException {
        byte[] bytes = StrictText.utf8Package(body, "send JSON in UTF-8");
        Records records = new Records();
        String version = null;
        try (JsonParser p = mapper.getFactory().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "A package is a JSON object with version and lists"
                        + " of records; this one starts with " + p.currentToken());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("version".equals(field)) {
                    version = p.getValueAsString();
                } else if (LISTS.containsKey(field)) {
                    list(p, field, records);
                } else {
                    throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package has a field '" + field
                            + "' the exchange model does not know; it has version, " + String.join(", ", LISTS.keySet()));
                }
            }
            if (p.nextToken() != null) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "There is more after the package's object");
            }
        } catch (JsonProcessingException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package could not be read: " + e.getMessage(), e);
        }
        ExchangePackage read = new ExchangePackage(version, records.of(PersonRecord.class), records.of(RepresentativeRecord.class),
                records.of(ClassGroupRecord.class), records.of(MembershipRecord.class), records.of(GradeRecord.class),
                records.of(ExtensionRecord.class));
        return new ReadResult(read, records.places, records.errors, records.unreadable);
    }

    private void list(JsonParser p, String list, Records records) throws IOException, UnreadablePackageException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "'" + list + "' is a list of records, not "
                    + p.currentToken());
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = p.readValueAsTree();
            String label = list + "[" + index + "]" + (node != null && node.hasNonNull("id") ? " (id " + node.get("id").asText() + ")" : "");
            if (node == null || !node.isObject()) {
                records.unreadable(new RecordError(ErrorCode.FORMAT, label, null, String.valueOf(node),
                        "A record is a JSON object"));
            } else {
                try {
                    records.add(list, list + "[" + index + "]", mapper.treeToValue(node, LISTS.get(list)));
                } catch (JsonProcessingException e) {
                    records.unreadable(RecordErrors.of(label, node, e));
                }
            }
            index++;
        }
    }

    /** Records read so far, by type, and those that could not be. */
    private static final class Records {
        private final Map<Class<?>, List<Object>> read = new HashMap<>();
        private final Map<String, List<String>> places = new HashMap<>();
        private final List<RecordError> errors = new ArrayList<>();
        private int unreadable;

        void add(String list, String place, Object record) {
            read.computeIfAbsent(record.getClass(), k -> new ArrayList<>()).add(record);
            places.computeIfAbsent(list, k -> new ArrayList<>()).add(place);
        }

        void unreadable(RecordError error) {
            errors.add(error);
            unreadable++;
        }

        @SuppressWarnings("unchecked")
        <T> List<T> of(Class<T> type) {
            return (List<T>) read.getOrDefault(type, List.of());
        }
    }
}
