package org.kontingent.registry.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidIdentifierExceptionTest {

    private static final Violation SNILS = new Violation("snils", "1", "snils.format", "СНИЛС \"1\": expected 11 digits");
    private static final Violation INN = Violation.required("inn", null, "ИНН");

    @Test
    void carriesTheViolationsAndJoinsTheirMessages() {
        List<Violation> given = new ArrayList<>(List.of(SNILS, INN));
        InvalidIdentifierException e = new InvalidIdentifierException(given);
        given.clear();
        assertEquals(List.of(SNILS, INN), e.violations());
        assertEquals("СНИЛС \"1\": expected 11 digits; ИНН is required", e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> e.violations().add(SNILS));
    }

    @Test
    void isAnIllegalArgumentException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inn.parse("1"));
        assertEquals(InvalidIdentifierException.class, e.getClass());
    }

    @Test
    void needsAtLeastOneViolation() {
        assertThrows(IllegalArgumentException.class, () -> new InvalidIdentifierException(List.of()));
        assertThrows(NullPointerException.class, () -> new InvalidIdentifierException(null));
    }

    @Test
    void violationNeedsFieldRuleAndMessageButNotValue() {
        assertNull(INN.value());
        assertEquals("required", INN.rule());
        assertEquals("ИНН is required", INN.message());
        assertThrows(NullPointerException.class, () -> new Violation(null, "v", "r", "m"));
        assertThrows(NullPointerException.class, () -> new Violation("f", "v", null, "m"));
        assertThrows(NullPointerException.class, () -> new Violation("f", "v", "r", null));
    }
}
