package org.kontingent.registry.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KppTest {

    @Test
    void sberbankIsValid() {
        assertEquals(List.of(), Kpp.check("kpp", "773601001"));
        Kpp kpp = Kpp.parse("773601001");
        assertEquals("773601001", kpp.value());
        assertEquals("7736", kpp.taxOfficeCode());
        assertEquals("01", kpp.reasonCode());
        assertEquals("773601001", kpp.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7736AB001", "77360Z001", "7736ZZ999", " 7736AB001 "})
    void reasonCodeMayHoldLatinCapitals(String value) {
        assertEquals(List.of(), Kpp.check("kpp", value));
        assertEquals(value.strip(), Kpp.parse(value).value());
    }

    @Test
    void lowercaseLatinIsReadAsUppercase() {
        assertEquals("7736AB001", Kpp.parse("7736ab001").value());
        assertEquals(Kpp.parse("7736AB001"), Kpp.parse("7736ab001"));
        assertNotEquals(Kpp.parse("7736AB001"), Kpp.parse("773601001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"77360100", "7736010011", "77A601001", "7736АБ001", "773601A01", "7736-01-001",
        "7736 01 001", "7736!0001"})
    void rejectsWrongFormat(String value) {
        List<Violation> violations = Kpp.check("kpp", value);
        assertEquals(1, violations.size(), value);
        assertEquals("kpp.format", violations.get(0).rule());
        assertEquals(value, violations.get(0).value());
        assertEquals("КПП \"" + value + "\": expected 9 characters: 4 digits, 2 digits or Latin capital letters,"
                + " 3 digits, for example 773601001", violations.get(0).message());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void missingValueIsRequired(String value) {
        assertEquals(List.of(new Violation("kpp", value, "required", "КПП is required")), Kpp.check("kpp", value));
        assertThrows(InvalidIdentifierException.class, () -> Kpp.parse(value));
    }
}
