package org.kontingent.gateway.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.ExtensionRecord;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.registry.api.batch.Batch;
import org.kontingent.registry.api.command.Order;
import org.kontingent.registry.api.command.PersonData;

/**
 * The gateway's own checks of a package's records (level 1: keys present and not repeated,
 * organizations the provider is registered for) and the
 * registry batch of the records that pass, with each entry's name in the package.
 */
final class ExchangeMapping {
    private static final int MAX_KEY = 200;
    /** The extension marks belong to, and their entity in it. */
    static final String GENERAL = "general";
    static final String MARK = "mark";

    /** The batch, the package's name of each of its entries (per list, in order), and the refusals. */
    record Mapped(Batch batch, Map<String, List<String>> labels, List<RecordError> errors, int refused) {
    }

    private final OrganizationCodes organizations;
    private final List<RecordError> errors = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();

    ExchangeMapping(OrganizationCodes organizations) {
        this.organizations = organizations;
    }

    Mapped map(ReadResult read) {
        ExchangePackage p = read.exchangePackage();
        Map<String, List<String>> labels = new HashMap<>();
        List<Batch.PersonEntry> persons = new ArrayList<>();
        List<String> personLabels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.persons().size(); i++) {
            PersonRecord r = p.persons().get(i);
            String label = label(read.place("persons", i), r.id());
            if (key(label, "id", r.id()) && unique(label, seen, r.id())) {
                persons.add(new Batch.PersonEntry(r.id(), person(r)));
                personLabels.add(label);
            }
        }
        labels.put("persons", personLabels);
        List<Batch.RepresentativeEntry> representatives = new ArrayList<>();
        List<String> representativeLabels = new ArrayList<>();
        for (int i = 0; i < p.representatives().size(); i++) {
            RepresentativeRecord r = p.representatives().get(i);
            String label = read.place("representatives", i) + " (learner " + r.learner() + ", representative " + r.representative() + ")";
            if (key(label, "learner", r.learner()) && key(label, "representative", r.representative())) {
                representatives.add(new Batch.RepresentativeEntry(r.learner(), r.representative(), r.relationship()));
                representativeLabels.add(label);
            }
        }
        labels.put("representatives", representativeLabels);
        List<Batch.ClassGroupEntry> classes = new ArrayList<>();
        List<String> classLabels = new ArrayList<>();
        seen.clear();
        for (int i = 0; i < p.classes().size(); i++) {
            ClassGroupRecord r = p.classes().get(i);
            String label = label(read.place("classes", i), r.id());
            Long organization = organization(label, r.organization());
            if (key(label, "id", r.id()) && unique(label, seen, r.id()) && organization != null) {
                classes.add(new Batch.ClassGroupEntry(r.id(), organization, r.academicYear(), r.name(), r.grade(),
                        r.specialization(), r.studyForm(), r.capacity()));
                classLabels.add(label);
            }
        }
        labels.put("classes", classLabels);
        List<Batch.MembershipEntry> memberships = new ArrayList<>();
        List<String> membershipLabels = new ArrayList<>();
        seen.clear();
        for (int i = 0; i < p.memberships().size(); i++) {
            MembershipRecord r = p.memberships().get(i);
            String label = label(read.place("memberships", i), r.id());
            Long organization = organization(label, r.organization());
            if (key(label, "id", r.id()) && key(label, "person", r.person()) && unique(label, seen, r.id())
                    && organization != null) {
                memberships.add(new Batch.MembershipEntry(r.id(), r.person(), organization, r.role(), r.startsOn(), r.endsOn(),
                        r.studyForm(), order(r.enrollmentOrder()), r.leavingReason(), order(r.leavingOrder()), r.classGroup()));
                membershipLabels.add(label);
            }
        }
        labels.put("memberships", membershipLabels);
        // marks are the general extension's data; an extension's own checks run in the registry,
        // where an extension that is not installed refuses them (and the package waits for replay)
        List<Batch.ExtensionEntry> extensions = new ArrayList<>();
        List<String> extensionLabels = new ArrayList<>();
        Set<String> seenMarks = new HashSet<>();
        for (int i = 0; i < p.grades().size(); i++) {
            GradeRecord r = p.grades().get(i);
            String label = label(read.place("grades", i), r.id());
            Long organization = organization(label, r.organization());
            if (key(label, "id", r.id()) && key(label, "person", r.person()) && unique(label, seenMarks, r.id())
                    && organization != null) {
                extensions.add(new Batch.ExtensionEntry(r.id(), GENERAL, MARK, r.person(), organization, mark(r)));
                extensionLabels.add(label);
            }
        }
        Set<String> seenRecords = new HashSet<>();
        for (int i = 0; i < p.extensions().size(); i++) {
            ExtensionRecord r = p.extensions().get(i);
            String label = label(read.place("extensions", i), r.id());
            Long organization = r.organization() == null ? null : organization(label, r.organization());
            if (key(label, "id", r.id()) && key(label, "person", r.person()) && key(label, "extension", r.extension())
                    && key(label, "entity", r.entity())
                    && unique(label, seenRecords, r.extension() + "/" + r.entity() + "/" + r.id())
                    && (r.organization() == null || organization != null)) {
                extensions.add(new Batch.ExtensionEntry(r.id(), r.extension(), r.entity(), r.person(), organization, r.data()));
                extensionLabels.add(label);
            }
        }
        labels.put("extensions", extensionLabels);
        return new Mapped(new Batch(persons, representatives, classes, memberships, extensions), labels, errors,
                refused.size());
    }

    /** A mark as the general extension's data. */
    private static Map<String, Object> mark(GradeRecord r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("academicYear", r.academicYear());
        data.put("subject", r.subject());
        data.put("period", r.period());
        data.put("mark", r.mark());
        if (r.markedOn() != null) {
            data.put("markedOn", r.markedOn().toString());
        }
        return data;
    }

    static String label(String place, String id) {
        return place + (id == null ? "" : " (id " + id + ")");
    }

    private boolean key(String label, String field, String value) {
        if (value == null || value.isBlank()) {
            refuse(new RecordError(ErrorCode.REQUIRED, label, field, value, "The " + field + " is required"));
            return false;
        }
        if (value.length() > MAX_KEY) {
            refuse(new RecordError(ErrorCode.FORMAT, label, field, value.substring(0, 40) + "…",
                    "An id is at most " + MAX_KEY + " characters"));
            return false;
        }
        return true;
    }

    private boolean unique(String label, Set<String> seen, String id) {
        if (!seen.add(id)) {
            refuse(new RecordError(ErrorCode.REPEATED_IN_PACKAGE, label, "id", id,
                    "The id " + id + " appears earlier in the same list of the package; send one record per id"));
            return false;
        }
        return true;
    }

    private Long organization(String label, String code) {
        if (!key(label, "organization", code)) {
            return null;
        }
        OrganizationCodes.Resolution found = organizations.resolve(code);
        if (found.id() == null) {
            refuse(new RecordError(found.refusal(), label, "organization", code, found.message()));
        }
        return found.id();
    }

    private void refuse(RecordError error) {
        errors.add(error);
        refused.add(error.record());
    }

    private static PersonData person(PersonRecord r) {
        return new PersonData(r.surname(), r.name(), r.patronymic(), r.birthDate(), r.sex(), r.snils(), r.citizenship(),
                r.birthplace(), r.registrationAddress(), r.residenceAddress(), r.phone(), r.email(), r.documents().stream()
                        .map(d -> new PersonData.DocumentData(d.type(), d.series(), d.number(), d.issuedOn(), d.issuer()))
                        .toList());
    }

    private static Order order(MembershipRecord.OrderRecord o) {
        return o == null ? null : new Order(o.number(), o.date());
    }
}
