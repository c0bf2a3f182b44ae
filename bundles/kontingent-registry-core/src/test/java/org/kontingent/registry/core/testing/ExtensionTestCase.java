package org.kontingent.registry.core.testing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;

/**
 * What every test class of an education-level extension starts from: the extension, and its
 * database ({@link ExtensionDatabase}, with the region the class needs) started once for the
 * class's tests and closed after them. The extension's schema is named as the extension.
 */
@TestInstance(Lifecycle.PER_CLASS)
public abstract class ExtensionTestCase {
    /** The day the tests' entries are written on, unless a test says otherwise. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    protected final ExtensionData extension;
    protected ExtensionDatabase database;

    protected ExtensionTestCase(ExtensionData extension) {
        this.extension = Objects.requireNonNull(extension, "extension");
    }

    /** The class's database: the registry's migrations and the extension's, and the region its tests need. */
    protected abstract ExtensionDatabase startDatabase() throws Exception;

    @BeforeAll
    final void startTheDatabase() throws Exception {
        database = startDatabase();
    }

    @AfterAll
    final void closeTheDatabase() throws IOException {
        database.close();
    }

    /** The schema of the extension's tables: its id. */
    protected final String schema() {
        return extension.id();
    }

    /** An entry of the source given, written on {@link #TODAY}. */
    protected static ExtensionEntry entry(long source, String entity, String key, long person, Long organization,
            Map<String, Object> data) {
        return new ExtensionEntry(source, key, entity, person, organization, data, TODAY);
    }

    /** The table of an entity: its name with underscores ({@code special-needs}: {@code special_needs}). */
    protected static String table(String entity) {
        return entity.replace('-', '_');
    }
}
