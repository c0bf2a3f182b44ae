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
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InnTest {

    private static final int[] W10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] W11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] W12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private static int reference(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10;
    }

    @Test
    void sberbankIsValid() {
        assertEquals(3, reference("770708389", W10));
        assertEquals(List.of(), Inn.check("inn", "7707083893"));
        Inn inn = Inn.parse("7707083893");
        assertTrue(inn.isOrganization());
        assertEquals("7707083893", inn.digits());
        assertEquals("3", Inn.checkDigits("770708389"));
    }

    @Test
    void wrongCheckDigitOfAnOrganization() {
        assertEquals(List.of(new Violation("inn", "7707083894", "inn.checksum",
                "ИНН 7707083894: the check digit should be 3")), Inn.check("inn", "7707083894"));
    }

    @Test
    void individualNumberBuiltWithCheckDigits() {
        String prefix = "5001007322";
        String expected = "" + reference(prefix + "0", W11);
        expected += reference(prefix + expected, W12);
        assertEquals(expected, Inn.checkDigits(prefix));
        String inn = prefix + expected;
        assertEquals(List.of(), Inn.check("inn", inn));
        assertFalse(Inn.parse(inn).isOrganization());

        String wrong11 = prefix + (char) ('0' + (inn.charAt(10) - '0' + 1) % 10) + inn.charAt(11);
        String wrong12 = inn.substring(0, 11) + (char) ('0' + (inn.charAt(11) - '0' + 1) % 10);
        for (String wrong : List.of(wrong11, wrong12)) {
            List<Violation> violations = Inn.check("inn", wrong);
            assertEquals(1, violations.size(), wrong);
            assertEquals("inn.checksum", violations.get(0).rule());
            assertEquals("ИНН " + wrong + ": the check digits should be " + expected, violations.get(0).message());
        }
    }

    @Test
    void checkDigitsAgreesWithTheReferenceOnManyNumbers() {
        Random random = new Random(7707083893L);
        for (int i = 0; i < 2_000; i++) {
            String nine = String.format("%09d", random.nextInt(1_000_000_000));
            assertEquals("" + reference(nine, W10), Inn.checkDigits(nine), nine);
            assertEquals(List.of(), Inn.check("inn", nine + Inn.checkDigits(nine)));

            String ten = nine + random.nextInt(10);
            int n11 = reference(ten, W11);
            int n12 = reference(ten + n11, W12);
            assertEquals("" + n11 + n12, Inn.checkDigits(ten), ten);
            assertEquals(List.of(), Inn.check("inn", ten + n11 + n12));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"770708389", "77070838931", "7707083893123", "1"})
    void rejectsWrongLength(String value) {
        List<Violation> violations = Inn.check("inn", value);
        assertEquals("inn.length", violations.get(0).rule(), value);
        assertTrue(violations.get(0).message().contains(value.length() + " digits"), violations.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"77070838a3", "7707-083893", "7707 083893", "ИНН7707083893"})
    void rejectsNonDigits(String value) {
        assertEquals("inn.format", Inn.check("inn", value).get(0).rule(), value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missingValueIsRequired(String value) {
        assertEquals(List.of(new Violation("org.inn", value, "required", "ИНН is required")),
                Inn.check("org.inn", value));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(Inn.parse("7707083893"), Inn.parse(" 7707083893 "));
        assertEquals("7707083893", Inn.parse(" 7707083893\t").digits());
        assertEquals("7707083893", Inn.parse("\u00A07707083893\u00A0").digits());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678", "12345678901", "12345678a"})
    void checkDigitsRejectsAnythingButNineOrTenDigits(String value) {
        assertThrows(IllegalArgumentException.class, () -> Inn.checkDigits(value));
    }

    @Test
    void individualNumberIsMaskedInToString() {
        String inn = "5001007322" + Inn.checkDigits("5001007322");
        Inn individual = Inn.parse(inn);
        assertEquals("********" + inn.substring(8), individual.toString());
        assertFalse(individual.toString().contains("50010073"));
        assertEquals("7707083893", Inn.parse("7707083893").toString());
    }

    @Test
    void parseThrowsAndEqualityFollowsTheDigits() {
        assertEquals("inn.checksum", assertThrows(InvalidIdentifierException.class,
                () -> Inn.parse("7707083894")).violations().get(0).rule());
        assertEquals(Inn.parse("7707083893").hashCode(), Inn.parse("7707083893").hashCode());
        Inn other = Inn.parse("500100732" + Inn.checkDigits("500100732"));
        assertNotEquals(Inn.parse("7707083893"), other);
        assertEquals(other, Inn.parse(other.digits()));
    }
}
