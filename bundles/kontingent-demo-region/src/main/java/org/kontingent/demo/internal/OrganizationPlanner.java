package org.kontingent.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.kontingent.demo.internal.RegionTerritory.Municipality;
import org.kontingent.demo.internal.RegionTerritory.Settlement;
import org.kontingent.registry.api.identifiers.Inn;
import org.kontingent.registry.api.identifiers.Ogrn;

/**
 * The authorities and organizations of the demo region: the regional ministry, one education
 * authority per municipality, and organizations of every level in the proportions of Altai
 * Krai (984 general, 923 preschool, 277 additional, 57 vocational), spread over the
 * municipalities by size, with valid requisites.
 */
final class OrganizationPlanner {
    static final int GENERAL = 984;
    static final int PRESCHOOL = 923;
    static final int ADDITIONAL = 277;
    static final int VOCATIONAL = 57;
    /** The tax region code of Altai Krai in ИНН, КПП and ОГРН. */
    private static final String TAX_REGION = "22";

    /** One planned organization with where it stands. */
    record Planned(DemoSink.Organization organization, Municipality municipality, Settlement settlement, boolean urban) {
    }

    private final SplittableRandom random;
    private long nextAuthorityKey = 1;
    private long nextOrganizationKey = 1;
    private int nextRegistrationNumber = 10_000;
    private String regionName;

    OrganizationPlanner(SplittableRandom random) {
        this.random = random;
    }

    /**
     * Writes the authorities and organizations to the sink and answers the organizations.
     *
     * @param share the share of Altai Krai's number of organizations to plan (1 for all of them)
     */
    List<Planned> plan(RegionTerritory territory, double share, DemoSink sink) {
        regionName = territory.name();
        long ministry = nextAuthorityKey++;
        sink.authority(new DemoSink.Authority(ministry, null, "Министерство образования и науки " + territory.genitive(),
                "Минобрнауки", "regional", territory.oktmo()));
        List<Municipality> municipalities = territory.municipalities();
        int[] general = spread(municipalities, scaled(GENERAL, share));
        int[] preschool = spread(municipalities, scaled(PRESCHOOL, share));
        int[] additional = spread(municipalities, scaled(ADDITIONAL, share));
        int[] vocational = spread(municipalities, scaled(VOCATIONAL, share));
        List<Planned> planned = new ArrayList<>();
        for (int m = 0; m < municipalities.size(); m++) {
            Municipality municipality = municipalities.get(m);
            long authority = nextAuthorityKey++;
            sink.authority(new DemoSink.Authority(authority, ministry,
                    "Управление образования администрации муниципального образования «" + municipality.name() + "»",
                    "УО " + municipality.name(), "municipal", municipality.oktmo()));
            for (int i = 1; i <= general[m]; i++) {
                planned.add(organization(sink, authority, municipality, "general", i));
            }
            for (int i = 1; i <= preschool[m]; i++) {
                planned.add(organization(sink, authority, municipality, "preschool", i));
            }
            for (int i = 1; i <= additional[m]; i++) {
                planned.add(organization(sink, authority, municipality, "additional", i));
            }
            for (int i = 1; i <= vocational[m]; i++) {
                planned.add(organization(sink, ministry, municipality, "vocational", i));
            }
        }
        return planned;
    }

    private static int scaled(int count, double share) {
        return Math.max(1, (int) Math.round(count * share));
    }

    /** Shares a count among the municipalities in proportion to their size (largest remainder). */
    static int[] spread(List<Municipality> municipalities, int count) {
        double[] weights = new double[municipalities.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(municipalities.get(i));
            total += weights[i];
        }
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = count * weights[i] / total;
            counts[i] = (int) exact;
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        while (given < count) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        return counts;
    }

    /** Relative size: the regional capital and the big cities weigh most, a district by its settlements. */
    private static double weight(Municipality municipality) {
        return switch (municipality.name()) {
            case "город Барнаул" -> 70;
            case "город Бийск" -> 22;
            case "город Рубцовск" -> 15;
            case "город Новоалтайск" -> 8;
            default -> municipality.city() ? 4 : 2 + municipality.settlements().size() / 3.0;
        };
    }

