package org.kontingent.registry.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kontingent.registry.api.identifiers.DocumentType.BIRTH_CERTIFICATE;
import static org.kontingent.registry.api.identifiers.DocumentType.FOREIGN_DOCUMENT;
import static org.kontingent.registry.api.identifiers.DocumentType.OTHER;
import static org.kontingent.registry.api.identifiers.DocumentType.PASSPORT;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityDocumentsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static List<String> rules(DocumentType type, String series, String number) {
        return rules(IdentityDocuments.check(type, series, number, null, null, TODAY));
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.rule()).collect(Collectors.toList());
    }

    // Birth certificate

    @ParameterizedTest
    @CsvSource({
        "IV-АБ, IV-АБ",
        "XII-ЮЖ, XII-ЮЖ",
        "I-ЁЁ, I-ЁЁ",
        "CCCXC-ЯЯ, CCCXC-ЯЯ",
        "iv-аб, IV-АБ",
        "IV\u2013АБ, IV-АБ",
        "IV АБ, IV-АБ",
        "'  xii  -  юж ', XII-ЮЖ",
        "XL\u00A0ЁЖ, XL-ЁЖ"})
    void birthCertificateSeriesIsNormalizedAndValid(String series, String normalized) {
        assertEquals(normalized, IdentityDocuments.normalizeSeries(BIRTH_CERTIFICATE, series));
        assertEquals(List.of(), rules(BIRTH_CERTIFICATE, series, "123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IIII-АБ", "VX-АБ", "IC-АБ", "LXXVIII-АБ", "IV-AB", "IV-АБВ", "IV-А", "IVАБ",
        "45-АБ", "\u0406V-АБ", "IV-", "-АБ", "IV--АБ", "IV-А1"})
    void birthCertificateSeriesOfAnotherShapeIsRejected(String series) {
        List<Violation> violations = IdentityDocuments.check(BIRTH_CERTIFICATE, series, "123456", null, null, TODAY);
        assertEquals(List.of("document.series document.series.format"), rules(violations), series);
        assertEquals(series, violations.get(0).value());
    }

    @Test
    void birthCertificateSeriesMessage() {
        assertEquals("Birth certificate series \"IV-AB\": expected a Roman numeral of 1 to 6 Latin letters I, V, X, L, C,"
                + " a hyphen and two Cyrillic capital letters, for example IV-АБ",
                IdentityDocuments.check(BIRTH_CERTIFICATE, "IV-AB", "123456", null, null, TODAY).get(0).message());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void birthCertificateAndPassportNeedASeries(String series) {
        assertEquals(List.of(new Violation("document.series", series, "required", "Birth certificate series is required")),
                IdentityDocuments.check(BIRTH_CERTIFICATE, series, "123456", null, null, TODAY));
        assertEquals(List.of(new Violation("document.series", series, "required", "Passport series is required")),
                IdentityDocuments.check(PASSPORT, series, "123456", null, null, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12345A", "12-34-56", "№123456"})
    void birthCertificateNumberIsSixDigits(String number) {
        assertEquals(List.of("document.number document.number.format"), rules(BIRTH_CERTIFICATE, "IV-АБ", number));
    }

    @Test
    void birthCertificateMayBeIssuedOnTheBirthDay() {
        LocalDate birth = LocalDate.of(2020, 3, 10);
        assertEquals(List.of(), IdentityDocuments.check(BIRTH_CERTIFICATE, "IV-АБ", "123 456", birth, birth, TODAY));
    }

    // Passport

    @ParameterizedTest
    @CsvSource({"45 06, 4506", "4506, 4506", "' 45  06 ', 4506", "45\u00A006, 4506"})
    void passportSeriesIsNormalizedAndValid(String series, String normalized) {
        assertEquals(normalized, IdentityDocuments.normalizeSeries(PASSPORT, series));
        assertEquals(List.of(), rules(PASSPORT, series, "123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"450", "45066", "45А6", "45-06", "IV-АБ"})
    void passportSeriesIsFourDigits(String series) {
        List<Violation> violations = IdentityDocuments.check(PASSPORT, series, "123456", null, null, TODAY);
        assertEquals(List.of(new Violation("document.series", series, "document.series.format",
                "Passport series \"" + series + "\": expected 4 digits, for example 45 06")), violations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12345O"})
    void passportNumberIsSixDigits(String number) {
        assertEquals(List.of(new Violation("document.number", number, "document.number.format",
                "Passport number \"" + number + "\": expected 6 digits")),
                IdentityDocuments.check(PASSPORT, "4506", number, null, null, TODAY));
    }

    @Test
    void passportNumberMayHoldSpaces() {
        assertEquals("123456", IdentityDocuments.normalizeNumber(PASSPORT, " 12 34 56 "));
        assertEquals(List.of(), rules(PASSPORT, "4506", "123 456"));
    }

    @Test
    void passportIsNotIssuedBeforeThe14thBirthday() {
        LocalDate birth = LocalDate.of(2005, 3, 10);
        assertEquals(List.of(), IdentityDocuments.check(PASSPORT, "4506", "123456", LocalDate.of(2019, 3, 10), birth, TODAY));
        List<Violation> early = IdentityDocuments.check(PASSPORT, "4506", "123456", LocalDate.of(2019, 3, 9), birth, TODAY);
        assertEquals(List.of(new Violation("document.issueDate", "2019-03-09", "document.issue-date.before-age",
                "Passport issue date 2019-03-09 is before the 14th birthday 2019-03-10: expected that date or later")),
                early);
        // the age rule is only for passports
        assertEquals(List.of(), IdentityDocuments.check(FOREIGN_DOCUMENT, null, "X1", LocalDate.of(2019, 3, 9), birth, TODAY));
    }

    @Test
    void passportOfSomeoneBornOn29February() {
        LocalDate birth = LocalDate.of(2008, 2, 29);
        assertEquals(List.of(), IdentityDocuments.check(PASSPORT, "4506", "123456", LocalDate.of(2022, 2, 28), birth, TODAY));
        assertEquals(List.of("document.issueDate document.issue-date.before-age"), rules(
                IdentityDocuments.check(PASSPORT, "4506", "123456", LocalDate.of(2022, 2, 27), birth, TODAY)));
    }

    // Foreign and other documents

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = {"FOREIGN_DOCUMENT", "OTHER"})
    void foreignAndOtherDocumentsTakeFreeSeriesAndNumbers(DocumentType type) {
        assertEquals(List.of(), rules(type, null, "AB 1234567"));
        assertEquals(List.of(), rules(type, "", "АБ-12"));
        assertEquals(List.of(), rules(type, "x".repeat(20), "1".repeat(30)));
        assertEquals(List.of(), rules(type, "Серия № 5 / b", "Ünal-7 ß"));
        assertEquals(List.of("document.series document.series.format"), rules(type, "x".repeat(21), "1"));
        assertEquals(List.of("document.number document.number.format"), rules(type, null, "1".repeat(31)));
        assertEquals(List.of("document.number document.number.format"), rules(type, null, "№123"));
        assertEquals(List.of("document.number document.number.format"), rules(type, null, "12/34"));
    }

    @Test
    void foreignSeriesAndNumberAreTrimmedCollapsedAndUppercased() {
        assertEquals("AB 12", IdentityDocuments.normalizeNumber(FOREIGN_DOCUMENT, "  ab   12 "));
        assertEquals("X Y", IdentityDocuments.normalizeSeries(OTHER, " x \t y "));
        // 20 characters after collapsing, 25 as received
        assertEquals(List.of(), rules(FOREIGN_DOCUMENT, "  abcde     fghijklmnopqr  ", "1"));
    }

    // All documents

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void numberIsRequired(DocumentType type) {
        String series = type == BIRTH_CERTIFICATE ? "IV-АБ" : "4506";
        for (String number : new String[] {null, "", "   "}) {
            List<Violation> violations = IdentityDocuments.check(type, series, number, null, null, TODAY);
            assertEquals(List.of("document.number required"), rules(violations), type + " " + number);
            assertEquals(number, violations.get(0).value());
        }
        assertEquals("Foreign document number is required",
                IdentityDocuments.check(FOREIGN_DOCUMENT, null, null, null, null, TODAY).get(0).message());
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void issueDateIsNotInTheFuture(DocumentType type) {
        String series = type == BIRTH_CERTIFICATE ? "IV-АБ" : "4506";
        assertEquals(List.of(), IdentityDocuments.check(type, series, "123456", TODAY, null, TODAY));
        assertEquals(List.of(new Violation("document.issueDate", "2025-06-02", "document.issue-date.future",
                "Issue date 2025-06-02 is in the future: expected today (2025-06-01) or earlier")),
                IdentityDocuments.check(type, series, "123456", TODAY.plusDays(1), null, TODAY));
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void issueDateIsNotBeforeTheBirthDate(DocumentType type) {
        String series = type == BIRTH_CERTIFICATE ? "IV-АБ" : "4506";
        LocalDate birth = LocalDate.of(2010, 1, 2);
        assertEquals(List.of(new Violation("document.issueDate", "2010-01-01", "document.issue-date.before-birth",
                "Issue date 2010-01-01 is before the birth date 2010-01-02: expected that date or later")),
                IdentityDocuments.check(type, series, "123456", LocalDate.of(2010, 1, 1), birth, TODAY));
    }

    @Test
    void withoutABirthDateOnlyTheFutureIsChecked() {
        assertEquals(List.of(), IdentityDocuments.check(PASSPORT, "4506", "123456", LocalDate.of(1900, 1, 1), null, TODAY));
    }

    @Test
    void allViolationsAreReportedInFieldOrder() {
        List<Violation> violations = IdentityDocuments.check(PASSPORT, "45", null, TODAY.plusYears(1),
                TODAY.plusYears(2), TODAY);
        assertEquals(List.of("document.series document.series.format", "document.number required",
                "document.issueDate document.issue-date.future", "document.issueDate document.issue-date.before-birth"),
                rules(violations));
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void blankSeriesAndNumberNormalizeToNull(DocumentType type) {
        assertNull(IdentityDocuments.normalizeSeries(type, null));
        assertNull(IdentityDocuments.normalizeSeries(type, " \u00A0"));
        assertNull(IdentityDocuments.normalizeNumber(type, ""));
        assertNull(IdentityDocuments.normalizeNumber(type, null));
    }

    @Test
    void typeAndTodayAreNeeded() {
        assertThrows(NullPointerException.class, () -> IdentityDocuments.check(null, "4506", "123456", null, null, TODAY));
        assertThrows(NullPointerException.class, () -> IdentityDocuments.check(PASSPORT, "4506", "123456", null, null, null));
    }
}
