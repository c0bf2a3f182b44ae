package org.kontingent.extension.general.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kontingent.extension.support.EntityExtension;
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
 * The general education extension's data in the registry's batches: marks, ГИА exams,
 * certificates, programmes of memberships and applications, each checked field by field (L1),
 * checked against the registry (L2: an entry about an organization where the person has no
 * learner membership at the time is written and flagged) and upserted by the source's key into
 * schema {@code general}.
 */
@Plugin(kind = "extension", id = GeneralExtension.PLUGIN, name = "Общее образование (1–11 классы)")
@Component(service = ExtensionData.class)
public class GeneralExtension extends EntityExtension {
    /** The bundle, plugin and feature id; the owner of schema general's migrations. */
    static final String PLUGIN = "kontingent-extension-general";
    /** The extension's id, as sources name it. */
    static final String ID = "general";
    /** The schema of the extension's tables. */
    static final String SCHEMA = "general";
    /** Writes rows of the extension's tables by the source's id and key. */
    static final Upsert UPSERT = new Upsert(SCHEMA);

    static final String MARK = "mark";
    static final String EXAM = "exam";
    static final String CERTIFICATE = "certificate";
    static final String PROGRAMME = "programme";
    static final String APPLICATION = "application";

    /** The rule of the notice on an entry about an organization where the person is no learner at the time. */
    static final String NO_MEMBERSHIP = "general.no-learner-membership";

    /** The longest subject name of a mark or an exam. */
    static final int SUBJECT_LENGTH = 200;

    @Activate
    public GeneralExtension(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PLUGIN + ")") MigratedSchema schema) {
        this();
    }

    /** Outside OSGi (tests): the schema is migrated already. */
    GeneralExtension() {
        super(ID, writers());
    }

    private static Map<String, Writer> writers() {
        Map<String, Writer> writers = new LinkedHashMap<>();
        writers.put(MARK, MarkEntries::mark);
        writers.put(EXAM, ResultEntries::exam);
        writers.put(CERTIFICATE, ResultEntries::certificate);
        writers.put(PROGRAMME, StudyEntries::programme);
        writers.put(APPLICATION, StudyEntries::application);
        return writers;
    }

    /** The notice on an entry about an organization where the person is no learner {@code when}. */
    static Violation noMembership(ExtensionEntry entry, String when) {
        return noLearnerMembership(NO_MEMBERSHIP, entry, when);
    }
}
