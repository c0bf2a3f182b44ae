package org.kontingent.registry.api.admin;

import java.util.List;

import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.command.InvalidRecordException;
import org.kontingent.registry.api.command.NoSuchRecordException;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What an administrator keeps in the registry besides the data sources send: the master subject
 * dictionary, the mapping of organizations' subject names to it, and the subordination of
 * organizations and authorities. A record outside the caller's scope is not found, whether or not
 * it exists; a write is journaled in the registry's journal of changes under its source.
 */
@ProviderType
public interface RegistryAdministration {

    /** The subjects of the master dictionary, in their order, each with the names of the scope mapped to it. */
    List<MasterSubject> masterSubjects(Scope scope);

    /**
     * Adds a subject to the master dictionary, or renames one and moves it in the order.
     * The whole region's scope only: the dictionary is the region's.
     *
     * @param code lower-case letters, digits and hyphens, e.g. {@code native-history}
     * @param sortOrder the place in lists; null puts a new subject last and keeps an existing one's
     * @throws InvalidRecordException a wrong code or an empty name, naming the field
     * @throws SecurityException a scope narrower than the region
     */
    MasterSubject putMasterSubject(String code, String name, Integer sortOrder, Scope scope, Source source);

    /**
     * The names organizations of the scope give their subjects, one row per name and mapping.
     * Sorted by {@code name}, {@code organizations} or {@code subject} ({@code -column}: descending).
     */
    Page<LocalSubject> localSubjects(SubjectSearch search, PageRequest page, Scope scope);

    /**
     * Maps a subject name to a master subject in the organizations of the scope that use it, or in
     * one of them.
     *
     * @param organizationId the one organization; null for every organization of the scope
     * @param subjectCode the master subject; null removes the mapping
     * @return how many organizations' names were changed
     * @throws InvalidRecordException an unknown master subject
     * @throws NoSuchRecordException an organization outside the scope, or one that does not use the name
     */
    int mapSubject(String localName, Long organizationId, String subjectCode, Scope scope, Source source);

    /**
     * Makes an organization subordinate to another authority. Both must be inside the scope.
     *
     * @throws NoSuchRecordException the organization or the authority is not in the scope
     */
    void subordinateOrganization(long organizationId, long authorityId, Scope scope, Source source);

    /**
     * Places an authority under another one, or at the top (parentId null: the whole region's scope
     * only). The authority must lie strictly inside the scope (an authority-wide scope cannot move
     * its own authority), the new parent inside it.
     *
     * @throws NoSuchRecordException the authority or the parent is not in the scope
     * @throws InvalidRecordException the parent is the authority itself or subordinate to it
     */
    void subordinateAuthority(long authorityId, Long parentId, Scope scope, Source source);
}
