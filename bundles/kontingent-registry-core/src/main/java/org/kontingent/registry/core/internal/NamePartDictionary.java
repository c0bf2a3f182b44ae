package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The distinct values of each part of a name ({@code registry.person_name_part}: some ten
 * thousand surnames, a thousand names and patronymics), held in memory to find the values one
 * typo away from a part: measuring the distance to each value here takes a millisecond, in SQL
 * ten. The table only grows, so a copy is current while its count is; the count is checked on
 * every use and the copy read again when it moved.
 */
final class NamePartDictionary {
    /** A part this long or longer also matches the start of a value with one typo. */
    static final int TYPO_PREFIX_LENGTH = 5;

    private record Copy(long count, String[] values) {
    }

    private final Map<String, Copy> copies = new ConcurrentHashMap<>();

    /**
     * The values of a part that contain the value asked, are one typo away from it, or (for a
     * value of five letters or more) start one typo away from it.
     */
    String[] typos(Connection c, String part, String value) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String candidate : current(c, part)) {
            if (candidate.contains(value) || withinOneEdit(candidate, value) || value.length() >= TYPO_PREFIX_LENGTH
                    && withinOneEdit(candidate.substring(0, Math.min(candidate.length(), value.length())), value)) {
                found.add(candidate);
            }
        }
        return found.toArray(String[]::new);
    }

    private String[] current(Connection c, String part) throws SQLException {
        long count;
        try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM registry.person_name_part WHERE part = ?")) {
            q.setString(1, part);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            }
        }
        Copy copy = copies.get(part);
        if (copy == null || copy.count() != count) {
            List<String> values = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM registry.person_name_part WHERE part = ?")) {
                q.setString(1, part);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getString(1));
                    }
                }
            }
            copy = new Copy(values.size(), values.toArray(String[]::new));
            copies.put(part, copy);
        }
        return copy.values();
    }

    /** Whether one letter missing, extra or different turns one word into the other (or they are equal). */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < la && j < lb) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (la > lb) {
                i++;
            } else if (lb > la) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return (edited ? 1 : 0) + (la - i) + (lb - j) <= 1;
    }
}
