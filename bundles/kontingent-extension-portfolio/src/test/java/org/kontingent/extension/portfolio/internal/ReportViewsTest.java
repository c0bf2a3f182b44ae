package org.kontingent.extension.portfolio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.extension.portfolio.internal.Entries.competition;
import static org.kontingent.extension.portfolio.internal.Entries.contest;
import static org.kontingent.extension.portfolio.internal.Entries.gto;
import static org.kontingent.extension.portfolio.internal.Entries.olympiad;
import static org.kontingent.extension.portfolio.internal.Entries.qualification;
import static org.kontingent.extension.portfolio.internal.Entries.rank;
import static org.kontingent.registry.core.testing.EntryData.with;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.ReportViewsContract;

/**
 * The published views report.portfolio_*, read as the report engine reads them: under the role
 * kontingent_report, in a transaction with kontingent.report_scope set. Region, authority and
 * organization scopes see what lies in them, no scope sees nothing, and the role reads these views
 * and nothing of schema portfolio or registry.
 */
class ReportViewsTest extends ReportViewsContract {
    ReportViewsTest() {
        super(new PortfolioExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        ExtensionDatabase database = PortfolioDatabase.start();
        database.write(extension, List.of(entry(3, "event", "e-1", 3000, 10L, olympiad()),
                entry(3, "event", "e-2", 3003, 40L, competition()),
                entry(3, "event", "e-3", 3001, 20L, contest()),
                entry(3, "achievement", "a-1", 3000, 10L, gto()),
                entry(3, "achievement", "a-2", 3002, 30L, rank()),
                entry(3, "achievement", "a-3", 3003, 40L, qualification())));
        return database;
    }

    @Override
    protected List<String> scopedViews() {
        return List.of("portfolio_event", "portfolio_achievement");
    }

    @Override
    protected Map<String, List<Integer>> countsByScope() {
        return inScopes("region", List.of(3, 3),
                "authority:1", List.of(3, 3), // the ministry's tree
                "authority:2", List.of(2, 1), // the school and the kindergarten
                "organization:40", List.of(1, 1), // the college
                "organization:30", List.of(0, 1)); // the arts school
    }

    @Override
    protected void assertTheViewsShowTheRows() throws SQLException {
        assertEquals(List.of(
                "10 Всероссийская олимпиада школьников по математике Олимпиада Математика Муниципальный Муниципальный этап"
                        + " 2025-11-20 Призёр 2 34.50 individual М-2025-0117",
                "20 Краевой конкурс детского рисунка «Моя малая родина» Конкурс Региональный 2026-02-10 Участник individual",
                "40 Первенство края по волейболу среди юношей Соревнование Волейбол Региональный 2026-05-14 2026-05-15 Победитель"
                        + " 1 team Сборная колледжа Первый юношеский спортивный разряд"),
                read("region", "SELECT concat_ws(' ', organization_id, name, kind_name, subject, level_name, stage_name,"
                        + " starts_on, ends_on, result_name, place, score, participation, team_name, document_number,"
                        + " awarded_title) FROM report.portfolio_event ORDER BY organization_id"));
        assertEquals(List.of("10 Знак отличия ВФСК «Готов к труду и обороне» (ГТО) Золотой знак отличия 4 Всероссийский"
                        + " 2026-03-15",
                "30 Спортивный разряд Второй спортивный разряд Плавание 2026-04-01 2028-04-01",
                "40 Квалификационный разряд по профессии Слесарь механосборочных работ 3 Уровень образовательной организации"
                        + " 2026-06-25"),
                read("region", "SELECT concat_ws(' ', organization_id, kind_name, name, badge_name, gto_stage, rank_name,"
                        + " grade, sport, level_name, awarded_on, valid_until) FROM report.portfolio_achievement"
                        + " ORDER BY organization_id"));
        assertEquals("11", read(null, "SELECT count(*) FROM report.portfolio_dictionary WHERE dictionary = 'sports-rank'")
                .get(0), "the dictionaries are not scoped");
    }

    @Override
    protected Map<String, String> documentedColumns() {
        Map<String, String> documented = new LinkedHashMap<>();
        documented.put("portfolio_event", "id person_id organization_id membership_id name kind kind_name subject level"
                + " level_name stage stage_name starts_on ends_on result result_name place score participation team_name"
                + " document_number organizer awarded_title");
        documented.put("portfolio_achievement", "id person_id organization_id membership_id kind kind_name name badge"
                + " badge_name gto_stage rank rank_name grade sport level level_name awarded_on valid_until issuer"
                + " document_number");
        documented.put("portfolio_dictionary", "dictionary code name sort_order");
        return documented;
    }

    @Override
    protected List<String> unreadableTables() {
        return List.of("portfolio.event", "portfolio.achievement", "portfolio.dictionary_entry", "portfolio.merge_move",
                "registry.person");
    }

    @Override
    protected String functionCall() {
        return "SELECT portfolio.learner_membership(3000, 10, '2026-09-01')";
    }

    @Override
    protected ExtensionEntry entryMovingTheDataVersion() {
        return entry(3, "achievement", "a-9", 3000, 10L, with(gto(), "badge", "bronze"));
    }
}
