package org.kontingent.extension.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Role;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.api.query.PortfolioSections;
import org.kontingent.registry.core.internal.JdbcPersonIdentity;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.RegistryServicesContract;

/**
 * The extension's services bound to the registry's own: a batch through
 * the registry's batches with a child, their membership in the school and their conclusion
 * and special needs (attached to the membership of the same batch) and a refused entry alone; the
 * person's portfolio ({@code PersonQueries.sections}) carrying the section {@code health} for a role
 * with READ_HEALTH only, named for the journal; a merge through {@code PersonIdentity} moving the
 * duplicate's rows, and its undo moving them back.
 */
class RegistryServicesTest extends RegistryServicesContract {
    private static final LocalDate NOW = LocalDate.now();

    RegistryServicesTest() {
        super(new HealthExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return HealthDatabase.start();
    }

    @Test
    void appliesABatchShowsTheSectionToThoseWhoMaySeeItAndMovesRowsOnAMergeAndBack() throws SQLException {
        LocalDate start = EntryFields.yearStart(EntryFields.yearOf(NOW));
        Batch batch = aNewLearner(person("Зайцева", "Алиса", "Игоревна", LocalDate.of(2015, 6, 6), "F"), 10, start,
                List.of(ofTheNewLearner("h-1", "conclusion", 10L, data("healthGroup", "III", "peGroup", "special-a",
                                "concludedOn", start.toString())),
                        ofTheNewLearner("h-2", "conclusion", 10L, data("healthGroup", 1, "peGroup", "special-b",
                                "concludedOn", start.toString())),
                        ofTheNewLearner("h-3", "special-needs", 10L, data("category", "speech", "programmeVariant", "5.1",
                                "concludedOn", start.toString())),
                        ofTheNewLearner("h-4", "disability", 12L, data("category", "child-disabled",
                                "establishedOn", start.toString()))));
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED", "EXTENSION h-1 CREATED",
                "EXTENSION h-2 REFUSED peGroup pe-group.health-group", "EXTENSION h-3 CREATED",
                "EXTENSION h-4 CREATED notice health.no-learner-membership"),
                appliedTwice(batch, Source.provider("school-system", "АИС «Сетевой город. Образование»")));
        assertEquals(List.of("t"), database.column("SELECT c.membership_id = m.id FROM health.conclusion c"
                + " JOIN registry.membership m ON m.person_id = c.person_id WHERE c.key = 'h-1'"),
                "attached to the membership made in the same batch");
        long child = database.count("SELECT person_id FROM health.conclusion WHERE key = 'h-1'");

        JdbcPersonQueries queries = queries(new HealthPortfolio(database.dataSource()));
        PortfolioSections administrator = queries.sections(child, NOW, Role.AUTHORITY_ADMINISTRATOR.permissions());
        assertEquals(List.of("health"), List.copyOf(administrator.shown().keySet()));
        assertEquals(Map.of("health", Permission.READ_HEALTH), administrator.restricted(), "a read to journal");
        assertEquals(List.of(3, "special-a", "speech", true), List.of(administrator.shown().get("health").get("healthGroup"),
                administrator.shown().get("health").get("peGroup"),
                administrator.shown().get("health").get("specialNeedsCategory"),
                administrator.shown().get("health").get("adaptedProgramme")));
        PortfolioSections employee = queries.sections(child, NOW, Role.EMPLOYEE.permissions());
        assertEquals(Map.of(), employee.shown(), "an employee's card has no health section");
        assertEquals(Map.of(), employee.restricted());
        assertEquals(Map.of(), queries.sections(child, NOW), "nor has a card read without permissions");
        assertEquals(Map.of(), queries.sections(5004, NOW, Role.SYSTEM_ADMINISTRATOR.permissions()).shown(),
                "nothing about 5004: no section");

        ExtensionEntry duplicates = new ExtensionEntry(9, "r-1", "conclusion", 5003, 10L, Entries.conclusion(), TODAY);
        JdbcPersonIdentity identity = identity(new HealthMerge());
        Merge merge = assertAMergeMovesTheRow(identity, HealthMerge.TABLES, 5000, duplicates);
        assertItsUndoMovesItBack(identity, merge, duplicates);
    }
}
