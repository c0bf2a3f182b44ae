package org.kontingent.registry.api.identity;

import java.time.LocalDate;

/**
 * What an outside record says about who a person is. The СНИЛС identifies a person by itself;
 * without it, the combined identifier does: the name in normal form, the birth date and an
 * identity document.
 *
 * @param snils the СНИЛС, or null
 * @param documentType a document type code, or null
 */
public record IdentityKey(String snils, String surname, String name, String patronymic, LocalDate birthDate,
        String documentType, String documentSeries, String documentNumber) {
}
