package org.kontingent.registry.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonMatch;
import org.kontingent.registry.api.query.PersonMatch.Kind;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PersonSummary;
import org.kontingent.registry.api.query.SearchPage;

/**
 * Runs a person search tier by tier: counts each tier (up to {@link #COUNT_CAP} results in all),
 * widens to fragments and then to typos while the closer tiers found fewer than
 * {@link #WIDEN_BELOW}, and fills the
 * page from the tier the offset or cursor falls in, going on into the next tiers when one runs
 * out. All in one transaction, so the counts and the page see the same registry.
 */
final class TieredSearch {
    /** Counting stops here: the console then says "более 10 000". */
    static final int COUNT_CAP = 10_000;
    /**
     * Fragments are looked for when exact and prefix matches are fewer than this, and spellings one
     * typo away when those and fragments are. Names are mostly typed from their start; looking
     * inside every name for every search would cost more than it finds.
     */
    static final int WIDEN_BELOW = 10;
    private static final String COLUMNS = "SELECT p.id, p.surname, p.name, p.patronymic, p.birth_date, p.sex, p.snils,"
            + " p.surname_norm, p.name_norm, p.patronymic_norm FROM ";

    private final PersonSearch criteria;
    private final PersonSearchQuery query;
    private final String fingerprint;

    /**
     * @param scopeTable whether the search may walk the scope table (kept for today, for
     *        authorities below the top one) rather than check memberships
     */
    TieredSearch(PersonSearch criteria, LocalDate today, Scope scope, boolean scopeTable, NamePartDictionary dictionary) {
        LocalDate asOf = criteria.asOf() != null ? criteria.asOf() : today;
        this.criteria = criteria;
        this.query = new PersonSearchQuery(criteria, asOf, scope, scopeTable && asOf.equals(today)
                && scope.kind() == Scope.Kind.AUTHORITY, dictionary);
        this.fingerprint = Integer.toHexString((criteria + "@" + asOf + "@" + scope).hashCode());
    }

    SearchPage<PersonMatch> page(Connection c, PageRequest page, String after) throws SQLException {
        SearchCursor cursor = after == null ? null : SearchCursor.decode(after, fingerprint);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            return read(c, page, cursor);
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    /** The tiers a search has, closest first, and the counts of those counted. */
    private record Tiers(List<Kind> kinds, List<Long> counts, long total, boolean capped) {
    }

    private Tiers tiers(Connection c) throws SQLException {
        List<Kind> kinds = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long total = 0;
        boolean capped = false;
        List<Kind> candidates = new ArrayList<>(query.strictKinds());
        if (query.canWiden()) {
            candidates.add(Kind.FRAGMENT);
            if (criteria.typos()) {
                candidates.add(Kind.TYPO);
            }
        }
        for (Kind kind : candidates) {
            boolean widening = kind == Kind.FRAGMENT || kind == Kind.TYPO;
            if (widening && (capped || total >= WIDEN_BELOW)) {
                break;
            }
            if (widening) {
                query.lookUp(c, kind);
            }
            kinds.add(kind);
            if (capped) {
                continue; // paged into when the counted tiers run out, not counted
            }
            long count = count(c, kind, COUNT_CAP - total + 1);
            capped = total + count > COUNT_CAP;
            total = Math.min(COUNT_CAP, total + count);
            counts.add(count);
        }
        return new Tiers(kinds, counts, total, capped);
    }

    private SearchPage<PersonMatch> read(Connection c, PageRequest page, SearchCursor cursor) throws SQLException {
        Tiers tiers = tiers(c);
        List<Kind> kinds = tiers.kinds();
        int start;
        long skip = 0;
        if (cursor != null) {
            start = kinds.indexOf(cursor.kind());
            if (start < 0) {
                throw new IllegalArgumentException("cursor is of " + cursor.kind() + " matches, which this search no longer has");
            }
        } else {
            if (tiers.capped() && page.offset() >= tiers.total()) {
                throw new IllegalArgumentException("offset " + page.offset() + " is past the " + COUNT_CAP
                        + " results counted; read further pages after the cursor of the page before");
            }
            skip = page.offset();
            start = 0;
            while (start < tiers.counts().size() && skip >= tiers.counts().get(start)) {
                skip -= tiers.counts().get(start);
                start++;
            }
        }

        List<PersonMatch> items = new ArrayList<>();
        List<SearchCursor> positions = new ArrayList<>();
        for (int i = start; i < kinds.size() && items.size() <= page.limit(); i++) {
            Kind kind = kinds.get(i);
            Sql sql = new Sql().append(COLUMNS + query.from(true) + " WHERE ").append(query.where(kind));
            if (i == start && cursor != null) {
                sql.append(query.after(cursor));
            }
            sql.append(query.orderBy() + " LIMIT " + (page.limit() + 1 - items.size())
                    + (i == start && skip > 0 ? " OFFSET " + skip : ""));
            try (PreparedStatement q = sql.prepare(c); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    items.add(new PersonMatch(new PersonSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                            JdbcPersonQueries.masked(rs.getString(7))), kind));
                    positions.add(new SearchCursor(fingerprint, kind, rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getLong(1)));
                }
            }
        }
        String next = null;
        if (items.size() > page.limit()) {
            items = items.subList(0, page.limit());
            next = positions.get(page.limit() - 1).encode();
        }
        return new SearchPage<>(items, tiers.total(), tiers.capped(), page.offset(), page.limit(), next);
    }

    private long count(Connection c, Kind kind, long limit) throws SQLException {
        Sql sql = new Sql().append("SELECT count(*) FROM (SELECT 1 FROM " + query.from(false) + " WHERE ").append(query.where(kind))
                .append(" LIMIT " + limit + ") found");
        try (PreparedStatement q = sql.prepare(c); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
