package org.kontingent.registry.api.query;

/**
 * An education authority in a list.
 *
 * @param parentId the authority it is subordinate to, or null for the regional one
 * @param level regional, municipal or other
 * @param oktmo the territory it governs, or null
 */
public record AuthoritySummary(long id, Long parentId, String fullName, String shortName, String level, String oktmo) {
}
