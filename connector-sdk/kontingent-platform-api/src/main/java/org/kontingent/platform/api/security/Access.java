package org.kontingent.platform.api.security;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the action journal: what a caller did, to what, and to which persons' data.
 *
 * @param action the kind of action
 * @param target what it was done to, e.g. {@code GET /api/v1/persons/17} or a report's id
 * @param personIds the persons whose data was read or changed; empty when none
 * @param details a few words more (search criteria, the outcome); null when none
 */
public record Access(Action action, String target, List<Long> personIds, String details) {

    /** The kinds of action the journal records. */
    public enum Action {
        /** Read a person's data (a card, a section). */
        VIEW,
        /** Searched or listed persons; the persons shown are recorded. */
        SEARCH,
        /** Changed a person's data. */
        CHANGE,
        /** Exported data to a file. */
        EXPORT,
        /** An administrative action (users, providers, dictionaries, plugins). */
        ADMINISTRATION,
        /** Signed in. */
        SIGN_IN,
        /** A failed sign-in (wrong password, locked, unknown login). */
        SIGN_IN_FAILED,
        /** Signed out, or the session ended. */
        SIGN_OUT,
        /** A request refused for want of a permission or scope. */
        DENIED
    }

    public Access {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }

    public static Access view(String target, long personId) {
        return new Access(Action.VIEW, target, List.of(personId), null);
    }

    /**
     * A portfolio section shown to a caller only because their role holds a permission (health
     * data: {@link Permission#READ_HEALTH}), journaled on its own beside the view of the card it
     * came with, for example {@code section health shown (READ_HEALTH)}.
     *
     * @since 1.2
     */
    public static Access sectionView(String target, long personId, String section, Permission permission) {
        return new Access(Action.VIEW, target, List.of(personId), "section " + section + " shown (" + permission + ")");
    }

    public static Access search(String target, List<Long> shown, String criteria) {
        return new Access(Action.SEARCH, target, shown, criteria);
    }

    public static Access change(String target, long personId, String details) {
        return new Access(Action.CHANGE, target, List.of(personId), details);
    }

    public static Access administration(String target, String details) {
        return new Access(Action.ADMINISTRATION, target, List.of(), details);
    }
}
