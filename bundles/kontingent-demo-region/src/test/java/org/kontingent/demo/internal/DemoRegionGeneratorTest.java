package org.kontingent.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.identifiers.DocumentType;
import org.kontingent.registry.api.identifiers.IdentityDocuments;
import org.kontingent.registry.api.identifiers.Inn;
import org.kontingent.registry.api.identifiers.Ogrn;
import org.kontingent.registry.api.identifiers.Snils;

class DemoRegionGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int LEARNERS = 6_000;
    private static RecordingSink region;

    @BeforeAll
    static void generate() {
        region = generate(2026);
    }

    private static RecordingSink generate(long seed) {
        RecordingSink sink = new RecordingSink();
        new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), seed, LEARNERS, TODAY).generate(sink);
        return sink;
    }

    @Test
    void theSameSeedGivesTheSameRegion() {
        RecordingSink again = generate(2026);

        assertEquals(region.persons, again.persons);
        assertEquals(region.memberships, again.memberships);
        assertEquals(region.organizations, again.organizations);
    }

    @Test
    void lastAndThisAcademicYearFollowToday() {
        assertEquals(List.of("2025-2026", "2026-2027"), region.years.stream().map(RecordingSink.Year::code).toList());
    }

    @Test
    void theAuthorityTreeIsTheMinistryOverOneAuthorityPerMunicipality() {
        assertEquals(70, region.authorities.size());
        assertEquals(1, region.authorities.stream().filter(a -> a.parentKey() == null).count());
        Set<Long> keys = region.authorities.stream().map(DemoSink.Authority::key).collect(Collectors.toSet());
        for (DemoSink.Organization organization : region.organizations) {
            assertTrue(keys.contains(organization.authorityKey()), organization.fullName());
            assertEquals(List.of(), Inn.check("inn", organization.inn()), organization.fullName());
            assertEquals(List.of(), Ogrn.check("ogrn", organization.ogrn()), organization.fullName());
        }
    }

    @Test
    void organizationsComeInTheProportionsOfAltaiKrai() {
        Map<String, Long> byLevel = region.organizations.stream()
                .collect(Collectors.groupingBy(DemoSink.Organization::educationLevel, Collectors.counting()));
        double share = LEARNERS / 300_000.0;
        assertEquals(Math.round(984 * share), byLevel.get("general"), 1.0);
        assertEquals(Math.round(923 * share), byLevel.get("preschool"), 1.0);
        assertTrue(byLevel.get("additional") >= 1 && byLevel.get("vocational") >= 1, byLevel.toString());
    }

    @Test
    void everyPersonHasADistinctValidSnilsAndAValidDocument() {
        Set<String> snils = new HashSet<>();
        Map<Long, DemoPerson> persons = byKey(region.persons, DemoPerson::key);
        for (DemoPerson person : firstEntries()) {
            assertEquals(List.of(), Snils.check("snils", person.snils()));
            assertTrue(snils.add(person.snils()));
        }
        Set<String> documents = new HashSet<>();
        Set<Long> firstKeys = firstEntries().stream().map(DemoPerson::key).collect(Collectors.toSet());
        for (DemoSink.Document document : region.documents.stream().filter(d -> firstKeys.contains(d.personKey())).toList()) {
            DemoPerson owner = persons.get(document.personKey());
            assertNotNull(owner);
            assertEquals(List.of(), IdentityDocuments.check(DocumentType.fromCode(document.typeCode()), document.series(),
                    document.number(), document.issuedOn(), owner.birthDate(), TODAY), document.toString());
            assertTrue(documents.add(document.typeCode() + document.series() + document.number()));
        }
        Map<Long, Long> documentsPerPerson = region.documents.stream()
                .collect(Collectors.groupingBy(DemoSink.Document::personKey, Collectors.counting()));
        firstEntries().forEach(person -> assertEquals(1L, documentsPerPerson.get(person.key()), person.toString()));
    }

    /** The persons as first entered: all but the near-duplicates, which come without a СНИЛС. */
    private static List<DemoPerson> firstEntries() {
        return region.persons.stream().filter(p -> p.snils() != null).toList();
    }

    @Test
    void aFewPercentOfTheLearnersAreEnteredASecondTimeWithEveryKindOfDifference() {
        List<DemoPerson> twins = region.persons.stream().filter(p -> p.snils() == null).toList();
        assertTrue(twins.size() > LEARNERS * 0.01 && twins.size() < LEARNERS * 0.04, twins.size() + " second entries");
        Set<Long> twinKeys = twins.stream().map(DemoPerson::key).collect(Collectors.toSet());
        Set<Long> additional = region.organizations.stream().filter(o -> o.educationLevel().equals("additional"))
                .map(DemoSink.Organization::key).collect(Collectors.toSet());
        region.memberships.stream().filter(m -> twinKeys.contains(m.personKey()))
                .forEach(m -> assertTrue(additional.contains(m.organizationKey()), "a second entry comes from additional education"));
        Set<String> firstNames = firstEntries().stream().map(DemoPerson::name).collect(Collectors.toSet());
        assertTrue(twins.stream().anyMatch(t -> t.surname().chars().allMatch(c -> c < 'А')), "some are in Latin letters");
        assertTrue(twins.stream().anyMatch(t -> !firstNames.contains(t.name())), "some have surname and name swapped");
        assertTrue(region.documents.stream().anyMatch(d -> twinKeys.contains(d.personKey())), "some share a certificate");
    }

    @Test
    void everyLearnerHasAMotherAndAFather() {
        Map<Long, List<String>> links = region.representatives.stream().collect(Collectors.groupingBy(
                RecordingSink.Link::learnerKey, Collectors.mapping(RecordingSink.Link::relationship, Collectors.toList())));
        assertEquals(firstEntries().size() / 3, links.size());
        links.values().forEach(kinds -> assertEquals(List.of("mother", "father"), kinds));
    }

    @Test
    void aboutTheAskedNumberOfLearnersAreInOrganizationsToday() {
        Set<Long> additional = region.organizations.stream().filter(o -> o.educationLevel().equals("additional"))
                .map(DemoSink.Organization::key).collect(Collectors.toSet());
        long current = region.memberships.stream()
                .filter(m -> !additional.contains(m.organizationKey()))
                .filter(m -> !m.startsOn().isAfter(TODAY) && (m.endsOn() == null || TODAY.isBefore(m.endsOn())))
                .count();
        assertTrue(current > LEARNERS * 0.95 && current <= LEARNERS, "current learners " + current);
        assertTrue(region.memberships.stream().anyMatch(m -> "transfer-within-region".equals(m.leavingReason())));
        assertTrue(region.memberships.stream().anyMatch(m -> "graduation".equals(m.leavingReason())));
        assertTrue(region.memberships.stream().anyMatch(m -> additional.contains(m.organizationKey())));
    }

    @Test
    void membershipsAndPlacementsAreConsistent() {
        Map<Long, DemoSink.Membership> memberships = byKey(region.memberships, DemoSink.Membership::key);
        Map<Long, DemoSink.ClassGroup> classes = byKey(region.classes, DemoSink.ClassGroup::key);
        Map<String, List<DemoSink.Membership>> byPersonAndPlace = new HashMap<>();
        for (DemoSink.Membership membership : region.memberships) {
            assertTrue(membership.endsOn() == null || membership.startsOn().isBefore(membership.endsOn()), membership.toString());
            byPersonAndPlace.computeIfAbsent(membership.personKey() + "/" + membership.organizationKey(), k -> new java.util.ArrayList<>())
                    .add(membership);
        }
        byPersonAndPlace.values().forEach(list -> assertEquals(1, list.size(), list.toString()));
        for (RecordingSink.Placement placement : region.placements) {
            DemoSink.Membership membership = memberships.get(placement.membershipKey());
            DemoSink.ClassGroup group = classes.get(placement.classGroupKey());
            assertEquals(membership.organizationKey(), group.organizationKey());
            assertTrue(!placement.startsOn().isBefore(membership.startsOn()), placement.toString());
            assertTrue(membership.endsOn() == null || (placement.endsOn() != null && !placement.endsOn().isAfter(membership.endsOn())),
                    placement + " " + membership);
            assertTrue(placement.endsOn() == null || placement.startsOn().isBefore(placement.endsOn()), placement.toString());
        }
        Map<Long, Long> perClass = region.placements.stream()
                .collect(Collectors.groupingBy(RecordingSink.Placement::classGroupKey, Collectors.counting()));
        perClass.forEach((key, count) -> assertTrue(count <= classes.get(key).capacity(), "class " + key + " has " + count));
    }

    private static <T> Map<Long, T> byKey(List<T> values, Function<T, Long> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