    private Planned organization(DemoSink sink, long authority, Municipality municipality, String level, int number) {
        List<Settlement> settlements = municipality.settlements();
        // the first organization of each kind stands in the district's first (central) settlement
        Settlement settlement = municipality.city() || number == 1 ? settlements.get(0)
                : settlements.get(random.nextInt(settlements.size()));
        boolean urban = municipality.city() || settlement == settlements.get(0);
        Naming naming = naming(level, number, settlement);
        String inn = inn();
        long key = nextOrganizationKey++;
        DemoSink.Organization organization = new DemoSink.Organization(key, authority, naming.fullName(), naming.shortName(),
                naming.type(), naming.kind(), level.equals("vocational") ? "regional" : "municipal", level, inn,
                inn.substring(0, 4) + "01001", ogrn(), settlement.oktmo(), municipality.name(), settlement.name(),
                address(municipality, settlement), "+7 (3852) " + (200_000 + random.nextInt(799_999)),
                "school" + key + "@edu22.example");
        sink.organization(organization);
        return new Planned(organization, municipality, settlement, urban);
    }

    private record Naming(String fullName, String shortName, String type, String kind) {
    }

    private Naming naming(String level, int number, Settlement settlement) {
        String place = settlement.name().replaceFirst("^(город|село|поселок|посёлок) ", "");
        return switch (level) {
            case "general" -> {
                int roll = random.nextInt(100);
                if (roll < 4) {
                    yield new Naming("МБОУ «Гимназия № " + number + "» (" + place + ")", "Гимназия № " + number, "gymnasium", null);
                }
                if (roll < 7) {
                    yield new Naming("МБОУ «Лицей № " + number + "» (" + place + ")", "Лицей № " + number, "lyceum", null);
                }
                if (roll < 22) {
                    yield new Naming("МБОУ «Основная общеобразовательная школа № " + number + "» (" + place + ")",
                            "ООШ № " + number, "basic-school", null);
                }
                yield new Naming("МБОУ «Средняя общеобразовательная школа № " + number + "» (" + place + ")",
                        "СОШ № " + number, "secondary-school", null);
            }
            case "preschool" -> {
                String kind = switch (random.nextInt(10)) {
                    case 0 -> "compensating";
                    case 1, 2 -> "combined";
                    default -> "general-developmental";
                };
                yield new Naming("МБДОУ «Детский сад № " + number + "» (" + place + ")", "Детский сад № " + number,
                        random.nextInt(20) == 0 ? "child-development-center" : "kindergarten", kind);
            }
            case "additional" -> switch (random.nextInt(4)) {
                case 0 -> new Naming("МБУ ДО «Детская школа искусств № " + number + "» (" + place + ")", "ДШИ № " + number,
                        "arts-school", null);
                case 1 -> new Naming("МБУ ДО «Спортивная школа № " + number + "» (" + place + ")", "СШ № " + number,
                        "sports-school", null);
                default -> new Naming("МБУ ДО «Центр детского творчества № " + number + "» (" + place + ")",
                        "ЦДТ № " + number, "additional-education-center", null);
            };
            default -> {
                String[] profiles = {"Строительный", "Педагогический", "Медицинский", "Аграрный", "Политехнический",
                    "Транспортный", "Промышленно-экономический"};
                String profile = profiles[random.nextInt(profiles.length)];
                yield new Naming("КГБПОУ «" + profile + " колледж № " + number + "» (" + place + ")",
                        profile + " колледж № " + number, random.nextInt(3) == 0 ? "technical-school" : "college", null);
            }
        };
    }

    private String address(Municipality municipality, Settlement settlement) {
        String[] streets = {"ул. Ленина", "ул. Советская", "ул. Школьная", "ул. Молодёжная", "ул. Мира", "ул. Садовая",
            "пр-кт Строителей", "ул. Пушкина", "ул. Гагарина", "ул. Центральная"};
        String place = municipality.city() ? municipality.name() : settlement.name() + ", " + municipality.name();
        return regionName + ", " + place + ", " + streets[random.nextInt(streets.length)] + ", д. " + (1 + random.nextInt(150));
    }

    /** A valid 10-digit ИНН of an organization registered in the region. */
    private String inn() {
        String prefix = TAX_REGION + String.format("%02d", 1 + random.nextInt(99)) + String.format("%05d", nextRegistrationNumber++);
        return prefix + Inn.checkDigits(prefix);
    }

    /** A valid ОГРН of a legal entity registered in the region in 2002. */
    private String ogrn() {
        String prefix = "102" + TAX_REGION + String.format("%02d", 1 + random.nextInt(99)) + String.format("%05d", nextRegistrationNumber++);
        return prefix + Ogrn.checkDigit(prefix);
    }
}
