package org.kontingent.registry.api.extension;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.kontingent.registry.api.command.InvalidRecordException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The data of an education-level extension that sources send with their batches: the marks and
 * exams of general education, a preschooler's stay mode, a student's employment. Register it as
 * an OSGi service; while it is there, the registry hands it the batch entries of its extension.
 *
 * <p>The entries come after the batch's persons, classes and memberships, with the source's
 * person key resolved to the registry's person. Each is written on the batch's connection, inside
 * the batch's transaction and under its own savepoint: an entry refused leaves nothing behind, and
 * the batch is kept or lost whole, extension data included. An extension writes its own tables
 * only; it reads the registry through the published report views or query services.
 *
 * <p>Entries of an extension no service is registered for are refused with the rule
 * {@value #NOT_INSTALLED} (the gateway keeps their package for replay once it is installed), and
 * entries of an entity the extension does not list with {@value #UNKNOWN_ENTITY}.
 */
@ConsumerType
public interface ExtensionData {
    /** The rule of an entry whose extension is not installed. */
    String NOT_INSTALLED = "extension.not-installed";
    /** The rule of an entry whose entity its extension does not take. */
    String UNKNOWN_ENTITY = "extension.entity";

    /** The extension's id, as sources name it: general, preschool, additional, vocational, health, portfolio. */
    String id();

    /**
     * The entities the extension takes (mark, exam, employment, ...), each with the JSON Schema of
     * its entries' data: a resource of the extension's bundle, which the gateway publishes to
     * connector vendors beside the exchange model's own schema.
     */
    Map<String, URL> entities();

    /**
     * Writes one entry into the extension's tables: an upsert by the source's key, so that the
     * same entry applied twice changes nothing the second time.
     *
     * @param connection the batch's connection, in its transaction: never commit or close it
     * @return the id of the extension's record, what was done, and what was found wrong with an
     *         entry written all the same (rules that flag without refusing)
     * @throws InvalidRecordException naming each field, value and rule when the entry is refused
     * @throws SQLException when the database fails; a constraint of the extension's tables broken
     *         (a check, a unique key) refuses the entry alone, the constraint named in the message
     */
    Written write(Connection connection, ExtensionEntry entry) throws SQLException;
}
