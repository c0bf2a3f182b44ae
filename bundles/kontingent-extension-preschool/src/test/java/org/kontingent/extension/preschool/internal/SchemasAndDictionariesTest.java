package org.kontingent.extension.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.SchemasAndDictionariesContract;

/**
 * What the extension publishes about its entries: a JSON Schema per entity describing every field
 * the writer takes and nothing else, and its dictionaries (with the ages of each age group), the
 * same in the code and in its table.
 */
class SchemasAndDictionariesTest extends SchemasAndDictionariesContract {
    SchemasAndDictionariesTest() {
        super(new PreschoolExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return PreschoolDatabase.start();
    }

    @Override
    protected Map<String, Set<String>> fields() {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        fields.put("enrollment", Enrollments.FIELDS);
        fields.put("application", Applications.FIELDS);
        return fields;
    }

    @Override
    protected Map<String, Map<String, String>> dictionaries() {
        return PreschoolDictionaries.ALL;
    }

    @Override
    protected long learner() {
        return 1000;
    }

    @Override
    protected long organization() {
        return 11;
    }

    @Test
    @Override
    public void listsItsEntitiesEachWithAJsonSchemaOfEveryFieldItTakes() throws IOException, SQLException {
        super.listsItsEntitiesEachWithAJsonSchemaOfEveryFieldItTakes();
        assertEquals(Set.of("enrolledOn", "orderNumber", "orderDate", "studyForm", "programme", "adapted", "groupSpecifics",
                "stayMode", "groupType", "ageGroup", "leavingGround", "leavingOrderNumber", "leavingOrderDate"),
                Enrollments.FIELDS);
        assertEquals(Set.of("registeredOn", "birthDate", "wantedDate", "alternatives", "preferentialCategory", "status",
                "statusDate"), Applications.FIELDS);
    }

    @Test
    @Override
    public void keepsItsDictionariesInItsTableAsInTheCode() throws SQLException {
        super.keepsItsDictionariesInItsTableAsInTheCode();
        Map<String, List<Integer>> ages = new LinkedHashMap<>();
        for (String row : database.column("SELECT code || ' ' || min_age || ' ' || max_age FROM preschool.dictionary_entry"
                + " WHERE min_age IS NOT NULL ORDER BY dictionary, sort_order")) {
            String[] codeAndAges = row.split(" ");
            ages.put(codeAndAges[0], List.of(Integer.valueOf(codeAndAges[1]), Integer.valueOf(codeAndAges[2])));
        }
        assertEquals(PreschoolDictionaries.AGES, ages);
        assertEquals(PreschoolDictionaries.ALL.get(PreschoolDictionaries.AGE_GROUP).keySet(), PreschoolDictionaries.AGES.keySet());
    }
}
