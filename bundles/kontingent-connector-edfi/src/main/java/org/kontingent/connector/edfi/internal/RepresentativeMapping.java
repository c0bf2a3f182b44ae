package org.kontingent.connector.edfi.internal;

import java.util.Map;

import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.support.RecordRefusal;

/** A StudentContactAssociation as a legal representative of the learner, by {@link Descriptors#relationship}. */
final class RepresentativeMapping {
    private RepresentativeMapping() {
    }

    /**
     * @param contactSexes the sex of each contact read from the package, by person id, to tell a
     *        Parent's kind
     */
    static RepresentativeRecord representative(XmlElement association, References references,
            Map<String, String> contactSexes) throws RecordRefusal {
        String learner = references.student(association);
        String contact = PersonMapping.contactId(references.contact(association));
        String relationship = Descriptors.relationship(association.text("Relation"),
                Values.isTrue(association.text("LegalGuardian")), contactSexes.get(contact));
        return new RepresentativeRecord(learner, contact, relationship);
    }
}
