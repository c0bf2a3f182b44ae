package org.kontingent.extension.support;

import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON Schemas of an extension's entities, as its {@code ExtensionData.entities()} answers them. */
public final class EntitySchemas {
    private EntitySchemas() {
    }

    /**
     * Each entity with the resource {@code /schema/<entity>.schema.json} of the bundle that holds
     * the class given, in the order given.
     *
     * @throws IllegalStateException when the bundle has no schema of an entity
     */
    public static Map<String, URL> of(Class<?> anchor, List<String> entities) {
        Map<String, URL> schemas = new LinkedHashMap<>();
        for (String entity : entities) {
            URL schema = anchor.getResource("/schema/" + entity + ".schema.json");
            if (schema == null) {
                throw new IllegalStateException("The bundle has no JSON Schema of " + entity);
            }
            schemas.put(entity, schema);
        }
        return Collections.unmodifiableMap(schemas);
    }
}
