package org.kontingent.connector.api.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * A person (learner, staff member or representative) as the provider knows them. A later record
 * with the same {@code id} replaces every field; documents missing from it are removed.
 *
 * @param id the provider's own id of the person, stable across packages
 * @param sex M or F, or null when unknown
 * @param snils the СНИЛС, 11 digits with or without separators, or null
 * @param citizenship the country's ОКСМ alpha-2 code, for example RU, or null
 */
public record PersonRecord(String id, String surname, String name, String patronymic, LocalDate birthDate, String sex,
        String snils, String citizenship, String birthplace, String registrationAddress, String residenceAddress,
        String phone, String email, List<DocumentRecord> documents) {

    public PersonRecord {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /**
     * An identity document.
     *
     * @param type birth-certificate, passport, foreign-document or other
     */
    public record DocumentRecord(String type, String series, String number, LocalDate issuedOn, String issuer) {
    }
}
