package org.kontingent.demo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The territory of the demo region as ОКТМО lists it: its municipal districts and city okrugs,
 * each with its rural and urban settlements. Group rows ("Муниципальные районы …", "Сельские
 * поселения …") only structure the classifier and are left out.
 */
final class RegionTerritory {
    private final String name;
    private final String genitive;
    private final String dative;
    private final String oktmo;
    private final List<Municipality> municipalities;

    /**
     * @param oktmo the municipality's 8-digit code
     * @param city whether it is a city okrug rather than a municipal district
     * @param settlements the settlements in it; a city okrug without any is its own settlement
     */
    record Municipality(String oktmo, String name, boolean city, List<Settlement> settlements) {
    }

    record Settlement(String oktmo, String name) {
    }

    private RegionTerritory(String[] names, String oktmo, List<Municipality> municipalities) {
        this.name = names[0];
        this.genitive = names[1];
        this.dative = names[2];
        this.oktmo = oktmo;
        this.municipalities = List.copyOf(municipalities);
    }

    /** Altai Krai, the region of the seeds: 59 municipal districts and 10 city okrugs. */
    static RegionTerritory altaiKrai() {
        return read(new String[] {"Алтайский край", "Алтайского края", "Алтайскому краю"}, "oktmo-altai-krai.csv");
    }

    /** @param names the region's name, in the nominative, genitive and dative */
    static RegionTerritory read(String[] names, String resource) {
        Map<String, String> municipalityNames = new LinkedHashMap<>();
        Map<String, List<Settlement>> settlements = new LinkedHashMap<>();
        String regionCode = null;
        for (List<String> row : CsvResource.rows(resource)) {
            String code = row.get(0);
            String title = row.get(3);
            regionCode = code.substring(0, 2) + "000000";
            boolean municipal = code.charAt(2) == '6' || code.charAt(2) == '7';
            if (!municipal || code.startsWith("00", 3) || isGroup(title)) {
                continue;
            }
            String municipalityCode = code.substring(0, 5) + "000";
            if (code.endsWith("000")) {
                municipalityNames.put(code, title);
            } else {
                settlements.computeIfAbsent(municipalityCode, c -> new ArrayList<>()).add(new Settlement(code, title));
            }
        }
        List<Municipality> municipalities = new ArrayList<>();
        municipalityNames.forEach((code, title) -> {
            boolean city = code.charAt(2) == '7';
            List<Settlement> own = settlements.getOrDefault(code, List.of());
            municipalities.add(new Municipality(code, title, city,
                    own.isEmpty() ? List.of(new Settlement(code, title)) : List.copyOf(own)));
        });
        return new RegionTerritory(names, regionCode, municipalities);
    }

    private static boolean isGroup(String title) {
        return title.startsWith("Муниципальные ") || title.startsWith("Сельские поселения")
                || title.startsWith("Городские поселения") || title.startsWith("Городские округа")
                || title.startsWith("Межселенные");
    }

    String name() {
        return name;
    }

    /** "Алтайского края": as in "Министерство образования Алтайского края". */
    String genitive() {
        return genitive;
    }

    /** "Алтайскому краю": as in "ГУ МВД России по Алтайскому краю". */
    String dative() {
        return dative;
    }

    String oktmo() {
        return oktmo;
    }

    List<Municipality> municipalities() {
        return municipalities;
    }
}
