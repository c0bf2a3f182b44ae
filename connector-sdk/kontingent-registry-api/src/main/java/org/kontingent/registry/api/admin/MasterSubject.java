package org.kontingent.registry.api.admin;

/**
 * A subject of the master dictionary ({@code subject}) with how many organizations' names of a
 * scope are mapped to it.
 *
 * @param code the subject's code, e.g. {@code mathematics}
 * @param name its name, e.g. «Математика»
 * @param sortOrder its place in lists
 * @param localNames how many distinct organization names are mapped to it
 * @param organizations how many organizations have a name mapped to it
 */
public record MasterSubject(String code, String name, int sortOrder, long localNames, long organizations) {
}
