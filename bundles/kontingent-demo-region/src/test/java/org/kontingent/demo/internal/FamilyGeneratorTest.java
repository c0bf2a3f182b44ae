package org.kontingent.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kontingent.registry.api.identifiers.Snils;

class FamilyGeneratorTest {
    private static final RussianNames NAMES = new RussianNames();
    private static final List<LocalDate> TWO_CHILDREN = List.of(LocalDate.of(2012, 3, 14), LocalDate.of(2016, 11, 2));

    private static List<Family> families(long seed, int count) {
        FamilyGenerator generator = new FamilyGenerator(NAMES, seed);
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            families.add(generator.family(TWO_CHILDREN));
        }
        return families;
    }

    @Test
    void theSameSeedGivesTheSameRegionAndAnotherSeedAnother() {
        assertEquals(families(42, 50), families(42, 50));
        assertNotEquals(families(42, 50), families(43, 50));
    }

    @Test
    void everyoneHasADistinctValidSnils() {
        Set<String> seen = new HashSet<>();
        for (Family family : families(7, 2_000)) {
            for (DemoPerson person : members(family)) {
                assertEquals(List.of(), Snils.check("snils", person.snils()), person.toString());
                assertTrue(seen.add(person.snils()), "repeated СНИЛС " + person.snils());
            }
        }
        assertEquals(8_000, seen.size());
    }

    @Test
    void childrenTakeTheFathersSurnameAndTheirPatronymicFromHisName() {
        for (Family family : families(11, 500)) {
            DemoPerson father = family.father();
            for (DemoPerson child : family.children()) {
                assertEquals(RussianNames.surnameFor(father.surname(), child.sex()), child.surname());
                assertEquals(NAMES.patronymic(father.name(), child.sex()), child.patronymic());
                assertTrue(child.patronymic().endsWith(child.sex() == Sex.MALE ? "ч" : "на"), child.patronymic());
            }
            assertTrue(father.birthDate().plusYears(22).compareTo(family.children().get(0).birthDate()) <= 0);
            assertTrue(family.mother().birthDate().plusYears(20).compareTo(family.children().get(0).birthDate()) <= 0);
            assertEquals(Sex.FEMALE, family.mother().sex());
        }
    }

    @Test
    void popularNamesComeUpMoreOften() {
        int dmitry = 0;
        int rare = 0;
        for (Family family : families(5, 3_000)) {
            for (DemoPerson child : family.children()) {
                dmitry += child.name().equals("Дмитрий") ? 1 : 0;
                rare += child.name().equals("Гордей") ? 1 : 0;
            }
        }
        assertTrue(dmitry > 50 && dmitry > 5 * rare, "Дмитрий " + dmitry + ", Гордей " + rare);
    }

    @ParameterizedTest
    @CsvSource({
            "Иванов,Иванова", "Соловьёв,Соловьёва", "Пушкин,Пушкина", "Кулыгин,Кулыгина",
            "Ковальский,Ковальская", "Троицкий,Троицкая", "Толстой,Толстая", "Белый,Белая",
            "Шевченко,Шевченко", "Черных,Черных", "Кузьмич,Кузьмич"})
    void surnamesTakeTheFemaleForm(String male, String female) {
        assertEquals(female, RussianNames.surnameFor(male, Sex.FEMALE));
        assertEquals(male, RussianNames.surnameFor(male, Sex.MALE));
    }

    private static List<DemoPerson> members(Family family) {
        List<DemoPerson> members = new ArrayList<>(family.children());
        members.add(family.mother());
        members.add(family.father());
        return members;
    }
}
