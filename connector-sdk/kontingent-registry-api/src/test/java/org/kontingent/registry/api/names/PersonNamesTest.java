package org.kontingent.registry.api.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Алёна|АЛЕНА",
            "  иванова  |ИВАНОВА",
            "Петрова–Водкина|ПЕТРОВА-ВОДКИНА",
            "ПЕТРОВА - ВОДКИНА|ПЕТРОВА-ВОДКИНА",
            "петрова--водкина|ПЕТРОВА-ВОДКИНА",
            "Мария  Луиза|МАРИЯ ЛУИЗА",
            "Д’Артаньян|Д'АРТАНЬЯН",
            "Ёлкин|ЕЛКИН",
            "Smith|SMITH",
            "Иванов1|ИВАНОВ",
            "-Иванов-|ИВАНОВ",
            "Оглы.|ОГЛЫ"})
    void normalForm(String written, String normal) {
        assertEquals(normal, PersonNames.normalize(written));
    }

    @Test
    void absentOrLetterlessPartsAreEmpty() {
        assertEquals("", PersonNames.normalize(null));
        assertEquals("", PersonNames.normalize("   "));
        assertEquals("", PersonNames.normalize("123 - ."));
    }

    @Test
    void sameComparesNormalForms() {
        assertTrue(PersonNames.same("Семён", "СЕМЕН"));
        assertFalse(PersonNames.same("Семён", "Семенов"));
    }

    @Test
    void fullNameNormalizesEachPartAndKeepsTheWrittenOne() {
        FullName written = new FullName("Пётрова ", "анна", null);

        assertEquals(new FullName("ПЕТРОВА", "АННА", ""), written.normalized());
        assertEquals("Пётрова ", written.surname());
    }

    @Test
    void displayAndInitials() {
        FullName full = new FullName("Иванова", "анна", "Сергеевна");

        assertEquals("Иванова анна Сергеевна", full.display());
        assertEquals("Иванова А. С.", full.withInitials());
        assertEquals("Иванова А.", new FullName("Иванова", "Анна", " ").withInitials());
    }

    @Test
    void cyrillicAndLatinSpellingsShareALatinKey() {
        assertEquals(PersonNames.latinKey("Юлия"), PersonNames.latinKey("Iuliia"));
        assertEquals("DMITRII", PersonNames.latinKey("Дмитрий"));
        assertEquals("DMITRII", PersonNames.latinKey("Dmitriy"));
        assertEquals("SHCHERBAKOVA", PersonNames.latinKey("Щербакова"));
        assertEquals("ALENA", PersonNames.latinKey("Алёна"));
        assertEquals("", PersonNames.latinKey(null));
    }
}
