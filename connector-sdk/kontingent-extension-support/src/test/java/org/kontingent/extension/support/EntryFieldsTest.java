package org.kontingent.extension.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.identifiers.Violation;

class EntryFieldsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Map<String, Map<String, String>> DICTIONARIES = dictionaries();

    private static Map<String, Map<String, String>> dictionaries() {
        Map<String, String> large = new LinkedHashMap<>();
        for (int i = 1; i <= 11; i++) {
            large.put("c" + i, "Code " + i);
        }
        Map<String, String> small = new LinkedHashMap<>();
        small.put("a", "A");
        small.put("b", "B");
        return Map.of("small", small, "large", large);
    }

    private static EntryFields fields(Map<String, Object> data, String... known) {
        return new EntryFields(data, Set.of(known), TODAY, DICTIONARIES::get, "report.test_dictionary");
    }

    private static List<String> rules(EntryFields fields) {
        return fields.violations().stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void collectsUnknownFieldsInTheirOrder() {
        EntryFields fields = fields(Map.of("b", 1, "a", 2, "known", "x"), "known");
        assertEquals(List.of("a field.unknown", "b field.unknown"), rules(fields));
        assertEquals("The field a is not one of known", fields.violations().get(0).message());
        assertFalse(fields.valid());
    }

    @Test
    void readsTextRequiredTypedAndOfItsLength() {
        Map<String, Object> data = new HashMap<>();
        data.put("name", "  Анна  ");
        data.put("number", 42);
        data.put("blank", " ");
        data.put("list", List.of(1));
        data.put("longName", "abcdef");
        EntryFields fields = fields(data, "name", "number", "blank", "list", "longName");
        assertEquals("Анна", fields.text("name", true, 10));
        assertEquals("42", fields.text("number", true, 10));
        assertNull(fields.text("blank", true, 10));
        assertNull(fields.text("missing", false, 10));
        assertNull(fields.text("list", true, 10));
        assertNull(fields.text("longName", true, 5));
        assertEquals(List.of("blank required", "list list.type", "longName long-name.length"), rules(fields));
        assertEquals("The longName is at most 5 characters, not 6", fields.violations().get(2).message());
        assertTrue(fields.sent("name"));
        assertFalse(fields.sent("blank"));
    }

    @Test
    void readsDaysNotInTheFuture() {
        EntryFields fields = fields(Map.of("on", "2026-03-10", "later", "2026-03-11", "bad", "10.03.2026"));
        assertEquals(TODAY, fields.date("on", true, true));
        assertNull(fields.date("later", true, true));
        assertEquals(LocalDate.of(2026, 3, 11), fields.date("later", true, false));
        assertNull(fields.date("bad", true, false));
        assertEquals(List.of("bad field.unknown", "later field.unknown", "on field.unknown", "later later.future",
                "bad bad.format"), rules(fields));
        assertEquals("The later 2026-03-11 is after today, 2026-03-10", fields.violations().get(3).message());
    }

    @Test
    void readsBooleansAndNumbers() {
        Map<String, Object> data = new HashMap<>();
        data.put("yes", "true");
        data.put("no", false);
        data.put("maybe", "yes");
        data.put("count", "7");
        data.put("big", 100);
        data.put("half", "2.5");
        data.put("score", "4,25");
        data.put("fine", "1.005");
        EntryFields fields = fields(data, data.keySet().toArray(String[]::new));
        assertEquals(Boolean.TRUE, fields.bool("yes", true, null));
        assertEquals(Boolean.FALSE, fields.bool("no", null));
        assertEquals(Boolean.TRUE, fields.bool("missing", Boolean.TRUE));
        assertNull(fields.bool("maybe", null));
        assertNull(fields.bool("absent", true, null));
        assertEquals(7, fields.integer("count", true, 1, 10));
        assertNull(fields.integer("big", true, 1, 10));
        assertNull(fields.integer("half", true, 1, 10));
        assertEquals(new BigDecimal("4.25"), fields.decimal("score", true, 1, 5));
        assertNull(fields.decimal("fine", true, 1, 5));
        assertEquals(List.of("maybe maybe.type", "absent required", "big big.range", "half half.format",
                "fine fine.format"), rules(fields));
        assertEquals("The big must be from 1 to 10, not 100", fields.violations().get(2).message());
        assertEquals("The fine has at most two decimals, not 1.005", fields.violations().get(4).message());
    }

    @Test
    void listsTheCodesOfASmallDictionaryAndNamesTheViewOfALargeOne() {
        EntryFields fields = fields(Map.of("kind", "c", "level", "c99", "ok", "b"), "kind", "level", "ok");
        assertEquals("b", fields.code("ok", true, "small"));
        assertNull(fields.code("kind", true, "small"));
        assertNull(fields.code("level", true, "large"));
        assertEquals(List.of("kind dictionary.small", "level dictionary.large"), rules(fields));
        assertEquals("The kind must be one of a, b, not c", fields.violations().get(0).message());
        assertEquals("The level must be a code of the dictionary large (report.test_dictionary), not c99",
                fields.violations().get(1).message());
        assertThrows(IllegalArgumentException.class, () -> fields.code("ok", true, "none"));
    }

    @Test
    void readsAcademicYears() {
        EntryFields fields = fields(Map.of("academicYear", "2026-2027", "nextYear", "2026-2028"), "academicYear",
                "nextYear");
        assertEquals("2026-2027", fields.academicYear("academicYear", true));
        assertNull(fields.academicYear("nextYear", true));
        assertEquals(List.of("nextYear academic-year.format"), rules(fields));
        assertEquals(LocalDate.of(2026, 9, 1), EntryFields.yearStart("2026-2027"));
        assertEquals("2025-2026", EntryFields.yearOf(TODAY));
        assertEquals("2026-2027", EntryFields.yearOf(LocalDate.of(2026, 9, 1)));
    }

    @Test
    void readsListsOfDifferentOrganizationIds() {
        EntryFields fields = fields(Map.of("organizations", List.of(3, "4"), "twice", List.of(1, 1), "one", 5,
                "many", List.of(1, 2, 3)), "organizations", "twice", "one", "many");
        assertEquals(List.of(3L, 4L), fields.organizationIds("organizations", 5));
        assertEquals(List.of(), fields.organizationIds("missing", 5));
        assertNull(fields.organizationIds("twice", 5));
        assertNull(fields.organizationIds("one", 5));
        assertNull(fields.organizationIds("many", 2));
        assertEquals(List.of("twice twice.type", "one one.type", "many many.length"), rules(fields));
    }

    @Test
    void refusesTheEntryWithEveryBrokenRule() {
        EntryFields fields = fields(Map.of("a", "x"));
        fields.add(new Violation("b", null, "b.own", "The b is wrong"));
        InvalidRecordException refused = assertThrows(InvalidRecordException.class, () -> fields.check("mark"));
        assertEquals(2, refused.violations().size());
        fields(Map.of()).check("mark");
    }

    @Test
    void namesFieldsInRuleCodes() {
        assertEquals("academic-year", EntryFields.kebab("academicYear"));
        assertEquals("gve9-kind", EntryFields.kebab("gve9Kind"));
        assertNull(EntryFields.shown(null));
    }

    @Test
    void takesOnlySqlNames() {
        assertThrows(IllegalArgumentException.class, () -> new Upsert("general; drop"));
        assertEquals("general", new Upsert("general").schema());
    }
}
