package org.kontingent.extension.support;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * An extension's data service as a writer per entity: its id, its entities each with the JSON
 * Schema {@code /schema/<entity>.schema.json} of the bundle that holds the extending class
 * ({@link EntitySchemas}), and each entry handed to its entity's writer with the record named
 * {@code <extension> <entity> <key>}; an entry of another entity is refused with
 * {@value ExtensionData#UNKNOWN_ENTITY}. An extension's declarative services component extends
 * this class and names its writers; the writers share the required organization
 * ({@link #organization}) and the notice on an entry about a person who is no learner of the
 * organization at the time ({@link #noLearnerMembership}).
 */
public abstract class EntityExtension implements ExtensionData {
    /** Writes one entry of an entity, refusing it with the record given, as {@code portfolio event e-1}. */
    @FunctionalInterface
    public interface Writer {
        Written write(Connection connection, ExtensionEntry entry, String record) throws SQLException;
    }

    private final String id;
    private final Map<String, Writer> writers;
    private final Map<String, URL> entities;

    /**
     * @param id the extension's id, as sources name it
     * @param writers each entity and its writer, in the order the entities are listed
     * @throws IllegalStateException when the extending class's bundle has no JSON Schema of an entity
     */
    protected EntityExtension(String id, Map<String, Writer> writers) {
        this.id = Objects.requireNonNull(id, "id");
        this.writers = Collections.unmodifiableMap(new LinkedHashMap<>(writers));
        this.entities = EntitySchemas.of(getClass(), List.copyOf(this.writers.keySet()));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Map<String, URL> entities() {
        return entities;
    }

    @Override
    public Written write(Connection connection, ExtensionEntry entry) throws SQLException {
        String record = id + " " + entry.entity() + " " + entry.key();
        Writer writer = writers.get(entry.entity());
        if (writer == null) {
            throw new InvalidRecordException(record, List.of(new Violation("entity", entry.entity(), UNKNOWN_ENTITY,
                    "The extension " + id + " takes " + String.join(", ", writers.keySet()) + ", not " + entry.entity())));
        }
        return writer.write(connection, entry, record);
    }

    /** The entry's organization, required: a violation {@code required} on the field organization when missing. */
    public static Long organization(EntryFields fields, ExtensionEntry entry) {
        if (entry.organizationId() == null) {
            fields.add(Violation.required("organization", null, "The organization"));
        }
        return entry.organizationId();
    }

    /**
     * The notice on an entry written although the person is no learner of its organization
     * {@code when} ("on 2026-11-23", "in the academic year 2026-2027"): the entry is kept.
     *
     * @param rule the extension's rule, as {@code portfolio.no-learner-membership}
     */
    public static Violation noLearnerMembership(String rule, ExtensionEntry entry, String when) {
        return new Violation("organization", String.valueOf(entry.organizationId()), rule, "Person " + entry.personId()
                + " is no learner of organization " + entry.organizationId() + " " + when + "; the " + entry.entity()
                + " is kept all the same");
    }
}
