package org.kontingent.registry.rest.internal;

import java.util.List;

import org.kontingent.registry.api.identity.DuplicateCandidate;
import org.kontingent.registry.api.query.PersonPortfolio;

/**
 * A pair of persons waiting for review as the API lists it: both persons' cards on the day
 * (identifiers masked as on the person card for a caller not entitled to them), side by side, with
 * the score and the reasons the registry found.
 *
 * @param first the person with the lower id
 * @param score from 0 to 100
 * @param reasons what the two have in common, strongest first
 */
public record DuplicatePair(PersonPortfolio first, PersonPortfolio second, int score, List<DuplicateCandidate.Reason> reasons) {

    public DuplicatePair {
        reasons = List.copyOf(reasons);
    }
}
