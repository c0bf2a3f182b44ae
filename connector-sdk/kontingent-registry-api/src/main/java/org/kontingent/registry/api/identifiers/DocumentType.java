package org.kontingent.registry.api.identifiers;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of identity documents the registry keeps, each with a stable code for APIs and storage. */
public enum DocumentType {
    /** Свидетельство о рождении РФ: a birth certificate issued in the Russian Federation. */
    BIRTH_CERTIFICATE("birth-certificate"),
    /** Паспорт гражданина РФ: the internal passport of a citizen of the Russian Federation. */
    PASSPORT("passport"),
    /** Документ иностранного гражданина: an identity document of a foreign citizen. */
    FOREIGN_DOCUMENT("foreign-document"),
    /** Any other identity document. */
    OTHER("other");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    /** @return the stable code, for example {@code birth-certificate} */
    public String code() {
        return code;
    }

    /**
     * @param code a stable code, for example {@code passport}; compared exactly
     * @return the type with that code
     * @throws IllegalArgumentException naming the value and the allowed codes if no type has that code
     */
    public static DocumentType fromCode(String code) {
        for (DocumentType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown document type \"" + code + "\": expected one of "
                + Arrays.stream(values()).map(DocumentType::code).collect(Collectors.joining(", ")));
    }
}
