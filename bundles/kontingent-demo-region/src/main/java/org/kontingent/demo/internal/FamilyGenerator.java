package org.kontingent.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes families of the demo region. Everything comes from one seeded random source, so the
 * same seed gives the same region.
 */
final class FamilyGenerator {
    private final RussianNames names;
    private final SplittableRandom random;
    private final SnilsSequence snils;
    private long nextKey = 1;

    FamilyGenerator(RussianNames names, long seed) {
        this.names = names;
        this.random = new SplittableRandom(seed);
        this.snils = new SnilsSequence(2_000_000L + Math.floorMod(seed, 100_000_000L));
    }

    /** A family with one child for each birth date; the parents are 20 to 40 years older than the eldest. */
    Family family(List<LocalDate> childBirthDates) {
        LocalDate eldest = childBirthDates.stream().min(LocalDate::compareTo).orElseThrow();
        String surname = names.surname(random);
        String fatherName = names.fatherName(random);
        DemoPerson father = person(surname, fatherName, names.patronymic(names.fatherName(random), Sex.MALE),
                eldest.minusYears(22 + random.nextInt(18)).minusDays(random.nextInt(365)), Sex.MALE);
        String motherSurname = random.nextInt(10) == 0 ? names.surname(random) : surname;
        DemoPerson mother = person(RussianNames.surnameFor(motherSurname, Sex.FEMALE), names.firstName(Sex.FEMALE, random),
                names.patronymic(names.fatherName(random), Sex.FEMALE),
                eldest.minusYears(20 + random.nextInt(16)).minusDays(random.nextInt(365)), Sex.FEMALE);
        List<DemoPerson> children = new ArrayList<>();
        for (LocalDate birthDate : childBirthDates) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            children.add(person(RussianNames.surnameFor(surname, sex), names.firstName(sex, random),
                    names.patronymic(fatherName, sex), birthDate, sex));
        }
        return new Family(mother, father, List.copyOf(children));
    }

    /** A key for a person made elsewhere, unique among this generator's. */
    long nextKey() {
        return nextKey++;
    }

    private DemoPerson person(String surname, String name, String patronymic, LocalDate birthDate, Sex sex) {
        return new DemoPerson(nextKey++, surname, name, patronymic, birthDate, sex, snils.next());
    }
}
