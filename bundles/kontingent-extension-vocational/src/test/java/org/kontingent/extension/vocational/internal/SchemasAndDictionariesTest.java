package org.kontingent.extension.vocational.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.SchemasAndDictionariesContract;

/**
 * What the extension publishes about its entries: a JSON Schema per entity describing every field
 * the writer takes and nothing else, and its dictionaries, the same in the code and in its table.
 */
class SchemasAndDictionariesTest extends SchemasAndDictionariesContract {
    SchemasAndDictionariesTest() {
        super(new VocationalExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return VocationalDatabase.start();
    }

    @Override
    protected Map<String, Set<String>> fields() {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        fields.put("application", Set.of("specialty", "course", "studyForm", "appliedOn", "academicYear", "status"));
        fields.put("programme", Set.of("kind", "specialty", "adapted", "qualification", "academicYear", "course", "length",
                "studyForm", "distanceOnly", "specialEquipment", "distanceTechnologies"));
        fields.put("course-transfer", Set.of("fromCourse", "toCourse", "transferredOn", "orderNumber", "orderDate"));
        fields.put("mark", Set.of("academicYear", "discipline", "course", "mark"));
        fields.put("diploma", Set.of("kind", "series", "number", "issuedOn", "withHonours", "qualification", "specialty"));
        fields.put("employer-project", Set.of("academicYear", "project", "employer", "involvement", "result"));
        fields.put("employment", Set.of("individualPlan", "contractEnterprise", "contractOwnership", "actualEmployer",
                "quotaWorkplace", "employedOn"));
        return fields;
    }

    @Override
    protected Map<String, Map<String, String>> dictionaries() {
        return VocationalDictionaries.ALL;
    }

    @Override
    protected long learner() {
        return 2000;
    }

    @Override
    protected long organization() {
        return 20;
    }

    @Test
    void takesTheSpecialtiesAndProfessionsOfTheAccreditationRegistry() {
        Map<String, String> specialties = VocationalDictionaries.entries(VocationalDictionaries.SPECIALTY);
        assertEquals(265, specialties.size());
        assertEquals(166, specialties.keySet().stream().filter(VocationalDictionaries::profession).count());
        assertTrue(specialties.keySet().stream().allMatch(code -> code.matches("[0-9]{2}\\.0[12]\\.[0-9]{2}")));
        assertEquals("Строительство и эксплуатация зданий и сооружений", specialties.get("08.02.01"));
        assertEquals("Слесарь", specialties.get("15.01.30"));
        assertEquals("Сестринское дело", specialties.get("34.02.01"));
    }
}
