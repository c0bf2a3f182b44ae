package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

/**
 * The extension entries of a batch, each written by the installed extension it names, on the
 * batch's connection: an extension not installed, an entity it does not take, a person key not
 * known, or an extension that fails refuse the entry only.
 */
final class BatchExtensions {
    /** The rule of an entry its extension failed on (a defect of the extension, not of the entry). */
    static final String FAILED = "extension.failed";

    private final Connection connection;
    private final long sourceId;
    private final LocalDate today;
    private final BatchPersons persons;
    private final Function<String, ExtensionData> installed;

    BatchExtensions(Connection connection, long sourceId, LocalDate today, BatchPersons persons,
            Function<String, ExtensionData> installed) {
        this.connection = connection;
        this.sourceId = sourceId;
        this.today = today;
        this.persons = persons;
        this.installed = installed;
    }

    BatchApplication.Applied write(Batch.ExtensionEntry e) throws SQLException {
        String record = e.extension() + " " + e.entity() + " " + e.key();
        if (e.key() == null || e.key().isBlank()) {
            throw new InvalidRecordException(record, List.of(Violation.required("key", e.key(), "The record's key")));
        }
        ExtensionData extension = e.extension() == null ? null : installed.apply(e.extension());
        if (extension == null) {
            throw new InvalidRecordException(record, List.of(new Violation("extension", e.extension(),
                    ExtensionData.NOT_INSTALLED, "The extension " + e.extension() + " is not installed")));
        }
        if (e.entity() == null || !extension.entities().containsKey(e.entity())) {
            throw new InvalidRecordException(record, List.of(new Violation("entity", e.entity(), ExtensionData.UNKNOWN_ENTITY,
                    "The extension " + e.extension() + " takes " + String.join(", ", extension.entities().keySet().stream()
                            .sorted().toList()) + ", not " + e.entity())));
        }
        long personId = persons.person("person", e.personKey());
        ExtensionEntry entry = new ExtensionEntry(sourceId, e.key(), e.entity(), personId, e.organizationId(), e.data(), today);
        Written written;
        try {
            written = extension.write(connection, entry);
        } catch (InvalidRecordException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            throw new InvalidRecordException(record, List.of(new Violation("extension", e.extension(), FAILED,
                    "The extension " + e.extension() + " failed on the record: " + failure)));
        }
        return new BatchApplication.Applied(written.id(), written.result(), written.notices());
    }
}
