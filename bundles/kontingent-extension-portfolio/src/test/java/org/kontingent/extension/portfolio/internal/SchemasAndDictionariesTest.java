package org.kontingent.extension.portfolio.internal;

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
import org.kontingent.registry.core.testing.ExtensionDatabase;

/**
 * What the extension publishes about its entries: a JSON Schema per entity describing every field
 * the writer takes and nothing else (with the codes of its dictionaries), and its dictionaries,
 * the same in the code and in its table.
 */
class SchemasAndDictionariesTest {
    private static final Map<String, Set<String>> FIELDS = Map.of("event", PortfolioEntries.EVENT_FIELDS,
            "achievement", PortfolioEntries.ACHIEVEMENT_FIELDS);
    private static ExtensionDatabase database;
    private static final PortfolioExtension extension = new PortfolioExtension();

    @BeforeAll
    static void start() throws Exception {
        database = PortfolioDatabase.start();
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
        assertEquals("portfolio", extension.id());
        assertEquals(List.of("event", "achievement"), List.copyOf(extension.entities().keySet()));
        assertEquals(15, PortfolioEntries.EVENT_FIELDS.size());
        assertEquals(12, PortfolioEntries.ACHIEVEMENT_FIELDS.size());
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
            assertTrue(schema.contains("\"$id\": \"urn:kontingent:extension:portfolio:" + e.getKey() + "\""), e.getKey());
        }
        // the writer refuses what the schema does not list
        for (Map.Entry<String, Set<String>> e : FIELDS.entrySet()) {
            Map<String, Object> unknown = new LinkedHashMap<>();
            e.getValue().forEach(f -> unknown.put(f, null));
            unknown.put("colour", "blue");
            try (Connection c = database.dataSource().getConnection()) {
                InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                        () -> extension.write(c, new ExtensionEntry(1, "unknown", e.getKey(), 3000, 10L, unknown,
                                LocalDate.of(2026, 11, 23))));
                assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals("colour")
                        && v.rule().equals("field.unknown")), e.getKey());
            }
        }
    }

    @Test
    void listsTheCodesOfItsDictionariesInTheSchemas() throws IOException {
        Map<String, String> enums = new LinkedHashMap<>();
        enums.put("event/kind", PortfolioDictionaries.EVENT_KIND);
        enums.put("event/level", PortfolioDictionaries.EVENT_LEVEL);
        enums.put("event/stage", PortfolioDictionaries.EVENT_STAGE);
        enums.put("event/result", PortfolioDictionaries.EVENT_RESULT);
        enums.put("event/participation", PortfolioDictionaries.PARTICIPATION);
        enums.put("achievement/kind", PortfolioDictionaries.ACHIEVEMENT_KIND);
        enums.put("achievement/badge", PortfolioDictionaries.GTO_BADGE);
        enums.put("achievement/rank", PortfolioDictionaries.SPORTS_RANK);
        enums.put("achievement/level", PortfolioDictionaries.EVENT_LEVEL);
        for (Map.Entry<String, String> e : enums.entrySet()) {
            String[] entityField = e.getKey().split("/");
            String codes = String.join(", ", PortfolioDictionaries.entries(e.getValue()).keySet().stream()
                    .map(code -> "\"" + code + "\"").toList());
            assertTrue(schema(entityField[0]).contains("\"" + entityField[1] + "\": {\"type\": \"string\", \"enum\": ["
                    + codes + "]"), e.getKey() + " lists " + codes);
        }
    }

    @Test
    void keepsItsDictionariesInItsTableAsInTheCode() throws SQLException {
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT dictionary, code, name FROM portfolio.dictionary_entry"
                        + " ORDER BY dictionary, sort_order")) {
            while (rs.next()) {
                table.computeIfAbsent(rs.getString(1), d -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        assertEquals(new TreeSet<>(PortfolioDictionaries.ALL.keySet()), new TreeSet<>(table.keySet()));
        for (String dictionary : PortfolioDictionaries.ALL.keySet()) {
            assertEquals(new ArrayList<>(PortfolioDictionaries.ALL.get(dictionary).entrySet()),
                    new ArrayList<>(table.get(dictionary).entrySet()), dictionary);
        }
    }

    @Test
    void hasTheLevelsResultsAndStagesOfTheSeedsAndTheRanksOfTheSportsClassification() {
        assertEquals(List.of("school", "municipal", "regional", "interregional", "all-russian", "international"),
                List.copyOf(PortfolioDictionaries.entries(PortfolioDictionaries.EVENT_LEVEL).keySet()));
        assertEquals(List.of("Участник", "Призёр", "Победитель"),
                List.copyOf(PortfolioDictionaries.entries(PortfolioDictionaries.EVENT_RESULT).values()));
        assertEquals(List.of("qualifying", "school", "municipal", "regional", "final"),
                List.copyOf(PortfolioDictionaries.entries(PortfolioDictionaries.EVENT_STAGE).keySet()));
        List<String> ranks = List.copyOf(PortfolioDictionaries.entries(PortfolioDictionaries.SPORTS_RANK).keySet());
        assertEquals(PortfolioDictionaries.RANKS, ranks.subList(0, 7), "the ranks come first, the titles after");
        assertEquals("Кандидат в мастера спорта", PortfolioDictionaries.entries(PortfolioDictionaries.SPORTS_RANK)
                .get("candidate-master"));
    }
}
