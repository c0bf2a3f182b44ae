package org.kontingent.gateway.internal;

import java.util.HashMap;
import java.util.Map;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.query.RegistryQueries;

/** Which registry organization a code in a package stands for, and whether the sender may write to it. */
interface OrganizationCodes {

    /** The organization's id, or the refusal with its code and words. */
    record Resolution(Long id, ErrorCode refusal, String message) {
        static Resolution of(long id) {
            return new Resolution(id, null, null);
        }
    }

    Resolution resolve(String code);

    /**
     * A provider's organizations: by the codes the administrator registered for it, or by their
     * registry ids.
     */
    static OrganizationCodes of(Provider provider) {
        Map<String, Long> ids = new HashMap<>();
        for (Provider.Organization o : provider.organizations()) {
            ids.put(o.code(), o.organizationId());
            ids.putIfAbsent(Long.toString(o.organizationId()), o.organizationId());
        }
        return code -> {
            Long id = ids.get(code);
            if (id != null) {
                return Resolution.of(id);
            }
            return registryId(code) ? new Resolution(null, ErrorCode.ORGANIZATION_NOT_PERMITTED, provider.name()
                    + " may not write to organization " + code) : new Resolution(null, ErrorCode.UNKNOWN_ORGANIZATION,
                            "No organization is registered under the code " + code + " for " + provider.name());
        };
    }

    /** An official's upload: organizations by registry id, within the official's scope. */
    static OrganizationCodes within(Scope scope, RegistryQueries registry) {
        Map<String, Resolution> seen = new HashMap<>();
        return code -> seen.computeIfAbsent(code, c -> {
            if (!registryId(c)) {
                return new Resolution(null, ErrorCode.UNKNOWN_ORGANIZATION, "An uploaded file names organizations by their"
                        + " registry number; \"" + c + "\" is not one");
            }
            long id = Long.parseLong(c);
            return registry.covers(scope, Scope.organization(id)) ? Resolution.of(id) : new Resolution(null,
                    ErrorCode.ORGANIZATION_NOT_PERMITTED, "Organization " + c + " is not in your part of the region");
        });
    }

    private static boolean registryId(String code) {
        return code.length() <= 18 && code.chars().allMatch(Character::isDigit);
    }
}
