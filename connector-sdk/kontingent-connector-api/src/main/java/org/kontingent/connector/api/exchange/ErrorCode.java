package org.kontingent.connector.api.exchange;

/**
 * The published table of error codes of the exchange: the code an error packet carries, what it
 * means and whether the record was refused or only flagged. Codes never change meaning; new ones
 * are added.
 *
 * <ul>
 * <li>1xx — the package as a whole could not be taken;</li>
 * <li>2xx — level 1, a record on its own: refused;</li>
 * <li>3xx — level 2, a record against the registry and the other records: refused or flagged;</li>
 * <li>5xx — the platform failed; the package is retried.</li>
 * </ul>
 */
public enum ErrorCode {
    MALFORMED(101, Severity.PACKAGE, "The package cannot be read in its format"),
    UNSUPPORTED_FORMAT(102, Severity.PACKAGE, "No installed connector reads this format"),
    UNSUPPORTED_VERSION(103, Severity.PACKAGE, "The exchange model version is not one the gateway reads"),
    TOO_LARGE(104, Severity.PACKAGE, "The package is larger than the gateway takes"),
    ENCODING(105, Severity.PACKAGE, "The package is not in the declared or expected text encoding"),
    EMPTY(106, Severity.PACKAGE, "The package holds no records"),
    PROVIDER_SUSPENDED(107, Severity.PACKAGE, "The provider is suspended"),

    REQUIRED(201, Severity.REFUSED, "A required field is missing"),
    FORMAT(202, Severity.REFUSED, "A field's value is not in its format"),
    CHECKSUM(203, Severity.REFUSED, "A check digit does not match (СНИЛС, ИНН, ОГРН)"),
    DICTIONARY(204, Severity.REFUSED, "A value is not in the registry's dictionary"),
    UNKNOWN_ORGANIZATION(205, Severity.REFUSED, "The organization is not registered for the provider"),
    ORGANIZATION_NOT_PERMITTED(206, Severity.REFUSED, "The provider may not write to the organization"),
    UNKNOWN_REFERENCE(207, Severity.REFUSED, "A referenced record is neither in the package nor sent before"),
    UNKNOWN_FIELD(208, Severity.REFUSED, "The record has a field the exchange model does not know"),
    EXTENSION_NOT_INSTALLED(209, Severity.REFUSED, "The data belongs to an extension that is not installed"),
    INVALID_VALUE(210, Severity.REFUSED, "A value breaks a rule of the registry (dates, names, lengths)"),
    REPEATED_IN_PACKAGE(211, Severity.REFUSED, "The same record id appears twice in the package"),

    IDENTIFIER_TAKEN(301, Severity.REFUSED, "The СНИЛС or document belongs to another person in the registry"),
    AMBIGUOUS_PERSON(302, Severity.REFUSED, "Several persons of the registry fit the record equally"),
    MERGED_PERSON(303, Severity.REFUSED, "The person was merged into another; send that one"),
    PERIOD_CONFLICT(304, Severity.REFUSED, "The period overlaps the person's other time in the organization or breaks its order"),
    CLASS_OF_OTHER_ORGANIZATION(305, Severity.REFUSED, "The class or group belongs to another organization or year"),
    CONCURRENT_SCHOOLS(311, Severity.FLAGGED, "The learner is in another general school at the same time"),
    AGE_OUT_OF_RANGE(312, Severity.FLAGGED, "The learner's age is out of the range of the organization's level"),
    LOWER_PRIORITY(313, Severity.FLAGGED, "A provider of higher priority in the organization holds this fact; the value sent"
            + " is kept in provenance, not applied"),
    DOUBTFUL_VALUE(314, Severity.FLAGGED, "A value is doubtful by a rule that does not refuse the record (an extension's"
            + " check against the registry, such as a learner with no membership in the organization at the time); applied"),

    INTERNAL(501, Severity.PACKAGE, "The platform failed to process the package; it will be retried");

    /** What an error does to what it is about. */
    public enum Severity {
        /** The whole package was not taken. */
        PACKAGE,
        /** The record was not applied. */
        REFUSED,
        /** The record was applied; the finding is shown to the provider and the organization. */
        FLAGGED
    }

    private final int number;
    private final Severity severity;
    private final String meaning;

    ErrorCode(int number, Severity severity, String meaning) {
        this.number = number;
        this.severity = severity;
        this.meaning = meaning;
    }

    /** The number an error packet carries. */
    public int number() {
        return number;
    }

    public Severity severity() {
        return severity;
    }

    /** What the code means, in English; the console shows its own translation. */
    public String meaning() {
        return meaning;
    }

    /** The code with a number. */
    public static ErrorCode of(int number) {
        for (ErrorCode code : values()) {
            if (code.number == number) {
                return code;
            }
        }
        throw new IllegalArgumentException("no error code " + number);
    }
}
