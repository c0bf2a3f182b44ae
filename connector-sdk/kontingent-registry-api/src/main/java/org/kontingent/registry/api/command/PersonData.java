package org.kontingent.registry.api.command;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as written to the registry: the whole record, with its identity documents. An update
 * replaces every field; documents missing from it are removed.
 *
 * @param sex M or F, or null when unknown
 * @param snils the СНИЛС, 11 digits with or without separators, or null
 * @param citizenship the country's code (ОКСМ alpha-2, for example RU), or null
 */
public record PersonData(String surname, String name, String patronymic, LocalDate birthDate, String sex, String snils,
        String citizenship, String birthplace, String registrationAddress, String residenceAddress, String phone,
        String email, List<DocumentData> documents) {

    public PersonData {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /**
     * An identity document.
     *
     * @param type a document type code: birth-certificate, passport, foreign-document or other
     */
    public record DocumentData(String type, String series, String number, LocalDate issuedOn, String issuer) {
    }
}
