package org.kontingent.demo.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.kontingent.demo.internal.OrganizationPlanner.Planned;
import org.kontingent.registry.api.identifiers.DocumentType;

/**
 * Generates a whole demo region, deterministic by seed (and by the day it is made for):
 * authorities and organizations ({@link OrganizationPlanner}), this and last academic year,
 * learners of preschool, general and vocational organizations with their two parents, birth
 * certificates and passports, memberships with enrollment orders, classes and groups with
 * placements for both years, transfers between schools, leavings, last year's graduates, and
 * additional-education memberships of schoolchildren. One in five of those memberships is held
 * by a second entry of the child ({@link NearDuplicates}), as a separate system would have
 * entered it: some 2% of the learners are there twice, for the duplicate search to find.
 */
final class DemoRegionGenerator {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final String[] LETTERS = {"ТО", "ЖН", "БЮ", "ИЛ", "МЮ", "КВ", "АГ", "ЕР", "ПА", "СТ"};
    private static final String[] CLASS_LETTERS = {"А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К"};

    private final RussianNames names;
    private final RegionTerritory territory;
    private final long seed;
    private final int learners;
    private final LocalDate today;

    private SplittableRandom random;
    private FamilyGenerator families;
    private DemoSink sink;
    private int yearStart;
    private long nextClassKey = 1;
    private long nextMembershipKey = 1;
    private long certificates;
    private long passports;
    private int orderNumber;
    private final Map<String, Long> classes = new HashMap<>();
    private final Map<String, Integer> classFill = new HashMap<>();
    private final Map<RegionTerritory.Municipality, List<Planned>> schoolsByMunicipality = new HashMap<>();
    private int nearDuplicates;
    /** The birth certificate that {@link #document} made last, or null when it made a passport. */
    private DemoSink.Document lastCertificate;

    /** A schoolchild, the municipality of their school, and their birth certificate (or null). */
    private record Pupil(DemoPerson person, int municipality, DemoSink.Document certificate) {
    }

    /**
     * @param learners how many learners to generate in preschool, general and vocational organizations
     * @param today the day the region is made for: it decides the current academic year
     */
    DemoRegionGenerator(RussianNames names, RegionTerritory territory, long seed, int learners, LocalDate today) {
        this.names = names;
        this.territory = territory;
        this.seed = seed;
        this.learners = learners;
        this.today = today;
    }

    void generate(DemoSink out) {
        sink = out;
        random = new SplittableRandom(seed);
        families = new FamilyGenerator(names, random.nextLong());
        yearStart = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        sink.academicYear(yearCode(yearStart - 1), september(yearStart - 1), september(yearStart));
        sink.academicYear(yearCode(yearStart), september(yearStart), september(yearStart + 1));
        territories();
        double share = Math.min(1.0, learners / 300_000.0);
        List<Planned> organizations = new OrganizationPlanner(random.split()).plan(territory, share, sink);
        Map<String, List<Planned>> byLevel = new HashMap<>();
        for (Planned planned : organizations) {
            byLevel.computeIfAbsent(planned.organization().educationLevel(), l -> new ArrayList<>()).add(planned);
        }
        for (Planned school : byLevel.get("general")) {
            schoolsByMunicipality.computeIfAbsent(school.municipality(), m -> new ArrayList<>()).add(school);
        }
        fill(byLevel.get("preschool"), (int) Math.round(learners * 0.28), this::preschooler);
        fill(byLevel.get("vocational"), (int) Math.round(learners * 0.08), this::student);
        int general = learners - (int) Math.round(learners * 0.28) - (int) Math.round(learners * 0.08);
        List<Pupil> schoolchildren = new ArrayList<>();
        fill(byLevel.get("general"), general, (planned, count) -> schoolchildren.addAll(pupils(planned, count)));
        additionalEducation(byLevel.get("additional"), schoolchildren);
    }

    private void territories() {
        sink.territory(territory.oktmo(), territory.name(), "region", null);
        for (RegionTerritory.Municipality municipality : territory.municipalities()) {
            sink.territory(municipality.oktmo(), municipality.name(), municipality.city() ? "city-okrug" : "municipal-district",
                    territory.oktmo());
            for (RegionTerritory.Settlement settlement : municipality.settlements()) {
                if (!settlement.oktmo().equals(municipality.oktmo())) {
                    sink.territory(settlement.oktmo(), settlement.name(), "settlement", municipality.oktmo());
                }
            }
        }
    }

    private interface Filler {
        void fill(Planned organization, int count);
    }

