package org.kontingent.registry.api.query;

/**
 * An organization in a list: name, place and how to call it.
 */
public record OrganizationSummary(long id, String fullName, String shortName, String typeCode, String educationLevel,
        long authorityId, String district, String settlement, String address, String phone) {
}
