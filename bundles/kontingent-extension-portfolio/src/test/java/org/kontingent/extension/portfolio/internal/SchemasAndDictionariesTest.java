package org.kontingent.extension.portfolio.internal;

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
 * the writer takes and nothing else (with the codes of its dictionaries), and its dictionaries,
 * the same in the code and in its table.
 */
class SchemasAndDictionariesTest extends SchemasAndDictionariesContract {
    SchemasAndDictionariesTest() {
        super(new PortfolioExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return PortfolioDatabase.start();
    }

    @Override
    protected Map<String, Set<String>> fields() {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        fields.put("event", PortfolioEntries.EVENT_FIELDS);
        fields.put("achievement", PortfolioEntries.ACHIEVEMENT_FIELDS);
        return fields;
    }

    @Override
    protected Map<String, Map<String, String>> dictionaries() {
        return PortfolioDictionaries.ALL;
    }

    @Override
    protected long learner() {
        return 3000;
    }

    @Override
    protected long organization() {
        return 10;
    }

    @Test
    @Override
    public void listsItsEntitiesEachWithAJsonSchemaOfEveryFieldItTakes() throws IOException, SQLException {
        super.listsItsEntitiesEachWithAJsonSchemaOfEveryFieldItTakes();
        assertEquals(15, PortfolioEntries.EVENT_FIELDS.size());
        assertEquals(12, PortfolioEntries.ACHIEVEMENT_FIELDS.size());
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
        assertSchemasListTheCodes(enums, PortfolioDictionaries::entries);
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
