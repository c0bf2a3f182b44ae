package org.kontingent.registry.api.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.command.Source;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Identifies persons, finds possible duplicates and merges them.
 *
 * @throws org.kontingent.registry.api.command.NoSuchRecordException (from every method taking a
 *         person or merge id) when there is no such record
 * @throws org.kontingent.registry.api.command.InvalidRecordException (from merge and undo) naming
 *         what prevents it
 */
@ProviderType
public interface PersonIdentity {

    /** The person an outside record is about: by СНИЛС when it is given, else by the combined identifier. */
    Identification identify(IdentityKey key);

    /** Possible duplicates of one person, best first. */
    List<DuplicateCandidate> duplicatesOf(long personId);

    /**
     * Looks for possible duplicates among the persons born in a period, and keeps the pairs for
     * review (a pair already reviewed stays as it was). Names and birth dates are compared one
     * calendar year of births at a time; a shared document pairs persons whenever they were born.
     *
     * @return how many pairs are waiting for review afterwards
     */
    long scan(LocalDate bornFrom, LocalDate bornBefore);

    /** The pairs waiting for review, best first. */
    Page<DuplicateCandidate> candidates(PageRequest page);

    /**
     * The pairs waiting for review both of whose persons are inside a scope on a day (as every
     * person read decides it), best first, or sorted by {@code score}, {@code name} or
     * {@code birthDate} of the first person ({@code -column}: descending). The total counts those
     * pairs only.
     *
     * @throws IllegalArgumentException for another sort column
     * @since 1.2
     */
    Page<DuplicateCandidate> candidates(PageRequest page, Scope scope, LocalDate asOf);

    /** Marks a pair as two different persons: it is not offered again. */
    void dismiss(long firstId, long secondId, Source source);

    /** Merges one person into another. */
    Merge merge(long keptId, long mergedId, Source source);

    /** Undoes a merge: everything moved goes back, and the merged person is a person again. */
    Merge undo(long mergeId, Source source);

    /** A merge as it stands (undone or not), or empty when there is none of that id: to check it before an undo. */
    Optional<Merge> findMerge(long mergeId);
}
