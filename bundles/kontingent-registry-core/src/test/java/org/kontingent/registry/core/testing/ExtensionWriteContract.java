package org.kontingent.registry.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * What every extension's write must do on a real PostgreSQL, whatever its entities: refuse each
 * broken field with its exact rule, everything wrong with an entry at once, and an entity it does
 * not take, leaving nothing of a refused entry behind; and leave the report scope of the batch's
 * connection as it found it. An extension's test names its cases and writes its own entities
 * with {@link #write}, reading them back with {@link #row}.
 */
public abstract class ExtensionWriteContract extends ExtensionTestCase {
    /** The source of the entries written. */
    protected static final long SOURCE = 7;

    /** One refusal: the entity, the organization and the data, and the field and rule it is refused by. */
    public record Refusal(String entity, Long organization, Map<String, Object> data, String field, String rule) {
    }

    /** An entry with several things wrong, and each field and rule it is refused by, in their order. */
    public record Refusals(String entity, Long organization, Map<String, Object> data, List<String> fieldsAndRules) {
    }

    protected ExtensionWriteContract(ExtensionData extension) {
        super(extension);
    }

    /** The person of the refused entries. */
    protected abstract long refusedPerson();

    /** Each broken field of each entity, refused alone. */
    protected abstract List<Refusal> refusals();

    /** An entry refused with several violations at once. */
    protected abstract Refusals severalAtOnce();

    /** A name of an entity the extension does not take. */
    protected abstract String unknownEntity();

    /** A report scope other than the extension's own, and entries written under it. */
    protected abstract String callersScope();

    protected abstract List<ExtensionEntry> entriesWrittenInTheCallersScope();

    /** Writes one entry of {@link #SOURCE} on {@link #TODAY} in a transaction of its own, as the registry's batch would. */
    protected Written write(String entity, String key, long person, Long organization, Map<String, Object> data)
            throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                Written written = extension.write(c, entry(SOURCE, entity, key, person, organization, data));
                c.commit();
                return written;
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            }
        }
    }

    /**
     * The row of {@link #SOURCE} under the key in the extension's table, column → value (nulls kept,
     * days as {@link java.time.LocalDate}, arrays as Java arrays); null when there is none.
     */
    protected Map<String, Object> row(String table, String key) throws SQLException {
        Map<String, Object> row = database.row("SELECT * FROM " + schema() + "." + table + " WHERE source_id = " + SOURCE
                + " AND key = '" + key + "'");
        if (row != null) {
            for (Map.Entry<String, Object> column : row.entrySet()) {
                if (column.getValue() instanceof java.sql.Date day) {
                    column.setValue(day.toLocalDate());
                } else if (column.getValue() instanceof Array array) {
                    column.setValue(array.getArray());
                }
            }
        }
        return row;
    }

    /** The rules of the notices a written entry is answered with. */
    protected static List<String> rules(Written written) {
        return written.notices().stream().map(Violation::rule).toList();
    }

    /** The fields and rules of the notices a written entry is answered with, as {@code ageGroup preschool.age-group}. */
    protected static List<String> fieldsAndRules(Written written) {
        return written.notices().stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    /** The number of a numeric column, whatever its SQL type. */
    protected static int number(Object value) {
        return ((Number) value).intValue();
    }

    @Test
    public void refusesEachBrokenFieldWithItsRuleAndLeavesNothingBehind() throws SQLException {
        for (Refusal c : refusals()) {
            InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                    () -> write(c.entity(), "refused-" + c.entity(), refusedPerson(), c.organization(), c.data()), c.toString());
            assertEquals(List.of(c.field() + " " + c.rule()), refused.violations().stream()
                    .map(v -> v.field() + " " + v.rule()).toList(), c.toString());
            assertNotNull(refused.violations().get(0).message());
        }
        for (String entity : extension.entities().keySet()) {
            assertNull(row(table(entity), "refused-" + entity), "nothing of a refused " + entity + " is written");
        }

        Refusals several = severalAtOnce();
        InvalidRecordException all = assertThrows(InvalidRecordException.class, () -> write(several.entity(),
                "refused-" + several.entity(), refusedPerson(), several.organization(), several.data()));
        assertEquals(several.fieldsAndRules(), all.violations().stream().map(v -> v.field() + " " + v.rule()).toList(),
                "everything wrong with an entry at once");
        assertEquals(extension.id() + " " + several.entity() + " refused-" + several.entity(), all.record());
        InvalidRecordException unknown = assertThrows(InvalidRecordException.class, () -> write(unknownEntity(), "x",
                refusedPerson(), several.organization(), Map.of()));
        assertEquals("entity " + ExtensionData.UNKNOWN_ENTITY, unknown.violations().get(0).field() + " "
                + unknown.violations().get(0).rule());
    }

    @Test
    public void leavesTheCallersReportScopeAsItWas() throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('kontingent.report_scope', '" + callersScope() + "', true)");
                for (ExtensionEntry entry : entriesWrittenInTheCallersScope()) {
                    extension.write(c, entry);
                }
                try (ResultSet rs = s.executeQuery("SELECT current_setting('kontingent.report_scope')")) {
                    rs.next();
                    assertEquals(callersScope(), rs.getString(1));
                }
            } finally {
                c.rollback();
            }
        }
    }
}
