package org.kontingent.extension.additional.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.kontingent.extension.support.EntityExtension;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.extension.support.LearnerMemberships;
import org.kontingent.extension.support.Upsert;
import org.kontingent.platform.api.Plugin;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.identifiers.Violation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The additional education for children extension's data in the registry's batches:
 * applications, a learner's programmes, the subjects and courses of a programme, and the
 * documents issued on completion, each checked field by field (L1), checked against the registry
 * (L2: an entry about an organization where the person has no learner membership at the time is
 * written and flagged) and upserted by the source's key into schema {@code additional}.
 */
@Plugin(kind = "extension", id = AdditionalExtension.PLUGIN, name = "Дополнительное образование детей")
@Component(service = ExtensionData.class)
public class AdditionalExtension extends EntityExtension {
    /** The bundle, plugin and feature id; the owner of schema additional's migrations. */
    static final String PLUGIN = "kontingent-extension-additional";
    /** The extension's id, as sources name it. */
    static final String ID = "additional";
    /** The schema of the extension's tables. */
    static final String SCHEMA = "additional";
    /** Writes rows of the extension's tables by the source's id and key. */
    static final Upsert UPSERT = new Upsert(SCHEMA);
    /** Finds a person's learner membership in an organization through the schema's function. */
    static final LearnerMemberships MEMBERSHIPS = new LearnerMemberships(SCHEMA);

    static final String APPLICATION = "application";
    static final String PROGRAMME = "programme";
    static final String COURSE = "course";
    static final String DOCUMENT = "document";

    /** The rule of the notice on an entry about an organization where the person is no learner at the time. */
    static final String NO_MEMBERSHIP = "additional.no-learner-membership";
    /** The rule of the notice on a course or document naming a programme the source has not sent. */
    static final String UNKNOWN_PROGRAMME = "additional.unknown-programme";
    /** The rule of the notice on a document whose kind does not fit the programme it was issued for. */
    static final String DOCUMENT_FOR_PROGRAMME = "additional.document-kind";

    @Activate
    public AdditionalExtension(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PLUGIN + ")") MigratedSchema schema) {
        this();
    }

    /** Outside OSGi (tests): the schema is migrated already. */
    AdditionalExtension() {
        super(ID, writers());
    }

    private static Map<String, Writer> writers() {
        Map<String, Writer> writers = new LinkedHashMap<>();
        writers.put(APPLICATION, ProgrammeEntries::application);
        writers.put(PROGRAMME, ProgrammeEntries::programme);
        writers.put(COURSE, ResultEntries::course);
        writers.put(DOCUMENT, ResultEntries::document);
        return writers;
    }

    /** The status of a subject, a course or a programme and its mark, as read from an entry. */
    record Outcome(String status, String mark) {
    }

    /**
     * The status of a subject, a course or a programme (null when not sent) and its mark, as text;
     * a failing mark (2, незачёт, ...) with the status mastered is refused (rule {@code mark.status}).
     */
    static Outcome outcome(EntryFields fields) {
        String status = fields.code("status", false, AdditionalDictionaries.STUDY_STATUS);
        String mark = fields.text("mark", false, 20);
        if (mark != null && AdditionalDictionaries.MASTERED.equals(status)
                && AdditionalDictionaries.FAILING_MARKS.contains(mark.toLowerCase(Locale.ROOT))) {
            fields.add(new Violation("mark", mark, "mark.status", "The mark " + mark + " says it was not mastered,"
                    + " not mastered as the status says"));
        }
        return new Outcome(status, mark);
    }

    /** The notice on an entry about an organization where the person is no learner {@code when}. */
    static Violation noMembership(ExtensionEntry entry, String when) {
        return noLearnerMembership(NO_MEMBERSHIP, entry, when);
    }

    /** The notice on an entry naming a programme the source has not sent (yet). */
    static Violation unknownProgramme(String key) {
        return new Violation("programme", key, UNKNOWN_PROGRAMME, "The source has sent no programme " + key
                + " of this person; the entry is kept and joins the programme when it comes");
    }
}
