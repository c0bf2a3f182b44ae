package org.kontingent.extension.vocational.internal;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.kontingent.extension.support.EntitySchemas;
import org.kontingent.extension.support.EntryFields;
import org.kontingent.extension.support.Upsert;
import org.kontingent.platform.api.Plugin;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.extension.ExtensionData;
import org.kontingent.registry.api.extension.ExtensionEntry;
import org.kontingent.registry.api.extension.Written;
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
public class VocationalExtension implements ExtensionData {
    /** The bundle, plugin and feature id; the owner of schema vocational's migrations. */
    static final String PLUGIN = "kontingent-extension-vocational";
    /** The extension's id, as sources name it. */
    static final String ID = "vocational";
    /** The schema of the extension's tables. */
    static final String SCHEMA = "vocational";
    /** Writes rows of the extension's tables by the source's id and key. */
    static final Upsert UPSERT = new Upsert(SCHEMA);

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

    private final Map<String, URL> entities;

    @Activate
    public VocationalExtension(@Reference(target = "(" + Migrations.OWNER_PROPERTY + "=" + PLUGIN + ")") MigratedSchema schema) {
        this();
    }

    /** Outside OSGi (tests): the schema is migrated already. */
    VocationalExtension() {
        this.entities = EntitySchemas.of(VocationalExtension.class,
                List.of(APPLICATION, PROGRAMME, COURSE_TRANSFER, MARK, DIPLOMA, EMPLOYER_PROJECT, EMPLOYMENT));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, URL> entities() {
        return entities;
    }

    @Override
    public Written write(Connection connection, ExtensionEntry entry) throws SQLException {
        String record = ID + " " + entry.entity() + " " + entry.key();
        return switch (entry.entity()) {
            case APPLICATION -> StudyEntries.application(connection, entry, record);
            case PROGRAMME -> StudyEntries.programme(connection, entry, record);
            case COURSE_TRANSFER -> StudyEntries.courseTransfer(connection, entry, record);
            case MARK -> ResultEntries.mark(connection, entry, record);
            case DIPLOMA -> ResultEntries.diploma(connection, entry, record);
            case EMPLOYER_PROJECT -> CareerEntries.employerProject(connection, entry, record);
            case EMPLOYMENT -> CareerEntries.employment(connection, entry, record);
            default -> throw new InvalidRecordException(record, List.of(new Violation("entity", entry.entity(),
                    UNKNOWN_ENTITY, "The extension vocational takes " + String.join(", ", entities.keySet()) + ", not "
                            + entry.entity())));
        };
    }

    /** The entry's organization, required: a violation when missing. */
    static Long organization(EntryFields fields, ExtensionEntry entry) {
        if (entry.organizationId() == null) {
            fields.add(Violation.required("organization", null, "The organization"));
        }
        return entry.organizationId();
    }

    /** A code of one of the registry's dictionaries (rule {@code dictionary.<dictionary>}), or null. */
    static String registryCode(Connection connection, EntryFields fields, String field, String dictionary)
            throws SQLException {
        String code = fields.text(field, false, 40);
        if (code != null && !RegistryViews.known(connection, dictionary, code)) {
            fields.add(new Violation(field, code, "dictionary." + dictionary, "The " + field + " must be a code of the"
                    + " registry's " + dictionary + " dictionary, not " + code));
            return null;
        }
        return code;
    }

    /** The notice on an entry about an organization where the person is no learner {@code when}. */
    static Violation noMembership(ExtensionEntry entry, String when) {
        return new Violation("organization", String.valueOf(entry.organizationId()), NO_MEMBERSHIP, "Person "
                + entry.personId() + " is no learner of organization " + entry.organizationId() + " " + when + "; the "
                + entry.entity() + " is kept all the same");
    }

    /** The notice on a course beyond the programme's length. */
    static Violation beyondLength(String field, int course, int length) {
        return new Violation(field, Integer.toString(course), BEYOND_LENGTH, "The course " + course
                + " is beyond the programme's length of " + length + " courses; kept all the same");
    }
}
