package org.kontingent.gateway.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kontingent.registry.api.command.Source;

/**
 * A data provider as registered: the regional system, its operator and contacts, its
 * interaction passport, whether it may send now, and the organizations it writes to.
 *
 * @param passport the interaction passport's fields: goals, data composition, endpoint, version, ...
 * @param status active or suspended
 * @param statusReason why it was suspended; null while active
 */
public record Provider(long id, String code, String name, String operator, String contacts, Map<String, Object> passport,
        String status, String statusReason, OffsetDateTime statusChangedAt, OffsetDateTime createdAt,
        List<Organization> organizations) {

    static final String ACTIVE = "active";
    static final String SUSPENDED = "suspended";

    /**
     * An organization the provider may write to.
     *
     * @param code how the provider names the organization in its packages
     * @param priority higher wins when providers disagree about the organization's people
     */
    public record Organization(long organizationId, String code, int priority) {
    }

    /** The registry's source for the provider's packages. */
    Source source() {
        return Source.provider(code, name);
    }

    /** The provider's priority in each of its organizations, by organization id. */
    Map<Long, Integer> priorities() {
        return organizations.stream().collect(Collectors.toMap(Organization::organizationId, Organization::priority));
    }

    boolean suspended() {
        return SUSPENDED.equals(status);
    }
}
