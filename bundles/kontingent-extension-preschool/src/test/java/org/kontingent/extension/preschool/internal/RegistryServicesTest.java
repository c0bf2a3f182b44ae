package org.kontingent.extension.preschool.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kontingent.registry.core.testing.EntryData.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identity.Merge;
import org.kontingent.registry.core.internal.JdbcPersonIdentity;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.testing.ExtensionDatabase;
import org.kontingent.registry.core.testing.RegistryServicesContract;

/**
 * The extension's services bound to the registry's own: a batch through
 * the registry's batches (as the gateway applies a package) with a child, their membership,
 * enrollment and application applies whole, the enrollment attached to the membership of the same
 * batch, a bad entry refused alone, the same batch again changing nothing; the person's portfolio
 * ({@code PersonQueries.sections}) carries the section {@code preschool}; a merge through
 * {@code PersonIdentity} moves the duplicate's rows and its undo moves them back.
 */
class RegistryServicesTest extends RegistryServicesContract {
    RegistryServicesTest() {
        super(new PreschoolExtension());
    }

    @Override
    protected ExtensionDatabase startDatabase() throws Exception {
        return PreschoolDatabase.start();
    }

    @Test
    void appliesAChildWithTheirMembershipEnrollmentAndApplicationTogetherAndRefusesABadEntryAlone() throws SQLException {
        Batch batch = aNewLearner(person("Зайцева", "Ольга", "Игоревна", LocalDate.of(2023, 6, 6), "F"), 11,
                LocalDate.of(2026, 9, 1), List.of(ofTheNewLearner("b-1", "enrollment", 11L, data("enrolledOn", "2026-09-01",
                                "stayMode", "full-day", "groupType", "general-developmental", "ageGroup", "early")),
                        ofTheNewLearner("b-2", "application", 12L, data("registeredOn", "2026-10-01", "birthDate", "2023-06-06",
                                "wantedDate", "2027-09-01")),
                        ofTheNewLearner("b-3", "enrollment", 11L, data("enrolledOn", "2026-09-01", "stayMode", "night",
                                "groupType", "general-developmental", "ageGroup", "early"))));
        assertEquals(List.of("PERSON p-1 CREATED", "MEMBERSHIP ms-1 CREATED", "EXTENSION b-1 CREATED", "EXTENSION b-2 CREATED",
                "EXTENSION b-3 REFUSED stayMode dictionary.stay-mode"),
                appliedTwice(batch, Source.provider("queue-p", "Электронная очередь")));
        assertEquals(List.of("b-1 early true"), database.column("SELECT e.key || ' ' || e.age_group || ' ' || (e.membership_id ="
                + " (SELECT m.id FROM registry.membership m WHERE m.person_id = e.person_id AND m.organization_id = 11))"
                + " FROM preschool.enrollment e WHERE e.key LIKE 'b-%' ORDER BY e.key"), "attached to the membership of the batch");
    }

    @Test
    void thePortfolioCarriesTheSectionAndAMergeAndItsUndoMoveTheRows() throws SQLException {
        database.write(extension, List.of(entry(9, "enrollment", "r-1", 1000, 11L, data("enrolledOn", "2024-09-01",
                "stayMode", "full-day", "groupType", "general-developmental", "ageGroup", "middle"))));
        JdbcPersonQueries queries = queries(new PreschoolPortfolio(database.dataSource()));
        assertEquals(List.of("preschool"), List.copyOf(queries.sections(1000, TODAY).keySet()));
        assertEquals(Map.of(), queries.sections(1003, TODAY), "nothing about 1003: no section");

        ExtensionEntry duplicates = entry(9, "application", "r-2", 1005, 12L, data("registeredOn", "2026-11-01",
                "birthDate", "2022-03-10", "wantedDate", "2027-09-01"));
        JdbcPersonIdentity identity = identity(new PreschoolMerge());
        Merge merge = assertAMergeMovesTheRow(identity, PreschoolMerge.TABLES, 1000, duplicates);
        assertTrue(queries.sections(1000, TODAY).get("preschool").toString().contains("wantedDate=2027-09-01"),
                "the kept person's portfolio shows the duplicate's application");
        assertItsUndoMovesItBack(identity, merge, duplicates);
        assertEquals(List.of(), database.column("SELECT key FROM preschool.application WHERE person_id = 1000"
                + " AND key LIKE 'r-%'"));
    }
}
