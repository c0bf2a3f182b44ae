package org.kontingent.demo.internal;

import java.time.LocalDate;

/**
 * A synthetic person of the demo region.
 *
 * @param key the generator's own number of the person, unique in one generated region
 * @param snils the 11 digits of a valid СНИЛС, or null (a second entry of a person, see {@link NearDuplicates})
 */
record DemoPerson(long key, String surname, String name, String patronymic, LocalDate birthDate, Sex sex, String snils) {
}
