package org.kontingent.gateway.internal;

import java.util.Map;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.registry.api.batch.RegistryBatches;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.identifiers.Violation;

/** The published error code of each rule the registry names in a violation. */
final class ErrorCodes {
    private static final Map<String, ErrorCode> BY_RULE = Map.ofEntries(
            Map.entry(Violation.REQUIRED, ErrorCode.REQUIRED),
            Map.entry("snils.unique", ErrorCode.IDENTIFIER_TAKEN),
            Map.entry("document.unique", ErrorCode.IDENTIFIER_TAKEN),
            Map.entry("person.ambiguous", ErrorCode.AMBIGUOUS_PERSON),
            Map.entry("person.merged", ErrorCode.MERGED_PERSON),
            Map.entry("class-group.organization", ErrorCode.CLASS_OF_OTHER_ORGANIZATION),
            Map.entry("class-group.year", ErrorCode.CLASS_OF_OTHER_ORGANIZATION),
            Map.entry("academic-year.exists", ErrorCode.DICTIONARY),
            Map.entry("membership.concurrent-general", ErrorCode.CONCURRENT_SCHOOLS),
            Map.entry("membership.age-range", ErrorCode.AGE_OUT_OF_RANGE),
            Map.entry("sex.value", ErrorCode.DICTIONARY),
            Map.entry("role.value", ErrorCode.DICTIONARY),
            Map.entry("text.control", ErrorCode.FORMAT),
            Map.entry(RegistryBatches.OUTRANKED, ErrorCode.LOWER_PRIORITY),
            Map.entry(ExtensionData.NOT_INSTALLED, ErrorCode.EXTENSION_NOT_INSTALLED),
            Map.entry(ExtensionData.UNKNOWN_ENTITY, ErrorCode.INVALID_VALUE));
    /** The registry's names of fields the exchange model names otherwise. */
    private static final Map<String, String> EXCHANGE_FIELDS = Map.of("studyFormCode", "studyForm", "reasonCode", "leavingReason",
            "relationshipCode", "relationship", "organizationId", "organization", "personId", "person");
    private static final Set<String> PERIOD_RULES = Set.of("membership.overlap", "period.overlap", "membership.ended",
            "membership.ends-before-start", "membership.placement-after-end", "class-placement.later", "membership.not-held");

    private ErrorCodes() {
    }

    static ErrorCode of(String rule) {
        ErrorCode code = BY_RULE.get(rule);
        if (code != null) {
            return code;
        }
        if (PERIOD_RULES.contains(rule)) {
            return ErrorCode.PERIOD_CONFLICT;
        }
        if (rule.startsWith("dictionary.")) {
            return ErrorCode.DICTIONARY;
        }
        if (rule.endsWith(".checksum")) {
            return ErrorCode.CHECKSUM;
        }
        if (rule.endsWith(".format") || rule.endsWith(".first-digit")
                || rule.equals("document.series") || rule.equals("document.number") || rule.equals("document.type")) {
            return ErrorCode.FORMAT;
        }
        if (rule.startsWith("reference.") || rule.endsWith(".exists")) {
            return ErrorCode.UNKNOWN_REFERENCE;
        }
        return ErrorCode.INVALID_VALUE;
    }

    /** A registry's violation of a record as an error of the package, on the field as the exchange model names it. */
    static RecordError of(String record, Violation v) {
        return of(of(v.rule()), record, v);
    }

    /**
     * A notice on a record that was applied all the same, as a flagged finding: its rule's code when
     * that one flags, else {@link ErrorCode#DOUBTFUL_VALUE} (a rule of an extension, say), never a
     * code that would say the record was refused.
     */
    static RecordError notice(String record, Violation v) {
        ErrorCode code = of(v.rule());
        return of(code.severity() == ErrorCode.Severity.FLAGGED ? code : ErrorCode.DOUBTFUL_VALUE, record, v);
    }

    private static RecordError of(ErrorCode code, String record, Violation v) {
        return new RecordError(code, record, EXCHANGE_FIELDS.getOrDefault(v.field(), v.field()), v.value(), v.message());
    }
}
