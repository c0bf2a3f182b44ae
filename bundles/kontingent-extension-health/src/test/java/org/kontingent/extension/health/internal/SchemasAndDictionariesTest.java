package org.kontingent.extension.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * What the extension publishes about its entries: a JSON Schema per entity describing every field
 * the writer takes and nothing else (with the codes of its dictionaries), and its dictionaries,
 * the same in the code and in its table.
 */
class SchemasAndDictionariesTest {
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "conclusion", Set.of("healthGroup", "peGroup", "longTermTreatment", "concludedOn", "validFrom", "validUntil",
                    "issuer"),
            "disability", Set.of("category", "reason", "establishedOn", "validUntil", "certificate"),
            "special-needs", Set.of("category", "adaptedProgramme", "programmeVariant", "commission", "number",
                    "concludedOn", "validUntil"));
    private static ExtensionDatabase database;
    private static final HealthExtension extension = new HealthExtension();

    @BeforeAll
    static void start() throws Exception {
        database = HealthDatabase.start();
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    private static String schema(String entity) throws IOException {
        try (InputStream in = extension.entities().get(entity).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listsItsEntitiesEachWithAJsonSchemaOfEveryFieldItTakes() throws IOException, SQLException {
        assertEquals("health", extension.id());
        assertEquals(List.of("conclusion", "disability", "special-needs"), List.copyOf(extension.entities().keySet()));
        Pattern property = Pattern.compile("\n    \"(\\w+)\": \\{\"type\".*\"description\": \"[^\"]{10,}");
        for (Map.Entry<String, URL> e : extension.entities().entrySet()) {
            String schema = schema(e.getKey());
            Set<String> documented = new TreeSet<>();
            Matcher m = property.matcher(schema);
            while (m.find()) {
                documented.add(m.group(1));
            }
            assertEquals(new TreeSet<>(FIELDS.get(e.getKey())), documented, e.getKey() + ": every field, with its description");
            assertTrue(schema.contains("\"additionalProperties\": false"), e.getKey());
            assertTrue(schema.contains("\"$id\": \"urn:kontingent:extension:health:" + e.getKey() + "\""), e.getKey());
            assertTrue(schema.contains("READ_HEALTH"), e.getKey() + " says who may see it");
        }
        // the writer refuses what the schema does not list
        for (Map.Entry<String, Set<String>> e : FIELDS.entrySet()) {
            Map<String, Object> unknown = new LinkedHashMap<>();
            e.getValue().forEach(f -> unknown.put(f, null));
            unknown.put("diagnosis", "J45.0");
            try (Connection c = database.dataSource().getConnection()) {
                InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                        () -> extension.write(c, new ExtensionEntry(1, "unknown", e.getKey(), 5000, 10L, unknown,
                                LocalDate.of(2026, 11, 23))));
                assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals("diagnosis")
                        && v.rule().equals("field.unknown")), e.getKey());
            }
        }
    }

    @Test
    void listsTheCodesOfItsDictionariesInTheSchemas() throws IOException {
        Map<String, String> enums = new LinkedHashMap<>();
        enums.put("conclusion/peGroup", HealthDictionaries.PE_GROUP);
        enums.put("disability/category", HealthDictionaries.DISABILITY_CATEGORY);
        enums.put("disability/reason", HealthDictionaries.DISABILITY_REASON);
        enums.put("special-needs/category", HealthDictionaries.SPECIAL_NEEDS_CATEGORY);
        for (Map.Entry<String, String> e : enums.entrySet()) {
            String[] entityField = e.getKey().split("/");
            String codes = String.join(", ", HealthDictionaries.entries(e.getValue()).keySet().stream()
                    .map(code -> "\"" + code + "\"").toList());
            assertTrue(schema(entityField[0]).contains("\"" + entityField[1] + "\": {\"type\": \"string\", \"enum\": ["
                    + codes + "]"), e.getKey() + " lists " + codes);
        }
        assertTrue(schema("conclusion").contains("\"healthGroup\": {\"type\": [\"integer\", \"string\"], \"enum\": [1, 2, 3, 4,"
                + " 5, \"1\", \"2\", \"3\", \"4\", \"5\", \"I\", \"II\", \"III\", \"IV\", \"V\"]"));
    }

    @Test
    void keepsItsDictionariesInItsTableAsInTheCode() throws SQLException {
        assertEquals(HealthDictionaries.ALL, database.dictionaries("health"));
        for (String dictionary : HealthDictionaries.ALL.keySet()) {
            assertEquals(List.copyOf(HealthDictionaries.ALL.get(dictionary).keySet()),
                    List.copyOf(database.dictionaries("health").get(dictionary).keySet()), dictionary + ", in its order");
        }
    }

    @Test
    void hasTheFiveHealthGroupsAndTheMedicalGroupsForPhysicalEducation() {
        assertEquals(List.of("1", "2", "3", "4", "5"),
                List.copyOf(HealthDictionaries.entries(HealthDictionaries.HEALTH_GROUP).keySet()));
        assertEquals(List.of("Основная", "Подготовительная", "Специальная «А»", "Специальная «Б»", "Освобождён от занятий"),
                List.copyOf(HealthDictionaries.entries(HealthDictionaries.PE_GROUP).values()));
        assertEquals(List.of("child-disabled", "group-1", "group-2", "group-3"),
                List.copyOf(HealthDictionaries.entries(HealthDictionaries.DISABILITY_CATEGORY).keySet()));
        assertEquals(10, HealthDictionaries.entries(HealthDictionaries.SPECIAL_NEEDS_CATEGORY).size());
    }
}
