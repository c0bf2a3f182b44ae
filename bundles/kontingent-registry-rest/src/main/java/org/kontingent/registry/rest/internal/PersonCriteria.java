package org.kontingent.registry.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PersonSearch.Who;

/** The query parameters of the person search, read into a {@link PersonSearch}; a wrong one is answered 400 naming it. */
final class PersonCriteria {
    /** Longer values are not names or numbers anyone types; they are refused rather than searched for. */
    private static final int MAX_LENGTH = 100;

    private PersonCriteria() {
    }

    static PersonSearch of(String surname, String name, String patronymic, String birthDate, Integer age, String documentType,
            String documentSeries, String documentNumber, String sex, String who, Long authority, Long organization,
            String asOf, Boolean typos) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("surname", surname);
        texts.put("name", name);
        texts.put("patronymic", patronymic);
        texts.put("documentType", documentType);
        texts.put("documentSeries", documentSeries);
        texts.put("documentNumber", documentNumber);
        texts.forEach((field, value) -> {
            if (value != null && value.length() > MAX_LENGTH) {
                throw QueryParameters.invalid(field, value.substring(0, 20) + "…", "at most " + MAX_LENGTH + " characters");
            }
        });
        return QueryParameters.refusing(() -> new PersonSearch(surname, name, patronymic, date("birthDate", birthDate), age,
                blank(documentType), blank(documentSeries), blank(documentNumber), blank(sex), who(who), authority, organization,
                asOf == null || asOf.isBlank() ? null : QueryParameters.day("asOf", asOf), typos == null || typos));
    }

    /** The criteria given, for the journal: {@code surname=Иванов, who=LEARNERS}. */
    static String describe(PersonSearch criteria) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("surname", criteria.surname());
        given.put("name", criteria.name());
        given.put("patronymic", criteria.patronymic());
        given.put("birthDate", criteria.birthDate());
        given.put("age", criteria.age());
        given.put("documentType", criteria.documentType());
        given.put("documentSeries", criteria.documentSeries());
        given.put("documentNumber", criteria.documentNumber());
        given.put("sex", criteria.sex());
        given.put("who", criteria.who());
        given.put("authority", criteria.authorityId());
        given.put("organization", criteria.organizationId());
        given.put("asOf", criteria.asOf());
        return given.entrySet().stream().filter(e -> e.getValue() != null).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static Who who(String value) {
        if (value == null || value.isBlank()) {
            return Who.LEARNERS;
        }
        try {
            return Who.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryParameters.invalid("who", value, "one of LEARNERS, REPRESENTATIVES, STAFF, ALL");
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw QueryParameters.invalid(field, value, "expected a date as YYYY-MM-DD, e.g. 2015-04-30");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
