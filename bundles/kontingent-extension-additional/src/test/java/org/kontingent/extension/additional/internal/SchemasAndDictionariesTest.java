package org.kontingent.extension.additional.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * What the extension publishes about its entries: a JSON Schema per entity describing every field
 * the writer takes and nothing else (with the codes of its dictionaries), and its dictionaries,
 * the same in the code and in its table.
 */
class SchemasAndDictionariesTest {
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "application", Set.of("programme", "kind", "orientation", "appliedOn", "status"),
            "programme", Set.of("name", "kind", "orientation", "adapted", "distanceTechnologies", "federalRequirements",
                    "hours", "years", "studyForm", "startsOn", "endsOn", "status", "mark"),
            "course", Set.of("programme", "academicYear", "course", "status", "mark"),
            "document", Set.of("kind", "name", "series", "number", "issuedOn", "programme"));
    private static AdditionalDatabase database;
    private static final AdditionalExtension extension = new AdditionalExtension();

    @BeforeAll
    static void start() throws Exception {
        database = AdditionalDatabase.start();
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
        assertEquals("additional", extension.id());
        assertEquals(List.of("application", "programme", "course", "document"), List.copyOf(extension.entities().keySet()));
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
            assertTrue(schema.contains("\"$id\": \"urn:kontingent:extension:additional:" + e.getKey() + "\""), e.getKey());
        }
        // the writer refuses what the schema does not list
        for (Map.Entry<String, Set<String>> e : FIELDS.entrySet()) {
            Map<String, Object> unknown = new LinkedHashMap<>();
            e.getValue().forEach(f -> unknown.put(f, null));
            unknown.put("colour", "blue");
            try (Connection c = database.dataSource().getConnection()) {
                InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                        () -> extension.write(c, new ExtensionEntry(1, "unknown", e.getKey(), 3000, 30L, unknown,
                                LocalDate.of(2026, 11, 23))));
                assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals("colour")
                        && v.rule().equals("field.unknown")), e.getKey());
            }
        }
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
        for (Map.Entry<String, String> e : enums.entrySet()) {
            String[] entityField = e.getKey().split("/");
            String codes = String.join(", ", AdditionalDictionaries.entries(e.getValue()).keySet().stream()
                    .map(code -> "\"" + code + "\"").toList());
            assertTrue(schema(entityField[0]).contains("\"" + entityField[1] + "\": {\"type\": \"string\", \"enum\": ["
                    + codes + "]"), e.getKey() + " lists " + codes);
        }
    }

    @Test
    void keepsItsDictionariesInItsTableAsInTheCode() throws SQLException {
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT dictionary, code, name FROM additional.dictionary_entry"
                        + " ORDER BY dictionary, sort_order")) {
            while (rs.next()) {
                table.computeIfAbsent(rs.getString(1), d -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        assertEquals(new TreeSet<>(AdditionalDictionaries.ALL.keySet()), new TreeSet<>(table.keySet()));
        for (String dictionary : AdditionalDictionaries.ALL.keySet()) {
            assertEquals(new ArrayList<>(AdditionalDictionaries.ALL.get(dictionary).entrySet()),
                    new ArrayList<>(table.get(dictionary).entrySet()), dictionary);
        }
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
