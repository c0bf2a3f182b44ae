package org.kontingent.extension.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.kontingent.registry.api.identifiers.Violation;

/**
 * The codes of the registry's own dictionaries ({@code study-form}, {@code ownership-form},
 * {@code leaving-reason}, ...) that an entry's field may hold, checked through the registry's
 * published view {@code report.dictionary} on the batch's connection.
 */
public final class RegistryCodes {
    /** The longest code of a registry's dictionary an entry may send. */
    public static final int LENGTH = 40;

    private RegistryCodes() {
    }

    /** Whether the code is one of the registry's dictionary's. */
    public static boolean known(Connection connection, String dictionary, String code) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT EXISTS (SELECT FROM report.dictionary WHERE dictionary = ? AND code = ?)")) {
            q.setString(1, dictionary);
            q.setString(2, code);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * The field's code of the registry's dictionary, or null: when not sent, or when it is no code
     * of the dictionary (then a violation {@code dictionary.<dictionary>}).
     */
    public static String code(Connection connection, EntryFields fields, String field, String dictionary)
            throws SQLException {
        String code = fields.text(field, false, LENGTH);
        if (code != null && !known(connection, dictionary, code)) {
            fields.add(new Violation(field, code, "dictionary." + dictionary, "The " + field + " must be a code of the"
                    + " registry's " + dictionary + " dictionary, not " + code));
            return null;
        }
        return code;
    }
}
