package org.kontingent.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.kontingent.report.api.ReportForm;

/** The contract fails a form that breaks one of its rules, naming the rule. */
class ReportFormContractTest {

    static class Untranslated extends ReportFormContract {
        @Override
        protected ReportForm form() {
            return new OrganizationCountForm(OrganizationCountForm.Flaw.UNTRANSLATED);
        }
    }

    static class EnglishColumnKey extends ReportFormContract {
        @Override
        protected ReportForm form() {
            return new OrganizationCountForm(OrganizationCountForm.Flaw.ENGLISH_COLUMN_KEY);
        }
    }

    static class Untitled extends ReportFormContract {
        @Override
        protected ReportForm form() {
            return new OrganizationCountForm(OrganizationCountForm.Flaw.UNTITLED);
        }
    }

    static class Ungrouped extends ReportFormContract {
        @Override
        protected ReportForm form() {
            return new OrganizationCountForm(OrganizationCountForm.Flaw.UNGROUPED);
        }

        @Override
        protected void fixture(ReportDatabase database) {
            database.executeResource(ReportFormContractTest.class, "region.sql");
        }
    }

    static class Mistyped extends ReportFormContract {
        @Override
        protected ReportForm form() {
            return new OrganizationCountForm(OrganizationCountForm.Flaw.MISTYPED);
        }
    }

    static class Snooping extends ReportFormContract {
        @Override
        protected ReportForm form() {
            return new OrganizationCountForm(OrganizationCountForm.Flaw.SNOOPING);
        }
    }

    private static Events run(DiscoverySelector selector) {
        return EngineTestKit.engine("junit-jupiter").selectors(selector).execute().testEvents();
    }

    private static String failure(Events events, String test) {
        List<Event> failed = events.failed().filter(e -> e.getTestDescriptor().getDisplayName().startsWith(test + "("))
                .toList();
        assertEquals(1, failed.size(), test + " fails: " + events.failed().list());
        return failed.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
    }

    @Test
    void failsAFormWithoutEnglish() {
        Events events = run(selectMethod(Untranslated.class, "isTranslatedIntoEnglish"));
        assertTrue(failure(events, "isTranslatedIntoEnglish").contains("English resource bundle"));
    }

    @Test
    void failsAFormWhoseColumnsChangeWithTheLanguage() {
        Events events = run(selectMethod(EnglishColumnKey.class, "hasTheSameDefinitionInRussianAndEnglishButForTitles"));
        assertTrue(failure(events, "hasTheSameDefinitionInRussianAndEnglishButForTitles").contains("the columns"));
    }

    @Test
    void failsAFormWithABlankTitle() {
        Events events = run(selectMethod(Untitled.class, "titlesEverythingInRussianAndEnglish"));
        assertTrue(failure(events, "titlesEverythingInRussianAndEnglish").contains("the column municipality's title (en) is blank"));
    }

    @Test
    void failsAFormWhoseRowsAreNotGrouped() {
        Events events = run(selectMethod(Ungrouped.class, "givesItsRowsGroupedByItsGroupingColumns"));
        String message = failure(events, "givesItsRowsGroupedByItsGroupingColumns");
        assertTrue(message.contains("not grouped by [municipality]"), message);
        assertTrue(message.contains("Управление образования Северного района"), message);
    }

    @Test
    void failsAFormThatWritesTheWrongTypes() {
        Events events = run(selectMethod(Mistyped.class, "runsWithItsDefaultsOnAnEmptyDatabase"));
        assertTrue(failure(events, "runsWithItsDefaultsOnAnEmptyDatabase").contains("column organizations (INTEGER)"));
    }

    @Test
    void failsAFormThatReadsTheRegistry() {
        Events events = run(selectMethod(Snooping.class, "runsWithItsDefaultsOnAnEmptyDatabase"));
        assertTrue(failure(events, "runsWithItsDefaultsOnAnEmptyDatabase").contains("permission denied"));
    }
}
