package org.kontingent.connector.dnevnik.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** Asserts that the Dnevnik format refuses a package as a whole, with a code. */
final class UnreadableAssert {
    private UnreadableAssert() {
    }

    static void code(ErrorCode expected, String envelope) {
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class, () -> new DnevnikPackageFormat()
                .read(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)), "test.json"), envelope);
        assertEquals(expected, e.code(), e.getMessage());
    }
}
