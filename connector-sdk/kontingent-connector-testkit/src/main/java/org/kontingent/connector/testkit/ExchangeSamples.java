package org.kontingent.connector.testkit;

import java.time.LocalDate;
import java.util.List;

import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;

/** Valid records for connectors' tests: real-looking names, СНИЛС with correct check digits. */
public final class ExchangeSamples {
    private ExchangeSamples() {
    }

    /**
     * A СНИЛС with its check digits, formatted 123-456-789 64, from its nine-digit number (above
     * 001-001-998, where check digits apply).
     */
    public static String snils(int number) {
        if (number <= 1_001_998 || number > 999_999_999) {
            throw new IllegalArgumentException("a СНИЛС number from 001-001-999 to 999-999-999");
        }
        String digits = String.format("%09d", number);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int check = sum < 100 ? sum : sum % 101 == 100 ? 0 : sum % 101;
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6) + " "
                + String.format("%02d", check);
    }

    /** A learner born in 2015. */
    public static PersonRecord learner(String id, String surname, String name, String snils) {
        return new PersonRecord(id, surname, name, null, LocalDate.of(2015, 5, 5), "F", snils, "RU", null, null, null, null,
                null, List.of());
    }

    /** A learner's membership from the first of September 2026. */
    public static MembershipRecord enrolled(String id, String person, String organization) {
        return new MembershipRecord(id, person, organization, "learner", LocalDate.of(2026, 9, 1), null, null,
                new MembershipRecord.OrderRecord("12-к", LocalDate.of(2026, 8, 28)), null, null, null);
    }
}
