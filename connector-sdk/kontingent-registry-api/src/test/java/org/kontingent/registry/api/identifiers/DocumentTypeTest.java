package org.kontingent.registry.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTypeTest {

    @Test
    void codesAreStable() {
        assertEquals("birth-certificate", DocumentType.BIRTH_CERTIFICATE.code());
        assertEquals("passport", DocumentType.PASSPORT.code());
        assertEquals("foreign-document", DocumentType.FOREIGN_DOCUMENT.code());
        assertEquals("other", DocumentType.OTHER.code());
        assertEquals(4, DocumentType.values().length);
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void fromCodeFindsEachType(DocumentType type) {
        assertSame(type, DocumentType.fromCode(type.code()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"PASSPORT", "birth_certificate", " passport", "visa"})
    void unknownCodeNamesTheValueAndTheAllowedCodes(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentType.fromCode(code));
        assertTrue(e.getMessage().contains("\"" + code + "\""), e.getMessage());
        assertTrue(e.getMessage().endsWith("birth-certificate, passport, foreign-document, other"), e.getMessage());
    }
}
