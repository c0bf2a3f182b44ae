package org.kontingent.extension.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DictionaryEntriesTest {
    @Test
    void keepsTheCodesInTheirOrderWithTheirNames() {
        Map<String, String> entries = DictionaryEntries.ordered(List.of("special-b", "Специальная «Б»", "basic", "Основная"));
        assertEquals(List.of("special-b", "basic"), List.copyOf(entries.keySet()));
        assertEquals("Основная", entries.get("basic"));
        assertThrows(UnsupportedOperationException.class, () -> entries.put("exempt", "Освобождён"));
    }

    @Test
    void refusesACodeWithoutANameOrTwice() {
        assertEquals("Codes and names come in pairs: [basic]",
                assertThrows(IllegalArgumentException.class, () -> DictionaryEntries.ordered(List.of("basic"))).getMessage());
        assertEquals("The code basic comes twice", assertThrows(IllegalArgumentException.class,
                () -> DictionaryEntries.ordered(List.of("basic", "Основная", "basic", "Основная"))).getMessage());
    }
}
