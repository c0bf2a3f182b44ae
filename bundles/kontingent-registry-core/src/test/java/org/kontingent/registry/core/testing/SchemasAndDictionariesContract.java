package org.kontingent.registry.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionData;

/**
 * What every extension publishes about its entries: a JSON Schema per entity ({@code $id}
 * {@code urn:kontingent:extension:<id>:<entity>}) describing every field the writer takes and
 * nothing else, the writer refusing a field the schema does not list; and its dictionaries, the
 * same in the code and in its table {@code <schema>.dictionary_entry}. An extension's test names
 * its entities' fields and its dictionaries, and checks with {@link #assertSchemasListTheCodes}
 * that the schemas list the codes of the dictionaries their fields take.
 */
public abstract class SchemasAndDictionariesContract extends ExtensionTestCase {
    private static final Pattern DOCUMENTED = Pattern.compile("\n    \"(\\w+)\": \\{\"type\".*\"description\": \"[^\"]{10,}");

    protected SchemasAndDictionariesContract(ExtensionData extension) {
        super(extension);
    }

    /** Each entity, in the order the extension lists them, with every field its writer takes. */
    protected abstract Map<String, Set<String>> fields();

    /** The extension's dictionaries as its code keeps them: dictionary → (code → name, in order). */
    protected abstract Map<String, Map<String, String>> dictionaries();

    /** A learner and their organization, for whom an entry of each entity is refused for a field it does not take. */
    protected abstract long learner();

    protected abstract long organization();

    /** Fields no entity takes, with a value. */
    protected Map<String, Object> unknownFields() {
        return Map.of("colour", "blue");
    }

    /** What else each schema of the extension must say; nothing unless the extension says so. */
    protected void assertSchemaSaysMore(String entity, String schema) {
    }

    /** The text of an entity's JSON Schema. */
    protected String schema(String entity) throws IOException {
        try (InputStream in = extension.entities().get(entity).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * That each schema's field lists the codes of its dictionary, in the dictionary's order.
     *
     * @param enums each {@code <entity>/<field>} and the dictionary whose codes it takes
     * @param entries a dictionary's entries by its name
     */
    protected void assertSchemasListTheCodes(Map<String, String> enums, Function<String, Map<String, String>> entries)
            throws IOException {
        for (Map.Entry<String, String> e : enums.entrySet()) {
            String[] entityField = e.getKey().split("/");
            String codes = String.join(", ", entries.apply(e.getValue()).keySet().stream().map(code -> "\"" + code + "\"")
                    .toList());
            assertTrue(schema(entityField[0]).contains("\"" + entityField[1] + "\": {\"type\": \"string\", \"enum\": ["
                    + codes + "]"), e.getKey() + " lists " + codes);
        }
    }

    @Test
    public void listsItsEntitiesEachWithAJsonSchemaOfEveryFieldItTakes() throws IOException, SQLException {
        assertEquals(List.copyOf(fields().keySet()), List.copyOf(extension.entities().keySet()));
        for (String entity : extension.entities().keySet()) {
            String schema = schema(entity);
            Set<String> documented = new TreeSet<>();
            Matcher m = DOCUMENTED.matcher(schema);
            while (m.find()) {
                documented.add(m.group(1));
            }
            assertEquals(new TreeSet<>(fields().get(entity)), documented, entity + ": every field, with its description");
            assertTrue(schema.contains("\"additionalProperties\": false"), entity);
            assertTrue(schema.contains("\"$id\": \"urn:kontingent:extension:" + extension.id() + ":" + entity + "\""), entity);
            assertSchemaSaysMore(entity, schema);
        }
        // the writer refuses what the schema does not list
        for (Map.Entry<String, Set<String>> e : fields().entrySet()) {
            Map<String, Object> unknown = new LinkedHashMap<>();
            e.getValue().forEach(f -> unknown.put(f, null));
            unknown.putAll(unknownFields());
            try (Connection c = database.dataSource().getConnection()) {
                InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                        () -> extension.write(c, entry(1, e.getKey(), "unknown", learner(), organization(), unknown)));
                for (String field : unknownFields().keySet()) {
                    assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals(field)
                            && v.rule().equals("field.unknown")), e.getKey() + " " + field);
                }
            }
        }
    }

    @Test
    public void keepsItsDictionariesInItsTableAsInTheCode() throws SQLException {
        Map<String, Map<String, String>> table = database.dictionaries(schema());
        assertEquals(new TreeSet<>(dictionaries().keySet()), new TreeSet<>(table.keySet()));
        for (String dictionary : dictionaries().keySet()) {
            assertEquals(new ArrayList<>(dictionaries().get(dictionary).entrySet()),
                    new ArrayList<>(table.get(dictionary).entrySet()), dictionary + ", in its order");
        }
    }
}
