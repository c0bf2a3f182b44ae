package org.kontingent.registry.api.extension;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of an extension's data, as the registry hands it to {@link ExtensionData#write}.
 *
 * @param sourceId the registry's id of the source that sent it: with {@code key}, what the
 *        extension's record is found by the next time
 * @param key the source's own key of the record
 * @param entity what the data is, one of {@link ExtensionData#entities()}
 * @param personId the registry's person the source's person key stands for
 * @param organizationId the organization the record is about, or null
 * @param data the fields as the source sent them: strings, numbers, booleans, lists and maps
 * @param today the day the batch is applied on
 */
public record ExtensionEntry(long sourceId, String key, String entity, long personId, Long organizationId,
        Map<String, Object> data, LocalDate today) {

    public ExtensionEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(today, "today");
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
