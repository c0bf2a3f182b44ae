package org.kontingent.extension.support;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The parts of a section of a person's portfolio that an extension reads from its own tables, as
 * its {@code PortfolioSection.section} answers them: each part a list of rows, each row a map of
 * column label → value with nulls left out, days as {@link LocalDate} and arrays as lists; a part
 * without rows is left out, and a section without any part is empty.
 */
public final class SectionParts {
    private final Map<String, String> parts;

    /**
     * @param parts each part's name in the section → the query of a person's rows known on a day,
     *        with two placeholders: the person's id, then the day; in the order the section lists them
     */
    public SectionParts(Map<String, String> parts) {
        this.parts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parts, "parts")));
    }

    /**
     * The section of a person on a day, read on a connection of its own.
     *
     * @param what the section's name in the message of a failure, as "the portfolio section"
     * @throws IllegalStateException naming the section and the person when the database fails
     */
    public Optional<Map<String, Object>> read(DataSource dataSource, long personId, LocalDate asOf, String what) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Object> section = read(c, personId, asOf);
            return section.isEmpty() ? Optional.empty() : Optional.of(section);
        } catch (SQLException e) {
            throw new IllegalStateException(what + " of person " + personId + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The parts of a person on a day that have rows, read on the caller's connection (a section
     * that adds parts of its own to these): part → rows, in the order of the parts; empty when
     * none has a row.
     */
    public Map<String, Object> read(Connection c, long personId, LocalDate asOf) throws SQLException {
        Map<String, Object> section = new LinkedHashMap<>();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            List<Map<String, Object>> rows = rows(c, part.getValue(), personId, asOf);
            if (!rows.isEmpty()) {
                section.put(part.getKey(), rows);
            }
        }
        return section;
    }

    /**
     * The rows of a query of a person or an organization (first placeholder: its id) on a day
     * (second): column label → value, nulls left out, days as {@link LocalDate}, arrays as lists.
     */
    public static List<Map<String, Object>> rows(Connection c, String sql, long id, LocalDate asOf)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, id);
            q.setObject(2, asOf);
            try (ResultSet rs = q.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof java.sql.Date) {
                            value = rs.getObject(i, LocalDate.class);
                        } else if (value instanceof Array array) {
                            value = Arrays.asList((Object[]) array.getArray());
                        }
                        if (value != null) {
                            row.put(meta.getColumnLabel(i), value);
                        }
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
