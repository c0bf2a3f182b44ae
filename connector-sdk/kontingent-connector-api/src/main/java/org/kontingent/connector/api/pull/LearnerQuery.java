package org.kontingent.connector.api.pull;

import java.time.LocalDate;

/**
 * Who the registry asks a source about: by СНИЛС, or by name and birth date.
 *
 * @param snils the СНИЛС, or null
 */
public record LearnerQuery(String snils, String surname, String name, String patronymic, LocalDate birthDate) {
}
