package org.kontingent.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Realistic Russian names drawn by popularity: children's first names of today's learners,
 * fathers' names with their patronymic forms, and surnames in the form for each sex.
 */
final class RussianNames {
    private final WeightedChoice<String> boys;
    private final WeightedChoice<String> girls;
    private final WeightedChoice<String> fathers;
    private final WeightedChoice<String> surnames;
    private final Map<String, String[]> patronymics = new HashMap<>();

    RussianNames() {
        boys = weighted(CsvResource.rows("first-names-male.csv"));
        girls = weighted(CsvResource.rows("first-names-female.csv"));
        surnames = weighted(CsvResource.rows("surnames.csv"));
        List<String> fatherNames = new ArrayList<>();
        for (List<String> row : CsvResource.rows("patronymics.csv")) {
            patronymics.put(row.get(0), new String[] {row.get(1), row.get(2)});
            fatherNames.add(row.get(0));
        }
        // fathers' names as common as the same names among boys; the rare ones (Гедеон, Ной) stay rare
        Map<String, Long> boyPopularity = new HashMap<>();
        for (List<String> row : CsvResource.rows("first-names-male.csv")) {
            boyPopularity.put(row.get(0), Long.parseLong(row.get(1).trim()));
        }
        long[] weights = new long[fatherNames.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(1, boyPopularity.getOrDefault(fatherNames.get(i), 1L));
        }
        fathers = new WeightedChoice<>(fatherNames, weights);
    }

    private static WeightedChoice<String> weighted(List<List<String>> rows) {
        List<String> values = new ArrayList<>(rows.size());
        long[] weights = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            values.add(rows.get(i).get(0));
            weights[i] = Math.max(1, Long.parseLong(rows.get(i).get(1).trim()));
        }
        return new WeightedChoice<>(values, weights);
    }

    String firstName(Sex sex, SplittableRandom random) {
        return (sex == Sex.MALE ? boys : girls).pick(random);
    }

    /** A name of the fathers' generation, one that has patronymic forms. */
    String fatherName(SplittableRandom random) {
        return fathers.pick(random);
    }

    /** The patronymic a child of a father with this name has. */
    String patronymic(String fatherName, Sex sex) {
        String[] forms = patronymics.get(fatherName);
        if (forms == null) {
            throw new IllegalArgumentException("No patronymic forms for the name " + fatherName);
        }
        return sex == Sex.MALE ? forms[0] : forms[1];
    }

    /** A surname in its male form. */
    String surname(SplittableRandom random) {
        return surnames.pick(random);
    }

    /**
     * The surname's form for the sex: Иванов → Иванова, Ковальский → Ковальская, Толстой →
     * Толстая; surnames that do not change (Шевченко, Черных, Гурьев-Седых's last part aside) stay.
     */
    static String surnameFor(String maleForm, Sex sex) {
        if (sex == Sex.MALE) {
            return maleForm;
        }
        if (maleForm.endsWith("ский") || maleForm.endsWith("цкий")) {
            return maleForm.substring(0, maleForm.length() - 2) + "ая";
        }
        if (maleForm.endsWith("ой") || maleForm.endsWith("ый") || maleForm.endsWith("ий")) {
            return maleForm.substring(0, maleForm.length() - 2) + "ая";
        }
        if (maleForm.endsWith("ов") || maleForm.endsWith("ев") || maleForm.endsWith("ёв")
                || maleForm.endsWith("ин") || maleForm.endsWith("ын")) {
            return maleForm + "а";
        }
        return maleForm;
    }
}
