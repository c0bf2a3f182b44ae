package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.names.PersonNames;

/**
 * Registers the name parts of a batch's persons ({@code registry.person_name_part}) in a short
 * transaction of their own before the batch's. The insert trigger of persons adds them too, but
 * inside the batch's long transaction a new surname that a concurrent batch is adding as well
 * would wait for that whole batch (a unique key in flight); once committed here, it does not.
 * Parts of persons the batch then refuses stay: the table may hold values nobody has.
 */
final class NameParts {
    private NameParts() {
    }

    static void register(DataSource dataSource, Batch batch) throws SQLException {
        TreeSet<String> parts = new TreeSet<>();
        for (Batch.PersonEntry e : batch.persons()) {
            PersonData p = e.person();
            if (p != null) {
                add(parts, "surname", p.surname());
                add(parts, "name", p.name());
                add(parts, "patronymic", p.patronymic());
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        List<String> kinds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String part : parts) {
            int tab = part.indexOf('\t');
            kinds.add(part.substring(0, tab));
            values.add(part.substring(tab + 1));
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("INSERT INTO registry.person_name_part (part, value)"
                     + " SELECT * FROM unnest(?::text[], ?::text[]) ORDER BY 1, 2 ON CONFLICT DO NOTHING")) {
            c.setAutoCommit(true);
            q.setArray(1, c.createArrayOf("text", kinds.toArray()));
            q.setArray(2, c.createArrayOf("text", values.toArray()));
            q.executeUpdate();
        }
    }

    /**
     * Tells the person triggers of the batch's transaction that its name parts are registered
     * already ({@code kontingent.name_parts}, migration V20), so that they do not look them up again.
     */
    static void registered(Connection batch) throws SQLException {
        Sql.rows(batch, "SELECT set_config('kontingent.name_parts', 'registered', true)");
    }

    /** Adds a part in the order the insert takes them (part, then value), as the trigger would store it. */
    private static void add(TreeSet<String> parts, String kind, String value) {
        String normal = value == null ? "" : PersonNames.normalize(value);
        if (!normal.isEmpty()) {
            parts.add(kind + "\t" + normal);
        }
    }
}
