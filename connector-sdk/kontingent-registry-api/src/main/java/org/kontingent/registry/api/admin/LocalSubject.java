package org.kontingent.registry.api.admin;

/**
 * A name organizations give a subject they teach, with the master subject it is mapped to, and
 * how many organizations (of a scope) use that name with that mapping.
 *
 * @param localName the name as the organizations write it
 * @param subjectCode the code in the master dictionary {@code subject}; null while not mapped
 * @param subjectName the master subject's name; null while not mapped
 * @param organizations how many organizations use the name with this mapping
 */
public record LocalSubject(String localName, String subjectCode, String subjectName, long organizations) {
}
