package org.kontingent.registry.api.command;

/**
 * An organization as written to the registry: the whole record. An update replaces every field.
 *
 * @param authorityId the managing authority
 * @param typeCode a code of the {@code organization-type} dictionary
 * @param kindCode a code of the {@code organization-kind} dictionary, or null
 * @param ownershipCode a code of the {@code ownership-form} dictionary, or null
 * @param educationLevel preschool, general, additional, vocational or mixed
 * @param oktmo the ОКТМО code of its territory, or null
 */
public record OrganizationData(long authorityId, String fullName, String shortName, String typeCode, String kindCode,
        String ownershipCode, String educationLevel, String inn, String kpp, String ogrn, String oktmo, String district,
        String settlement, String address, String phone, String email, String website) {
}
