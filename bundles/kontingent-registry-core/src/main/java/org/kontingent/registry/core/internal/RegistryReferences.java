package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.kontingent.registry.api.identifiers.Violation;

/** Checks that what a record refers to is in the registry: dictionary values and other records. */
final class RegistryReferences {
    private RegistryReferences() {
    }

    /** Adds a violation when the code is given and is not a valid entry of the dictionary on the day. */
    static void dictionary(Connection c, List<Violation> violations, String field, String dictionary, String code,
            LocalDate on) throws SQLException {
        if (code != null && !Sql.exists(c, "SELECT 1 FROM registry.dictionary_entry WHERE dictionary = ? AND code = ?"
                + " AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR ? < valid_to)", dictionary, code, on, on)) {
            violations.add(new Violation(field, code, "dictionary." + dictionary,
                    "\"" + code + "\" is not a value of the dictionary " + dictionary));
        }
    }

    /** Adds a violation when no row of the table has the id. */
    static void record(Connection c, List<Violation> violations, String field, String table, String what, Long id)
            throws SQLException {
        if (id != null && !Sql.exists(c, "SELECT 1 FROM registry." + table + " WHERE id = ?", id)) {
            violations.add(new Violation(field, id.toString(), what + ".exists", "There is no " + what + " " + id));
        }
    }
}
