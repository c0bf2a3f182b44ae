package org.kontingent.registry.api.admin;

/**
 * Which organizations' subject names to list.
 *
 * @param text a part of the name, any case; null or blank for all
 * @param mapped true: only names mapped to a master subject; false: only names not mapped; null: both
 * @param organizationId only the names of this organization; null for every organization of the scope
 * @param subjectCode only names mapped to this master subject; null for any
 */
public record SubjectSearch(String text, Boolean mapped, Long organizationId, String subjectCode) {

    /** Every name of the scope. */
    public static SubjectSearch all() {
        return new SubjectSearch(null, null, null, null);
    }
}
