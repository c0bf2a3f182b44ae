package org.kontingent.registry.core.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** An entry's data for the tests, as a source sends it: made from name–value pairs, and changed field by field. */
public final class EntryData {
    private EntryData() {
    }

    /** The data of the pairs given one after the other ({@code "kind", "olympiad", "place", 2}), in that order. */
    public static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    /** The data with the fields of the pairs changed; a null value takes its field away. */
    public static Map<String, Object> with(Map<String, Object> data, Object... pairs) {
        Map<String, Object> changed = new LinkedHashMap<>(data);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                changed.remove((String) pairs[i]);
            } else {
                changed.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return changed;
    }
}
