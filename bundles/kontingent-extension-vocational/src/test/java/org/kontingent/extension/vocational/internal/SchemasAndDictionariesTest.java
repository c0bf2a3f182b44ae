package org.kontingent.extension.vocational.internal;

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
 * the writer takes and nothing else, and its dictionaries, the same in the code and in its table.
 */
class SchemasAndDictionariesTest {
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "application", Set.of("specialty", "course", "studyForm", "appliedOn", "academicYear", "status"),
            "programme", Set.of("kind", "specialty", "adapted", "qualification", "academicYear", "course", "length",
                    "studyForm", "distanceOnly", "specialEquipment", "distanceTechnologies"),
            "course-transfer", Set.of("fromCourse", "toCourse", "transferredOn", "orderNumber", "orderDate"),
            "mark", Set.of("academicYear", "discipline", "course", "mark"),
            "diploma", Set.of("kind", "series", "number", "issuedOn", "withHonours", "qualification", "specialty"),
            "employer-project", Set.of("academicYear", "project", "employer", "involvement", "result"),
            "employment", Set.of("individualPlan", "contractEnterprise", "contractOwnership", "actualEmployer",
                    "quotaWorkplace", "employedOn"));
    private static VocationalDatabase database;
    private static final VocationalExtension extension = new VocationalExtension();

    @BeforeAll
    static void start() throws Exception {
        database = VocationalDatabase.start();
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    @Test
    void listsItsEntitiesEachWithAJsonSchemaOfEveryFieldItTakes() throws IOException, SQLException {
        assertEquals("vocational", extension.id());
        assertEquals(FIELDS.keySet(), extension.entities().keySet());
        Pattern property = Pattern.compile("\n    \"(\\w+)\": \\{\"type\".*\"description\": \"[^\"]{10,}");
        for (Map.Entry<String, URL> e : extension.entities().entrySet()) {
            String schema;
            try (InputStream in = e.getValue().openStream()) {
                schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Set<String> documented = new TreeSet<>();
            Matcher m = property.matcher(schema);
            while (m.find()) {
                documented.add(m.group(1));
            }
            assertEquals(new TreeSet<>(FIELDS.get(e.getKey())), documented, e.getKey() + ": every field, with its description");
            assertTrue(schema.contains("\"additionalProperties\": false"), e.getKey());
        }
        // the writer refuses what the schema does not list
        for (Map.Entry<String, Set<String>> e : FIELDS.entrySet()) {
            Map<String, Object> unknown = new LinkedHashMap<>();
            e.getValue().forEach(f -> unknown.put(f, null));
            unknown.put("colour", "blue");
            try (Connection c = database.dataSource().getConnection()) {
                InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                        () -> extension.write(c, new ExtensionEntry(1, "unknown", e.getKey(), 2000, 20L, unknown,
                                LocalDate.of(2026, 11, 23))));
                assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals("colour")
                        && v.rule().equals("field.unknown")), e.getKey());
            }
        }
    }

    @Test
    void keepsItsDictionariesInItsTableAsInTheCode() throws SQLException {
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT dictionary, code, name FROM vocational.dictionary_entry"
                        + " ORDER BY dictionary, sort_order")) {
            while (rs.next()) {
                table.computeIfAbsent(rs.getString(1), d -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        assertEquals(new TreeSet<>(VocationalDictionaries.ALL.keySet()), new TreeSet<>(table.keySet()));
        for (String dictionary : VocationalDictionaries.ALL.keySet()) {
            assertEquals(new ArrayList<>(VocationalDictionaries.ALL.get(dictionary).entrySet()),
                    new ArrayList<>(table.get(dictionary).entrySet()), dictionary);
        }
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
