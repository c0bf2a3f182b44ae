package org.kontingent.registry.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One typo: a letter missing, extra or different. */
class NamePartDictionaryTest {

    @Test
    void oneLetterMissingExtraOrDifferentIsOneEdit() {
        assertTrue(NamePartDictionary.withinOneEdit("ИВАНОВ", "ИВАНОВ"));
        assertTrue(NamePartDictionary.withinOneEdit("ИВАНОВ", "ИВНОВ"), "missing");
        assertTrue(NamePartDictionary.withinOneEdit("ИВАНОВ", "ИВАННОВ"), "extra");
        assertTrue(NamePartDictionary.withinOneEdit("ИВАНОВ", "ИВАНОФ"), "different");
        assertTrue(NamePartDictionary.withinOneEdit("ИВАНОВ", "ИВАНО"), "the last missing");
        assertTrue(NamePartDictionary.withinOneEdit("ИВАНОВ", "ВАНОВ"), "the first missing");
        assertTrue(NamePartDictionary.withinOneEdit("", "А"));
    }

    @Test
    void twoEditsOrMoreAreNot() {
        assertFalse(NamePartDictionary.withinOneEdit("ИВАНОВ", "ИВАНОВАЯ"));
        assertFalse(NamePartDictionary.withinOneEdit("ИВАНОВ", "ИВНОФ"), "missing and different");
        assertFalse(NamePartDictionary.withinOneEdit("ИВАНОВ", "ВИАНОВ"), "two letters swapped are two edits");
        assertFalse(NamePartDictionary.withinOneEdit("ИВАНОВ", "ПЕТРОВ"));
        assertFalse(NamePartDictionary.withinOneEdit("АБ", ""));
    }
}
