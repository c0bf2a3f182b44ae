package org.kontingent.extension.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.registry.api.batch.EntryOutcome.Result;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
import org.kontingent.registry.api.identifiers.Violation;

class EntityExtensionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** An extension of one entity, visit, whose writer answers the record it was given as a notice. */
    private static final class Visits extends EntityExtension {
        Visits() {
            super("test", Map.of("visit", (connection, entry, record) -> {
                EntryFields fields = new EntryFields(entry.data(), java.util.Set.of(), entry.today(), d -> Map.of(), "v");
                organization(fields, entry);
                fields.check(record);
                return new Written(7, Result.CREATED, List.of(noLearnerMembership("test.no-learner-membership", entry,
                        "on " + entry.today())));
            }));
        }
    }

    private static ExtensionEntry entry(String entity, Long organization) {
        return new ExtensionEntry(1, "k-1", entity, 42, organization, Map.of(), TODAY);
    }

    @Test
    void listsItsEntitiesWithTheirSchemasAndHandsEachEntryToItsWriter() throws Exception {
        Visits visits = new Visits();
        assertEquals("test", visits.id());
        assertEquals(List.of("visit"), List.copyOf(visits.entities().keySet()));
        assertEquals(true, visits.entities().get("visit").toString().endsWith("/schema/visit.schema.json"));
        Written written = visits.write(null, entry("visit", 10L));
        assertEquals(new Violation("organization", "10", "test.no-learner-membership", "Person 42 is no learner of"
                + " organization 10 on 2026-11-23; the visit is kept all the same"), written.notices().get(0));
    }

    @Test
    void refusesAnotherEntityAndAnEntryWithoutItsOrganizationNamingTheRecord() {
        InvalidRecordException unknown = assertThrows(InvalidRecordException.class, () -> new Visits().write(null,
                entry("call", 10L)));
        assertEquals("test call k-1", unknown.record());
        assertEquals(List.of("entity " + ExtensionData.UNKNOWN_ENTITY), unknown.violations().stream()
                .map(v -> v.field() + " " + v.rule()).toList());
        assertEquals("The extension test takes visit, not call", unknown.violations().get(0).message());
        InvalidRecordException nowhere = assertThrows(InvalidRecordException.class, () -> new Visits().write(null,
                entry("visit", null)));
        assertEquals("test visit k-1", nowhere.record());
        assertEquals(List.of("organization required"), nowhere.violations().stream().map(v -> v.field() + " " + v.rule())
                .toList());
    }

    @Test
    void refusesAnEntityWithoutASchema() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> new EntityExtension("test",
                Map.of("call", (c, e, r) -> null)) {
        });
        assertEquals("The bundle has no JSON Schema of call", missing.getMessage());
    }
}
