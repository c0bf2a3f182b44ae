package org.kontingent.registry.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.identifiers.Snils;

/** A refused write as the API answers it: the record, and each field, value and rule. */
class InvalidRecordMapperTest {

    @Test
    void eachBrokenRuleNamesTheRecordFieldValueAndRule() {
        InvalidRecordException refused = new InvalidRecordException("new person", Snils.check("snils", "112-233-445 96"));

        ApiError error = InvalidRecordMapper.error(refused);

        assertEquals("registry.invalid-record", error.code());
        assertEquals(List.of(new ApiError.Violation("new person", "snils", "112-233-445 96", "snils.checksum",
                refused.violations().get(0).message())), error.violations());
        assertEquals("new person: " + refused.violations().get(0).message(), error.message());
    }
}
