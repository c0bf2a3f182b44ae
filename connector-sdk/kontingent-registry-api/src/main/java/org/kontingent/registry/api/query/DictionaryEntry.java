package org.kontingent.registry.api.query;

/**
 * One value of a registry dictionary.
 *
 * @param code the stable code programs use
 * @param name what officials read
 * @param parentCode the code it belongs under (an organization type's education level), or null
 */
public record DictionaryEntry(String code, String name, String parentCode) {
}
