package org.kontingent.registry.rest.internal;

import java.util.List;
import java.util.Map;

import org.kontingent.registry.api.query.PersonPortfolio;

/**
 * A person's card as the API answers it: the registry's portfolio (identifiers masked for a
 * caller not entitled to them) and the sections extensions add, by section id.
 */
public record PersonCard(PersonPortfolio person, Map<String, Map<String, Object>> sections) {

    /** The card with СНИЛС and document numbers masked: all but their last digits hidden. */
    static PersonPortfolio masked(PersonPortfolio p) {
        List<PersonPortfolio.Document> documents = p.documents().stream().map(d -> new PersonPortfolio.Document(d.typeCode(),
                d.series() == null ? null : "**", maskedTail(d.number(), 2), d.issuedOn(), d.issuer())).toList();
        return new PersonPortfolio(p.id(), p.surname(), p.name(), p.patronymic(), p.birthDate(), p.sex(), maskedSnils(p.snils()),
                p.citizenship(), p.birthplace(), p.registrationAddress(), p.residenceAddress(), p.phone(), p.email(), documents,
                p.representatives(), p.represented(), p.memberships(), p.asOf());
    }

    /** {@code ***-***-445 95}, as lists show a СНИЛС. */
    static String maskedSnils(String snils) {
        return snils == null || snils.length() != 11 ? null : "***-***-" + snils.substring(6, 9) + " " + snils.substring(9);
    }

    static String maskedTail(String value, int shown) {
        if (value == null) {
            return null;
        }
        int keep = Math.min(shown, value.length() / 2);
        return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
    }
}
