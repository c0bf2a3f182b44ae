package org.kontingent.gateway.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.registry.api.identifiers.Violation;

class ErrorCodesTest {

    @Test
    void aViolationThatRefusesKeepsItsRulesCodeOnTheExchangeModelsField() {
        RecordError error = ErrorCodes.of("memberships[0] (id m-1)", new Violation("studyFormCode", "evening", "dictionary.study-form",
                "No such study form"));
        assertEquals(ErrorCode.DICTIONARY, error.code());
        assertEquals("studyForm", error.field());
        assertEquals("evening", error.value());
    }

    @Test
    void aNoticeIsFlaggedWithItsRulesCodeOrAsADoubtfulValueNeverAsARefusal() {
        RecordError age = ErrorCodes.notice("memberships[0] (id m-1)", new Violation("birthDate", "2001-01-01",
                "membership.age-range", "25 years old in a general school"));
        assertEquals(ErrorCode.AGE_OUT_OF_RANGE, age.code());
        RecordError extension = ErrorCodes.notice("extensions[3] (id c-1)", new Violation("organization", "9402",
                "health.no-learner-membership", "No learner membership in the organization on 2026-09-10"));
        assertEquals(ErrorCode.DOUBTFUL_VALUE, extension.code());
        assertEquals(ErrorCode.Severity.FLAGGED, extension.code().severity());
        assertEquals(ErrorCode.INVALID_VALUE, ErrorCodes.of("extensions[3] (id c-1)", new Violation("organization", "9402",
                "health.no-learner-membership", "refused where a rule refuses")).code());
    }
}
