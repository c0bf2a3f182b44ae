package org.kontingent.registry.api.query;

import java.time.LocalDate;

/**
 * What to look for among persons; every criterion is optional and they combine. Surname, name
 * and patronymic are compared in their normal form (case, ё/е and spacing do not matter) and
 * match whole or by their start. When that finds fewer than ten persons, the search widens to
 * fragments (three letters or more) inside the parts, and then to spellings one typo away;
 * closer matches always come first.
 *
 * @param surname all or the start or a fragment of the surname
 * @param name all or the start or a fragment of the name
 * @param patronymic all or the start or a fragment of the patronymic
 * @param birthDate the exact birth date
 * @param age the age in full years on {@code asOf}
 * @param documentType a document type code ({@code birth-certificate}, {@code passport}, ...)
 * @param documentSeries the series of an identity document, as written on it
 * @param documentNumber the number of an identity document, as written on it
 * @param sex M or F
 * @param who which persons: learners, legal representatives of learners, or staff on
 *        {@code asOf}, or anyone (the default)
 * @param authorityId persons with a membership on {@code asOf} in an organization managed by this
 *        authority or any authority under it (for representatives: whose learners have one)
 * @param organizationId persons with a membership on {@code asOf} in this organization (for
 *        representatives: whose learners have one)
 * @param asOf the day that memberships and ages are taken on; today when null
 * @param typos whether the search may widen to spellings one typo away
 */
public record PersonSearch(String surname, String name, String patronymic, LocalDate birthDate, Integer age,
        String documentType, String documentSeries, String documentNumber, String sex, Who who, Long authorityId,
        Long organizationId, LocalDate asOf, boolean typos) {

    /** The persons a search looks among. */
    public enum Who {
        /** Every person. */
        ALL,
        /** Persons with a learner membership on the day. */
        LEARNERS,
        /** Legal representatives of persons with a learner membership on the day. */
        REPRESENTATIVES,
        /** Persons with a staff membership on the day. */
        STAFF
    }

    /**
     * @throws IllegalArgumentException naming the criterion when the age is negative or the sex is
     *         neither M nor F
     */
    public PersonSearch {
        if (who == null) {
            who = Who.ALL;
        }
        if (age != null && (age < 0 || age > 150)) {
            throw new IllegalArgumentException("age " + age + " is not between 0 and 150");
        }
        if (sex != null && !sex.equals("M") && !sex.equals("F")) {
            throw new IllegalArgumentException("sex \"" + sex + "\" is neither M nor F");
        }
    }

    /** A search for everyone, tolerant of typos, to be narrowed with the {@code with...} methods. */
    public static PersonSearch everyone() {
        return new PersonSearch(null, null, null, null, null, null, null, null, null, Who.ALL, null, null, null, true);
    }

    public PersonSearch withNames(String surname, String name, String patronymic) {
        return new PersonSearch(surname, name, patronymic, birthDate, age, documentType, documentSeries, documentNumber, sex,
                who, authorityId, organizationId, asOf, typos);
    }

    public PersonSearch withBirth(LocalDate birthDate, Integer age) {
        return new PersonSearch(surname, name, patronymic, birthDate, age, documentType, documentSeries, documentNumber, sex,
                who, authorityId, organizationId, asOf, typos);
    }

    public PersonSearch withDocument(String documentType, String documentSeries, String documentNumber) {
        return new PersonSearch(surname, name, patronymic, birthDate, age, documentType, documentSeries, documentNumber, sex,
                who, authorityId, organizationId, asOf, typos);
    }

    public PersonSearch withSex(String sex) {
        return new PersonSearch(surname, name, patronymic, birthDate, age, documentType, documentSeries, documentNumber, sex,
                who, authorityId, organizationId, asOf, typos);
    }

    public PersonSearch within(Who who, Long authorityId, Long organizationId, LocalDate asOf) {
        return new PersonSearch(surname, name, patronymic, birthDate, age, documentType, documentSeries, documentNumber, sex,
                who, authorityId, organizationId, asOf, typos);
    }

    public PersonSearch withTypos(boolean typos) {
        return new PersonSearch(surname, name, patronymic, birthDate, age, documentType, documentSeries, documentNumber, sex,
                who, authorityId, organizationId, asOf, typos);
    }
}
