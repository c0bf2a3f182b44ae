package org.kontingent.registry.rest.internal;

import java.text.Collator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.identity.DuplicateCandidate;
import org.kontingent.registry.api.identity.PersonIdentity;
import org.kontingent.registry.api.query.Page;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonQueries;
import org.kontingent.registry.api.query.PersonSummary;

/**
 * The pairs waiting for review that a caller may see. {@link PersonIdentity#candidates} lists
 * them for the whole region, so outside the region the list is walked whole and a pair is kept
 * only when both of its persons are inside the caller's scope — as {@link PersonQueries#person}
 * decides it, the rule every person read follows. Whether a person is inside a scope is
 * remembered for a few minutes, so that paging does not ask again; a merge, undo or dismissal
 * forgets its persons. A remembered answer only ever hides or offers a pair: the persons shown
 * are read again in the caller's scope.
 *
 * <p>The registry's own order is the best first ({@code -score}); the list is also sorted by
 * {@code score}, {@code name} or {@code birthDate} of the first person ({@code -column}:
 * descending), which walks it whole too.
 */
final class ScopedCandidates {
    /** The columns a list of pairs is sorted by. */
    static final List<String> SORTS = List.of("score", "name", "birthDate");
    /** The registry's own order: the best first. */
    static final String BEST_FIRST = "-score";
    private static final int WALK_PAGE = 100;
    private static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 200_000;

    private record Key(Scope scope, LocalDate day, long person) {
    }

    private record Verdict(boolean inside, long until) {
    }

    private final PersonIdentity identity;
    private final PersonQueries persons;
    private final LongSupplier nanoTime;
    private final Map<Key, Verdict> verdicts = new ConcurrentHashMap<>();

    ScopedCandidates(PersonIdentity identity, PersonQueries persons, LongSupplier nanoTime) {
        this.identity = identity;
        this.persons = persons;
        this.nanoTime = nanoTime;
    }

    /** Whether a sort is one the pairs are sorted by (null: the registry's order). */
    static boolean knownSort(String sort) {
        return sort == null || SORTS.contains(sort.startsWith("-") ? sort.substring(1) : sort);
    }

    /**
     * A page of the pairs both of whose persons are inside the scope on the day, in the order
     * asked; the total counts those pairs only.
     *
     * @throws IllegalArgumentException for a sort that is not one of {@link #SORTS}
     */
    Page<DuplicateCandidate> page(PageRequest page, Scope scope, LocalDate day) {
        if (!knownSort(page.sort())) {
            throw new IllegalArgumentException("sort \"" + page.sort() + "\": pairs are sorted by " + SORTS);
        }
        boolean ownOrder = page.sort() == null || page.sort().equals(BEST_FIRST);
        if (scope.wholeRegion() && ownOrder) {
            return identity.candidates(new PageRequest(page.offset(), page.limit()));
        }
        List<DuplicateCandidate> visible = visible(scope, day);
        if (!ownOrder) {
            visible.sort(order(page));
        }
        int from = (int) Math.min(page.offset(), visible.size());
        int to = (int) Math.min((long) page.offset() + page.limit(), visible.size());
        return new Page<>(visible.subList(from, to), visible.size(), page.offset(), page.limit());
    }

    /** How many pairs inside the scope are waiting for review. */
    long waiting(Scope scope, LocalDate day) {
        return scope.wholeRegion() ? identity.candidates(PageRequest.first(10)).total() : visible(scope, day).size();
    }

    /** Whether a person is inside a scope on a day, as a read of their card says; remembered for a while. */
    boolean inside(Scope scope, long person, LocalDate day) {
        if (scope.wholeRegion()) {
            return true;
        }
        Key key = new Key(scope, day, person);
        long now = nanoTime.getAsLong();
        Verdict known = verdicts.get(key);
        if (known != null && known.until() - now > 0) {
            return known.inside();
        }
        boolean inside = persons.person(person, day, scope).isPresent();
        if (verdicts.size() >= MAX_REMEMBERED) {
            verdicts.clear();
        }
        verdicts.put(key, new Verdict(inside, now + REMEMBERED.toNanos()));
        return inside;
    }

    /** Forgets what was remembered of persons whose memberships have just changed hands. */
    void forget(long... changed) {
        Set<Long> ids = new HashSet<>();
        for (long id : changed) {
            ids.add(id);
        }
        verdicts.keySet().removeIf(key -> ids.contains(key.person()));
    }

    /** Every pair waiting for review, in the registry's order, both of whose persons are inside the scope. */
    private List<DuplicateCandidate> visible(Scope scope, LocalDate day) {
        List<DuplicateCandidate> visible = new ArrayList<>();
        Set<List<Long>> seen = new HashSet<>();
        for (int offset = 0;; offset += WALK_PAGE) {
            Page<DuplicateCandidate> page = identity.candidates(new PageRequest(offset, WALK_PAGE));
            for (DuplicateCandidate pair : page.items()) {
                // a pair may come twice when the list changes between two pages
                if (seen.add(List.of(pair.first().id(), pair.second().id())) && inside(scope, pair.first().id(), day)
                        && inside(scope, pair.second().id(), day)) {
                    visible.add(pair);
                }
            }
            if (page.items().size() < WALK_PAGE || offset + WALK_PAGE >= page.total()) {
                return visible;
            }
        }
    }

    private static Comparator<DuplicateCandidate> order(PageRequest page) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("ru"));
        Comparator<PersonSummary> byName = Comparator.comparing((PersonSummary p) -> nullToEmpty(p.surname()), collator)
                .thenComparing(p -> nullToEmpty(p.name()), collator).thenComparing(p -> nullToEmpty(p.patronymic()), collator);
        Comparator<DuplicateCandidate> column = switch (page.sortColumn()) {
            case "score" -> Comparator.comparingInt(DuplicateCandidate::score);
            case "name" -> Comparator.comparing(DuplicateCandidate::first, byName);
            default -> Comparator.comparing((DuplicateCandidate c) -> c.first().birthDate(),
                    Comparator.nullsLast(Comparator.naturalOrder()));
        };
        Comparator<DuplicateCandidate> ids = Comparator.comparingLong((DuplicateCandidate c) -> c.first().id())
                .thenComparingLong(c -> c.second().id());
        return (page.descending() ? column.reversed() : column).thenComparing(ids);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
