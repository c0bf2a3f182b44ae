package org.kontingent.connector.api.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Data of an education-level extension (preschool, general, additional, vocational, health,
 * portfolio) about a person, in the shape that extension publishes. The gateway hands it to the
 * installed extension; when none is installed it is refused with
 * {@link ErrorCode#EXTENSION_NOT_INSTALLED} and kept for replay.
 *
 * @param extension the extension's id, for example vocational
 * @param entity what the data is, in the extension's terms, for example employment
 * @param id the provider's own id of the record
 * @param person the provider's id of the person it is about
 * @param organization the organization's code for the provider, or null
 */
public record ExtensionRecord(String extension, String entity, String id, String person, String organization,
        Map<String, Object> data) {

    public ExtensionRecord {
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
