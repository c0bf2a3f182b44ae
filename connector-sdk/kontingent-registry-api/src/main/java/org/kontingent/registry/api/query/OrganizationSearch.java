package org.kontingent.registry.api.query;

/**
 * What to look for among organizations; every criterion is optional and they combine.
 *
 * @param name a fragment of the full or short name, case-insensitive
 * @param authorityId organizations managed by this authority or any authority under it
 * @param district the city or municipal district, as written in the registry
 * @param settlement the settlement, as written in the registry
 * @param typeCode a code of the {@code organization-type} dictionary
 * @param educationLevel preschool, general, additional, vocational or mixed
 * @param oktmo an ОКТМО code or its prefix
 */
public record OrganizationSearch(String name, Long authorityId, String district, String settlement, String typeCode,
        String educationLevel, String oktmo) {

    /** Every organization. */
    public static OrganizationSearch all() {
        return new OrganizationSearch(null, null, null, null, null, null, null);
    }
}
