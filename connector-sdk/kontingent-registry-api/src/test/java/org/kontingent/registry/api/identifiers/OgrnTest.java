package org.kontingent.registry.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OgrnTest {

    /** The rule computed with BigInteger, independently of the implementation's long arithmetic. */
    private static String reference(String prefix) {
        BigInteger divisor = BigInteger.valueOf(prefix.length() == 12 ? 11 : 13);
        return new BigInteger(prefix).mod(divisor).mod(BigInteger.TEN).toString();
    }

    private static String withOtherLastDigit(String digits) {
        int last = digits.charAt(digits.length() - 1) - '0';
        return digits.substring(0, digits.length() - 1) + (last + 1) % 10;
    }

    @Test
    void sberbankIsValid() {
        assertEquals("5", reference("102770013219"));
        assertEquals("5", Ogrn.checkDigit("102770013219"));
        assertEquals(List.of(), Ogrn.check("ogrn", "1027700132195"));
        Ogrn ogrn = Ogrn.parse("1027700132195");
        assertFalse(ogrn.isIndividualEntrepreneur());
        assertEquals("1027700132195", ogrn.digits());
        assertEquals("1027700132195", ogrn.toString());
    }

    @Test
    void wrongCheckDigit() {
        assertEquals(List.of(new Violation("ogrn", "1027700132196", "ogrn.checksum",
                "ОГРН 1027700132196: the check digit should be 5")), Ogrn.check("ogrn", "1027700132196"));
    }

    @Test
    void legalEntityMayStartWith5() {
        String prefix = "512345678901";
        String ogrn = prefix + reference(prefix);
        assertEquals(List.of(), Ogrn.check("ogrn", ogrn));
        assertEquals("ogrn.checksum", Ogrn.check("ogrn", withOtherLastDigit(ogrn)).get(0).rule());
    }

    @Test
    void individualEntrepreneur() {
        String prefix = "30477000004600";
        String ogrnip = prefix + reference(prefix);
        assertEquals(reference(prefix), Ogrn.checkDigit(prefix));
        assertEquals(List.of(), Ogrn.check("ogrn", ogrnip));
        assertTrue(Ogrn.parse(ogrnip).isIndividualEntrepreneur());

        String wrong = withOtherLastDigit(ogrnip);
        assertEquals(List.of(new Violation("ogrn", wrong, "ogrn.checksum",
                "ОГРНИП " + wrong + ": the check digit should be " + reference(prefix))), Ogrn.check("ogrn", wrong));
    }

    @Test
    void firstDigitMustFitTheLength() {
        String entity = "202770013219" + reference("202770013219");
        List<Violation> violations = Ogrn.check("ogrn", entity);
        assertEquals("ogrn.first-digit", violations.get(0).rule());
        assertEquals("ОГРН " + entity + ": the first digit should be 1 or 5", violations.get(0).message());

        String entrepreneur = "10477000004600" + reference("10477000004600");
        violations = Ogrn.check("ogrn", entrepreneur);
        assertEquals("ogrn.first-digit", violations.get(0).rule());
        assertEquals("ОГРНИП " + entrepreneur + ": the first digit should be 3", violations.get(0).message());

        String thirteenStartingWith3 = "302770013219" + reference("302770013219");
        assertEquals("ogrn.first-digit", Ogrn.check("ogrn", thirteenStartingWith3).get(0).rule());
    }

    @Test
    void checkDigitAgreesWithTheReferenceOnManyNumbers() {
        Random random = new Random(1027700132195L);
        for (int i = 0; i < 2_000; i++) {
            String twelve = "1" + String.format("%011d", Math.floorMod(random.nextLong(), 100_000_000_000L));
            assertEquals(reference(twelve), Ogrn.checkDigit(twelve), twelve);
            assertEquals(List.of(), Ogrn.check("ogrn", twelve + Ogrn.checkDigit(twelve)));
            String fourteen = "3" + String.format("%013d", Math.floorMod(random.nextLong(), 10_000_000_000_000L));
            assertEquals(reference(fourteen), Ogrn.checkDigit(fourteen), fourteen);
            assertEquals(List.of(), Ogrn.check("ogrn", fourteen + Ogrn.checkDigit(fourteen)));
        }
        assertEquals(reference("99999999999999"), Ogrn.checkDigit("99999999999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"102770013219", "10277001321950", "3047700000460011", "1"})
    void rejectsWrongLength(String value) {
        assertEquals("ogrn.length", Ogrn.check("ogrn", value).get(0).rule(), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"102770013219O", "1027700-132195", "1 027700132195"})
    void rejectsNonDigits(String value) {
        assertEquals("ogrn.format", Ogrn.check("ogrn", value).get(0).rule(), value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missingValueIsRequired(String value) {
        assertEquals(List.of(new Violation("ogrn", value, "required", "ОГРН is required")),
                Ogrn.check("ogrn", value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"10277001321", "1027700132195", "1234567890123", "10277001321a"})
    void checkDigitRejectsAnythingButTwelveOrFourteenDigits(String value) {
        assertThrows(IllegalArgumentException.class, () -> Ogrn.checkDigit(value));
    }

    @Test
    void parseThrowsAndEqualityFollowsTheDigits() {
        assertEquals("ogrn.checksum", assertThrows(InvalidIdentifierException.class,
                () -> Ogrn.parse("1027700132196")).violations().get(0).rule());
        assertEquals(Ogrn.parse("1027700132195"), Ogrn.parse(" 1027700132195 "));
        assertEquals(Ogrn.parse("1027700132195").hashCode(), Ogrn.parse(" 1027700132195").hashCode());
        String other = "512345678901" + reference("512345678901");
        assertNotEquals(Ogrn.parse("1027700132195"), Ogrn.parse(other));
    }
}
