package org.kontingent.registry.api.query;

import java.time.LocalDate;

/**
 * A person in a list. The СНИЛС is given masked ({@code ***-***-445 95}): lists do not need it
 * whole.
 *
 * @param sex M or F, or null when unknown
 */
public record PersonSummary(long id, String surname, String name, String patronymic, LocalDate birthDate, String sex,
        String maskedSnils) {
}
