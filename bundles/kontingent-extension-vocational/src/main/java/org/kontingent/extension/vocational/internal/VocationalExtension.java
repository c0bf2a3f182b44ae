package org.kontingent.extension.vocational.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kontingent.extension.support.EntityExtension;
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
 * The vocational training and СПО extension's data in the registry's batches: applications,
 * programmes, course transfers, annual marks, diplomas, joint projects with employers and
 * employment, each checked field by field (L1), checked against the registry (L2: an entry about
 * an organization where the person has no learner membership at the time is written and flagged)
 * and upserted by the source's key into schema {@code vocational}.
 */
@Plugin(kind = "extension", id = VocationalExtension.PLUGIN, name = "Профессиональное обучение и СПО")
@Component(service = ExtensionData.class)
public class VocationalExtension extends EntityExtension {
    /** The bundle, plugin and feature id; the owner of schema vocational's migrations. */
    static final String PLUGIN = "kontingent-extension-vocational";
    /** The extension's id, as sources name it. */
    static final String ID = "vocational";
    /** The schema of the extension's tables. */
    static final String SCHEMA = "vocational";
    /** Writes rows of the extension's tables by the source's id and key. */
    static final Upsert UPSERT = new Upsert(SCHEMA);
    /** Finds a person's learner membership in an organization through the schema's function. */
    static final LearnerMemberships MEMBERSHIPS = new LearnerMemberships(SCHEMA);

    static final String APPLICATION = "application";
    static final String PROGRAMME = "programme";
    static final String COURSE_TRANSFER = "course-transfer";
    static final String MARK = "mark";
    static final String DIPLOMA = "diploma";
    static final String EMPLOYER_PROJECT = "employer-project";
    static final String EMPLOYMENT = "employment";

    /** The rule of the notice on an entry about an organization where the person is no learner at the time. */
    static final String NO_MEMBERSHIP = "vocational.no-learner-membership";
    /** The rule of the notice on a course beyond the programme's length. */
    static final String BEYOND_LENGTH = "vocational.course-beyond-length";
    /** The rule of the notice on a transfer to a lower course. */
    static final String LOWER_COURSE = "vocational.lower-course";

    @Activate
    public VocationalExtension(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PLUGIN + ")") MigratedSchema schema) {
        this();
    }

    /** Outside OSGi (tests): the schema is migrated already. */
    VocationalExtension() {
        super(ID, writers());
    }

    private static Map<String, Writer> writers() {
        Map<String, Writer> writers = new LinkedHashMap<>();
        writers.put(APPLICATION, StudyEntries::application);
        writers.put(PROGRAMME, StudyEntries::programme);
        writers.put(COURSE_TRANSFER, StudyEntries::courseTransfer);
        writers.put(MARK, ResultEntries::mark);
        writers.put(DIPLOMA, ResultEntries::diploma);
        writers.put(EMPLOYER_PROJECT, CareerEntries::employerProject);
        writers.put(EMPLOYMENT, CareerEntries::employment);
        return writers;
    }

    /** The notice on an entry about an organization where the person is no learner {@code when}. */
    static Violation noMembership(ExtensionEntry entry, String when) {
        return noLearnerMembership(NO_MEMBERSHIP, entry, when);
    }

    /** The notice on a course beyond the programme's length. */
    static Violation beyondLength(String field, int course, int length) {
        return new Violation(field, Integer.toString(course), BEYOND_LENGTH, "The course " + course
                + " is beyond the programme's length of " + length + " courses; kept all the same");
    }
}