    /** Shares the learners of a level among its organizations, a town's more than a village's, and fills each. */
    private void fill(List<Planned> organizations, int count, Filler filler) {
        double[] weights = new double[organizations.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (organizations.get(i).urban() ? 4 : 1) * (0.6 + random.nextDouble() * 0.8);
            total += weights[i];
        }
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            int share = i == weights.length - 1 ? count - given : (int) Math.round(count * weights[i] / total);
            share = Math.max(0, Math.min(share, count - given));
            given += share;
            filler.fill(organizations.get(i), share);
        }
    }

    private void preschooler(Planned kindergarten, int count) {
        String[] groups = {"Группа раннего возраста", "Группа раннего возраста", "Младшая группа", "Средняя группа",
            "Старшая группа", "Подготовительная к школе группа"};
        for (int i = 0; i < count; i++) {
            int age = 1 + random.nextInt(6);
            DemoPerson child = family(birthDate(age)).children().get(0);
            int yearsIn = Math.min(age - 1, random.nextInt(3));
            long membership = membership(child, kindergarten, september(yearStart - yearsIn), null, null);
            place(membership, kindergarten, yearStart, groups[age - 1], age, 20, september(yearStart), null);
            if (yearsIn >= 1) {
                place(membership, kindergarten, yearStart - 1, groups[age - 2], age - 1, 20,
                        september(yearStart - 1), september(yearStart));
            }
        }
    }

    /** Students of a college in its four courses, and last year's graduates. */
    private void student(Planned college, int count) {
        for (int i = 0; i < count; i++) {
            int course = 1 + random.nextInt(4);
            DemoPerson student = family(birthDate(15 + course)).children().get(0);
            long membership = membership(student, college, september(yearStart - course + 1), null, null);
            place(membership, college, yearStart, "ТМ-" + course, course, 25, september(yearStart), null);
            if (course >= 2) {
                place(membership, college, yearStart - 1, "ТМ-" + (course - 1), course - 1, 25,
                        september(yearStart - 1), september(yearStart));
            }
        }
        // last year's fourth course, graduated at the end of June
        for (int i = 0; i < count / 4; i++) {
            DemoPerson graduate = family(birthDate(20)).children().get(0);
            LocalDate graduated = LocalDate.of(yearStart, Month.JUNE, 30);
            long membership = membership(graduate, college, september(yearStart - 4), graduated, "graduation");
            place(membership, college, yearStart - 1, "ТМ-4", 4, 25, september(yearStart - 1), graduated);
        }
    }

    /** Pupils of a school, and last year's graduates; answers the pupils. */
    private List<Pupil> pupils(Planned school, int count) {
        int grades = school.organization().typeCode().equals("basic-school") ? 9 : 11;
        List<Planned> neighbours = schoolsByMunicipality.get(school.municipality());
        List<Pupil> pupils = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int grade = 1 + random.nextInt(grades);
            DemoPerson pupil = family(birthDate(grade + 6)).children().get(0);
            pupils.add(new Pupil(pupil, territory.municipalities().indexOf(school.municipality()), lastCertificate));
            LocalDate entered = september(yearStart - grade + 1);
            LocalDate startsHere = entered;
            int roll = random.nextInt(100);
            if (roll < 3 && grade >= 2 && neighbours.size() > 1) {
                Planned before = neighbours.get(random.nextInt(neighbours.size()));
                if (before != school) {
                    startsHere = september(yearStart - 1).plusDays(30 + random.nextInt(200));
                    long left = membership(pupil, before, entered, startsHere, "transfer-within-region");
                    place(left, before, yearStart - 1, Integer.toString(grade - 1), grade - 1, 25, september(yearStart - 1), startsHere);
                }
            }
            LocalDate leaves = null;
            LocalDate latestLeaving = today.minusDays(1);
            if (roll >= 97 && latestLeaving.isAfter(september(yearStart).plusDays(14))) {
                leaves = september(yearStart).plusDays(14 + random.nextInt((int) (latestLeaving.toEpochDay()
                        - september(yearStart).plusDays(14).toEpochDay()) + 1));
            }
            long membership = membership(pupil, school, startsHere, leaves, leaves == null ? null : "moved-out-of-region");
            place(membership, school, yearStart, Integer.toString(grade), grade, 25, later(startsHere, september(yearStart)), leaves);
            if (grade >= 2 && startsHere.isBefore(september(yearStart))) {
                place(membership, school, yearStart - 1, Integer.toString(grade - 1), grade - 1, 25,
                        later(startsHere, september(yearStart - 1)), september(yearStart));
            }
        }
        if (grades == 11) {
            for (int i = 0; i < count / 11; i++) {
                DemoPerson graduate = family(birthDate(18)).children().get(0);
                LocalDate graduated = LocalDate.of(yearStart, Month.JUNE, 26);
                long membership = membership(graduate, school, september(yearStart - 11), graduated, "graduation");
                place(membership, school, yearStart - 1, "11", 11, 25, september(yearStart - 1), graduated);
            }
        }
        return pupils;
    }

    private void additionalEducation(List<Planned> centres, List<Pupil> schoolchildren) {
        Map<Integer, List<Planned>> byMunicipality = new HashMap<>();
        for (Planned centre : centres) {
            byMunicipality.computeIfAbsent(territory.municipalities().indexOf(centre.municipality()), m -> new ArrayList<>())
                    .add(centre);
        }
        for (Pupil pupil : schoolchildren) {
            List<Planned> near = byMunicipality.get(pupil.municipality());
            if (near != null && random.nextInt(10) < 3) {
                Planned centre = near.get(random.nextInt(near.size()));
                LocalDate starts = september(yearStart - random.nextInt(2)).plusDays(random.nextInt(20));
                long member = random.nextInt(5) == 0 ? nearDuplicate(pupil) : pupil.person().key();
                membership(member, centre, starts, null, null);
            }
        }
    }

    /** A second entry of the pupil, with the next of the differences in turn; answers its key. */
    private long nearDuplicate(Pupil pupil) {
        List<NearDuplicates.Difference> differences = NearDuplicates.differences();
        NearDuplicates.Difference difference = differences.get(nearDuplicates++ % differences.size());
        String series = pupil.certificate() == null ? null : NearDuplicates.lookalikeSeries(pupil.certificate().series());
        if (difference == NearDuplicates.Difference.SAME_DOCUMENT_OTHER_NAME && series == null) {
            difference = NearDuplicates.Difference.SPELLING;
        }
        DemoPerson twin = NearDuplicates.of(pupil.person(), families.nextKey(), difference, random);
        sink.person(twin);
        if (difference == NearDuplicates.Difference.SAME_DOCUMENT_OTHER_NAME) {
            DemoSink.Document certificate = pupil.certificate();
            sink.document(new DemoSink.Document(twin.key(), certificate.typeCode(), series, certificate.number(),
                    certificate.issuedOn(), certificate.issuer()));
        }
        return twin.key();
    }

    private Family family(LocalDate childBirth) {
        Family family = families.family(List.of(childBirth));
        DemoPerson child = family.children().get(0);
        for (DemoPerson person : List.of(family.mother(), family.father(), child)) {
            sink.person(person);
            document(person);
        }
        sink.representative(child.key(), family.mother().key(), "mother");
        sink.representative(child.key(), family.father().key(), "father");
        return family;
    }

    private void document(DemoPerson person) {
        LocalDate fourteen = person.birthDate().plusYears(14);
        lastCertificate = null;
        if (fourteen.isAfter(today)) {
            long n = certificates++;
            int block = (int) (n / 1_000_000);
            lastCertificate = new DemoSink.Document(person.key(), DocumentType.BIRTH_CERTIFICATE.code(),
                    ROMAN[block % ROMAN.length] + "-" + LETTERS[(block / ROMAN.length) % LETTERS.length],
                    String.format("%06d", n % 1_000_000), notAfterToday(person.birthDate().plusDays(7 + random.nextInt(30))),
                    "Управление ЗАГС " + territory.genitive());
            sink.document(lastCertificate);
        } else {
            long n = passports++;
            sink.document(new DemoSink.Document(person.key(), DocumentType.PASSPORT.code(),
                    String.format("01%02d", (n / 1_000_000) % 100), String.format("%06d", n % 1_000_000),
                    notAfterToday(fourteen.plusDays(10 + random.nextInt(60))), "ГУ МВД России по " + territory.dative()));
        }
    }

    private long membership(DemoPerson person, Planned organization, LocalDate starts, LocalDate ends, String reason) {
        return membership(person.key(), organization, starts, ends, reason);
    }

    private long membership(long personKey, Planned organization, LocalDate starts, LocalDate ends, String reason) {
        long key = nextMembershipKey++;
        sink.membership(new DemoSink.Membership(key, personKey, organization.organization().key(), starts, ends,
                (++orderNumber % 900 + 1) + "-у", starts.minusDays(5), reason,
                ends == null ? null : (++orderNumber % 900 + 1) + "-в", ends == null ? null : ends.minusDays(1)));
        return key;
    }

    /** Places a membership in the first class of the grade that has room, making classes as needed. */
    private void place(long membership, Planned organization, int year, String label, int grade, int capacity,
            LocalDate starts, LocalDate ends) {
        long organizationKey = organization.organization().key();
        for (int letter = 0; ; letter++) {
            boolean numbered = label.startsWith("ТМ-") || label.contains("групп");
            String suffix = numbered ? Integer.toString(letter + 1) : CLASS_LETTERS[letter % CLASS_LETTERS.length]
                    + (letter >= CLASS_LETTERS.length ? Integer.toString(letter / CLASS_LETTERS.length) : "");
            String name = label + suffix;
            String id = organizationKey + "/" + year + "/" + name;
            int filled = classFill.getOrDefault(id, 0);
            if (filled < capacity) {
                Long classKey = classes.get(id);
                if (classKey == null) {
                    classKey = nextClassKey++;
                    classes.put(id, classKey);
                    String shown = label.contains("групп") ? label + " № " + (letter + 1) : name;
                    sink.classGroup(new DemoSink.ClassGroup(classKey, organizationKey, yearCode(year), shown, grade,
                            "full-time", capacity));
                }
                classFill.put(id, filled + 1);
                sink.placement(membership, classKey, starts, ends);
                return;
            }
        }
    }

    /** A birth date that makes the person this old on the first of September of this academic year. */
    private LocalDate birthDate(int ageOnSeptemberFirst) {
        return september(yearStart).minusYears(ageOnSeptemberFirst + 1).plusDays(1 + random.nextInt(365));
    }

    private LocalDate notAfterToday(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate september(int year) {
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }

    private static String yearCode(int startYear) {
        return startYear + "-" + (startYear + 1);
    }
}
