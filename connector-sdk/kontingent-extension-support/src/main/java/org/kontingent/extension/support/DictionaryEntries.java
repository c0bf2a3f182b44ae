package org.kontingent.extension.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An extension's dictionary as its code keeps it: code → name, in the dictionary's order. */
public final class DictionaryEntries {
    private DictionaryEntries() {
    }

    /**
     * The entries of codes and names given one after the other ({@code "basic", "Основная",
     * "preparatory", "Подготовительная"}), in that order, unmodifiable.
     *
     * @throws IllegalArgumentException when a code has no name or comes twice
     */
    public static Map<String, String> ordered(List<String> codesAndNames) {
        if (codesAndNames.size() % 2 != 0) {
            throw new IllegalArgumentException("Codes and names come in pairs: " + codesAndNames);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.size(); i += 2) {
            if (entries.put(codesAndNames.get(i), codesAndNames.get(i + 1)) != null) {
                throw new IllegalArgumentException("The code " + codesAndNames.get(i) + " comes twice");
            }
        }
        return Collections.unmodifiableMap(entries);
    }
}
