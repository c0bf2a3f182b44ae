package org.kontingent.registry.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SnilsTest {

    /** The official rule written out independently of the implementation. */
    private static String reference(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        int check;
        if (sum < 100) {
            check = sum;
        } else if (sum == 100 || sum == 101) {
            check = 0;
        } else {
            int rest = sum % 101;
            check = rest == 100 ? 0 : rest;
        }
        return String.format("%02d", check);
    }

    private static int weightedSum(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        return sum;
    }

    @Test
    void publishedExampleIsValid() {
        assertEquals("95", reference("112233445"));
        assertEquals(List.of(), Snils.check("snils", "112-233-445 95"));
        Snils snils = Snils.parse("112-233-445 95");
        assertEquals("11223344595", snils.digits());
        assertEquals("112-233-445 95", snils.formatted());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11223344595", "112-233-445 95", "112 233 445 95", "112-233-445-95",
        " 112 233 445 95 ", "112\u00A0233\u00A0445\u00A095", "1122334459 5"})
    void acceptsSpacesAndHyphens(String value) {
        assertEquals("11223344595", Snils.parse(value).digits());
    }

    @Test
    void wrongCheckNumberNamesTheExpectedOne() {
        List<Violation> violations = Snils.check("guardian.snils", "112-233-445 96");
        assertEquals(List.of(new Violation("guardian.snils", "112-233-445 96", "snils.checksum",
                "СНИЛС 112-233-445 96: the check number should be 95")), violations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1122334459", "112233445950", "11223344A95", "112.233.445 95", "112/233/445/95",
        "１１２２３３４４５９５", "---"})
    void rejectsWrongFormat(String value) {
        List<Violation> violations = Snils.check("snils", value);
        assertEquals(1, violations.size());
        assertEquals("snils.format", violations.get(0).rule());
        assertEquals(value, violations.get(0).value());
        assertTrue(violations.get(0).message().contains("11 digits"), violations.get(0).message());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", "\u00A0"})
    void missingValueIsRequired(String value) {
        assertEquals(List.of(new Violation("snils", value, "required", "СНИЛС is required")),
                Snils.check("snils", value));
    }

    @ParameterizedTest
    @CsvSource({
        // nine digits, weighted sum, check number
        "920000003, 100, 00",
        "920000004, 101, 00",
        "990000000, 153, 52",
        "996100000, 201, 00",
        "996200000, 207, 05",
        "100000000, 9, 09",
        "920000002, 99, 99"})
    void checkNumberFollowsTheSumRules(String nine, int sum, String check) {
        assertEquals(sum, weightedSum(nine));
        assertEquals(check, reference(nine));
        assertEquals(check, Snils.checkDigits(nine));
        if (Integer.parseInt(nine) > 1_001_998) {
            assertEquals(List.of(), Snils.check("snils", nine + check));
            String wrong = check.equals("00") ? "01" : "00";
            assertEquals("snils.checksum", Snils.check("snils", nine + wrong).get(0).rule());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"001-001-998 00", "001-001-998 99", "000-000-001 23", "000-000-000 00"})
    void numbersUpTo001001998AreNotChecked(String value) {
        assertEquals(List.of(), Snils.check("snils", value));
    }

    @Test
    void firstCheckedNumberIsChecked() {
        String check = reference("001001999");
        assertEquals("65", check);
        assertEquals(List.of(), Snils.check("snils", "001-001-999 65"));
        assertEquals("snils.checksum", Snils.check("snils", "001-001-999 00").get(0).rule());
    }

    @Test
    void checkDigitsAgreesWithTheReferenceOnManyNumbers() {
        Random random = new Random(20240901L);
        for (int i = 0; i < 5_000; i++) {
            String nine = String.format("%09d", random.nextInt(1_000_000_000));
            String check = Snils.checkDigits(nine);
            assertEquals(reference(nine), check, nine);
            if (Integer.parseInt(nine) > 1_001_998) {
                assertEquals(List.of(), Snils.check("snils", nine + check), nine);
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678", "1234567890", "12345678a", "112-233-44"})
    void checkDigitsRejectsAnythingButNineDigits(String value) {
        assertThrows(IllegalArgumentException.class, () -> Snils.checkDigits(value));
    }

    @Test
    void parseThrowsWithTheViolations() {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> Snils.parse("112-233-445 96"));
        assertEquals("snils", e.violations().get(0).field());
        assertEquals("snils.checksum", e.violations().get(0).rule());
        assertEquals("required", assertThrows(InvalidIdentifierException.class, () -> Snils.parse(null))
                .violations().get(0).rule());
    }

    @Test
    void toStringIsMasked() {
        Snils snils = Snils.parse("11223344595");
        assertEquals("***-***-445 95", snils.masked());
        assertEquals("***-***-445 95", snils.toString());
        assertFalse(snils.toString().contains("112"), snils.toString());
        assertFalse(snils.toString().contains("233"), snils.toString());
    }

    @Test
    void equalityFollowsTheDigits() {
        Snils a = Snils.parse("112-233-445 95");
        Snils b = Snils.parse("11223344595");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Snils.parse("001-001-999 65"));
        assertNotEquals(a, "11223344595");
    }
}
