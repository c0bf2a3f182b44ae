package org.kontingent.extension.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.SchemasAndDictionariesContract;

/**
 * What the extension publishes about its entries: a JSON Schema per entity describing every field
 * the writer takes and nothing else (with the codes of its dictionaries), and its dictionaries,
 * the same in the code and in its table.
 */
class SchemasAndDictionariesTest extends SchemasAndDictionariesContract {
    SchemasAndDictionariesTest() {
        super(new HealthExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return HealthDatabase.start();
    }

    @Override
    protected Map<String, Set<String>> fields() {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        fields.put("conclusion", Set.of("healthGroup", "peGroup", "longTermTreatment", "concludedOn", "validFrom",
                "validUntil", "issuer"));
        fields.put("disability", Set.of("category", "reason", "establishedOn", "validUntil", "certificate"));
        fields.put("special-needs", Set.of("category", "adaptedProgramme", "programmeVariant", "commission", "number",
                "concludedOn", "validUntil"));
        return fields;
    }

    @Override
    protected Map<String, Map<String, String>> dictionaries() {
        return HealthDictionaries.ALL;
    }

    @Override
    protected long learner() {
        return 5000;
    }

    @Override
    protected long organization() {
        return 10;
    }

    @Override
    protected Map<String, Object> unknownFields() {
        return Map.of("diagnosis", "J45.0");
    }

    @Override
    protected void assertSchemaSaysMore(String entity, String schema) {
        assertTrue(schema.contains("READ_HEALTH"), entity + " says who may see it");
    }

    @Test
    void listsTheCodesOfItsDictionariesInTheSchemas() throws IOException {
        Map<String, String> enums = new LinkedHashMap<>();
        enums.put("conclusion/peGroup", HealthDictionaries.PE_GROUP);
        enums.put("disability/category", HealthDictionaries.DISABILITY_CATEGORY);
        enums.put("disability/reason", HealthDictionaries.DISABILITY_REASON);
        enums.put("special-needs/category", HealthDictionaries.SPECIAL_NEEDS_CATEGORY);
        assertSchemasListTheCodes(enums, HealthDictionaries::entries);
        assertTrue(schema("conclusion").contains("\"healthGroup\": {\"type\": [\"integer\", \"string\"], \"enum\": [1, 2, 3, 4,"
                + " 5, \"1\", \"2\", \"3\", \"4\", \"5\", \"I\", \"II\", \"III\", \"IV\", \"V\"]"));
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
