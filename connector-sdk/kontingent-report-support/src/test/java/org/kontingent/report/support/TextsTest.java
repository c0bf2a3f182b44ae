package org.kontingent.report.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kontingent.report.api.Category;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportDefinition;

/** The texts of the test form: messages.properties and messages_en.properties beside it. */
class TextsTest {

    private static Texts texts(Locale locale) {
        return Texts.of(locale, TestForm.class);
    }

    @Test
    void readsTheFormsLanguageRussianByDefault() {
        assertEquals("Проверочная форма", texts(Locale.forLanguageTag("ru")).get("test.title"));
        assertEquals("A test form", texts(Locale.forLanguageTag("en-GB")).get("test.title"));
        assertEquals("Проверочная форма", texts(null).get("test.title"));
    }

    @Test
    void neverFallsBackToTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Проверочная форма", texts(Locale.GERMAN).get("test.title"), "a language without its file gets Russian");
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertEquals("A test form", texts(Locale.ENGLISH).get("test.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void namesAMissingText() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> texts(Locale.ENGLISH).get("nothing"));
        assertTrue(missing.getMessage().startsWith("The text nothing is missing from org.kontingent.report.support.messages"),
                missing.getMessage());
    }

    @Test
    void putsValuesIn() {
        assertEquals("Hello, Anna: 1,234 organizations.", texts(Locale.ENGLISH).format("greeting", "Anna", 1234));
        assertEquals("Здравствуйте, Анна: 12 организаций.", texts(Locale.forLanguageTag("ru")).format("greeting", "Анна", 12));
    }

    @Test
    void titlesADefinitionAndItsCategory() {
        ReportDefinition definition = texts(Locale.ENGLISH).definition("support.test", Category.MOVEMENT, "test",
                List.of(Parameter.date()), List.of(Column.text("a", "A")), List.of("a"), null);
        assertEquals("A test form", definition.title());
        assertEquals("A form to check the shared classes.", definition.description());
        assertEquals(new Category(Category.MOVEMENT, "Check"), definition.category());
        assertEquals(List.of("a"), definition.grouping());
    }
}
