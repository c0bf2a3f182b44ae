package org.kontingent.extension.general.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.SchemasAndDictionariesContract;

/**
 * What the extension publishes about its entries: a JSON Schema per entity describing every field
 * the writer takes and nothing else, and its dictionaries, the same in the code and in its table.
 */
class SchemasAndDictionariesTest extends SchemasAndDictionariesContract {
    SchemasAndDictionariesTest() {
        super(new GeneralExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return GeneralDatabase.start();
    }

    @Override
    protected Map<String, Set<String>> fields() {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        fields.put("mark", Set.of("academicYear", "subject", "period", "mark", "scale", "markedOn"));
        fields.put("exam", Set.of("kind", "academicYear", "subject", "examDate", "score", "mark", "passed"));
        fields.put("certificate", Set.of("kind", "series", "number", "issuedOn", "withHonours"));
        fields.put("programme", Set.of("level", "adapted", "studyForm", "shift", "startsOn"));
        fields.put("application", Set.of("grade", "academicYear", "registeredOn", "status"));
        return fields;
    }

    @Override
    protected Map<String, Map<String, String>> dictionaries() {
        return GeneralDictionaries.ALL;
    }

    @Override
    protected long learner() {
        return 1000;
    }

    @Override
    protected long organization() {
        return 10;
    }
}
