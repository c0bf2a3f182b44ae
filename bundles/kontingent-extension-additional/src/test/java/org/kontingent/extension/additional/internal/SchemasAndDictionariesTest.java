package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        super(new AdditionalExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return AdditionalDatabase.start();
    }

    @Override
    protected Map<String, Set<String>> fields() {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        fields.put("application", Set.of("programme", "kind", "orientation", "appliedOn", "status"));
        fields.put("programme", Set.of("name", "kind", "orientation", "adapted", "distanceTechnologies",
                "federalRequirements", "hours", "years", "studyForm", "startsOn", "endsOn", "status", "mark"));
        fields.put("course", Set.of("programme", "academicYear", "course", "status", "mark"));
        fields.put("document", Set.of("kind", "name", "series", "number", "issuedOn", "programme"));
        return fields;
    }

    @Override
    protected Map<String, Map<String, String>> dictionaries() {
        return AdditionalDictionaries.ALL;
    }

    @Override
    protected long learner() {
        return 3000;
    }

    @Override
    protected long organization() {
        return 30;
    }

    @Test
    void listsTheCodesOfItsDictionariesInTheSchemas() throws IOException {
        Map<String, String> enums = new LinkedHashMap<>();
        enums.put("programme/kind", AdditionalDictionaries.PROGRAMME_KIND);
        enums.put("programme/orientation", AdditionalDictionaries.ORIENTATION);
        enums.put("programme/status", AdditionalDictionaries.STUDY_STATUS);
        enums.put("application/kind", AdditionalDictionaries.PROGRAMME_KIND);
        enums.put("application/orientation", AdditionalDictionaries.ORIENTATION);
        enums.put("application/status", AdditionalDictionaries.APPLICATION_STATUS);
        enums.put("course/status", AdditionalDictionaries.STUDY_STATUS);
        enums.put("document/kind", AdditionalDictionaries.DOCUMENT_KIND);
        assertSchemasListTheCodes(enums, AdditionalDictionaries::entries);
    }

    @Test
    void hasTheSixOrientationsAndTheTwoKindsOfTheFederalRules() {
        assertEquals(List.of("technical", "natural-science", "physical-culture-and-sport", "artistic",
                "tourist-and-local-history", "social-humanitarian"),
                List.copyOf(AdditionalDictionaries.entries(AdditionalDictionaries.ORIENTATION).keySet()));
        assertEquals(List.of("Техническая", "Естественнонаучная", "Физкультурно-спортивная", "Художественная",
                "Туристско-краеведческая", "Социально-гуманитарная"),
                List.copyOf(AdditionalDictionaries.entries(AdditionalDictionaries.ORIENTATION).values()));
        assertEquals(List.of("general-developmental", "pre-professional"),
                List.copyOf(AdditionalDictionaries.entries(AdditionalDictionaries.PROGRAMME_KIND).keySet()));
    }
}
