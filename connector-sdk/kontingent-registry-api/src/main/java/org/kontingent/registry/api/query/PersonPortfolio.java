package org.kontingent.registry.api.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's card as the registry knows it on a day: details and contacts, identity documents,
 * legal representatives (and, for a parent, the learners they represent), and the history of
 * memberships with their organizations, classes and orders. Extension bundles add their own
 * sections beside it.
 *
 * @param snils the whole СНИЛС: the card is for those entitled to see it
 */
public record PersonPortfolio(long id, String surname, String name, String patronymic, LocalDate birthDate, String sex,
        String snils, String citizenship, String birthplace, String registrationAddress, String residenceAddress,
        String phone, String email, List<Document> documents, List<Relation> representatives, List<Relation> represented,
        List<Membership> memberships, LocalDate asOf) {

    public PersonPortfolio {
        documents = List.copyOf(documents);
        representatives = List.copyOf(representatives);
        represented = List.copyOf(represented);
        memberships = List.copyOf(memberships);
    }

    public record Document(String typeCode, String series, String number, LocalDate issuedOn, String issuer) {
    }

    /** Another person linked as representative or represented, with the kind of relationship. */
    public record Relation(PersonSummary person, String relationshipCode) {
    }

    /**
     * One stay in an organization.
     *
     * @param currentClass the class or group on the portfolio's day, or null
     * @param current whether the membership holds on the portfolio's day
     */
    public record Membership(long id, long organizationId, String organizationName, String organizationTypeCode,
            String settlement, String role, LocalDate startsOn, String enrollmentOrderNumber, LocalDate enrollmentOrderDate,
            LocalDate endsOn, String leavingReasonCode, String leavingOrderNumber, LocalDate leavingOrderDate,
            String currentClass, boolean current) {
    }
}
