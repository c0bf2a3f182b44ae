package org.kontingent.gateway.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.query.Page;

/**
 * The load journal: packages received, newest first, filtered by provider, status and days; and
 * the load of each provider per day for the statistics page.
 */
final class LoadJournal {
    private static final Map<String, String> SORTS = Map.of("receivedAt", "p.received_at", "provider", "v.name",
            "status", "p.status", "refused", "p.refused_count");
    static final Set<String> STATUSES = Set.of(PackageStore.RECEIVED, PackageStore.VALIDATING, PackageStore.APPLIED,
            PackageStore.PARTIALLY_APPLIED, PackageStore.REJECTED);

    private final Jdbc jdbc;

    LoadJournal(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the journal shows.
     *
     * @param providers the providers whose packages may be shown; null for all
     * @param uploads the scopes whose uploads by hand may be shown ({@link #key}); null for all
     */
    record Filter(Set<Long> providers, Set<String> uploads, Long provider, String status, LocalDate from, LocalDate to) {
    }

    /** A scope as the journal's filter names it. */
    static String key(Scope scope) {
        return scope.kind().name() + ":" + (scope.id() == null ? "" : scope.id());
    }

    private static final String UPLOAD_KEY = "p.uploader_scope_kind || ':' || coalesce(p.uploader_scope_id::text, '')";

    /**
     * @param sort a column ({@code -column} descending); newest first when null
     * @throws IllegalArgumentException naming the allowed columns when the sort is not one
     */

    Page<PackageStore.Summary> packages(Filter f, int offset, int limit, String sort) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> values = new ArrayList<>();
        if (f.providers() != null) {
            where.append(" AND (p.uploader_scope_kind IS NULL AND p.provider_id = ANY (?) OR " + UPLOAD_KEY + " = ANY (?))");
            values.add(f.providers().toArray(Long[]::new));
            values.add(f.uploads().toArray(String[]::new));
        }
        if (f.provider() != null) {
            where.append(" AND p.provider_id = ?");
            values.add(f.provider());
        }
        if (f.status() != null) {
            where.append(" AND p.status = ?");
            values.add(f.status());
        }
        if (f.from() != null) {
            where.append(" AND p.received_at >= ?::date");
            values.add(f.from());
        }
        if (f.to() != null) {
            where.append(" AND p.received_at < ?::date + 1");
            values.add(f.to());
        }
        String order = order(sort);
        long total = jdbc.transaction(c -> Jdbc.list(c, "SELECT count(*) FROM gateway.package p JOIN gateway.provider v"
                + " ON v.id = p.provider_id" + where, rs -> rs.getLong(1), values.toArray()).get(0));
        List<Object> paged = new ArrayList<>(values);
        paged.add(offset);
        paged.add(limit);
        List<PackageStore.Summary> items = jdbc.list(PackageStore.SUMMARY + where + " ORDER BY " + order + " OFFSET ? LIMIT ?",
                PackageStore.SUMMARY_ROW, paged.toArray());
        return new Page<>(items, total, offset, limit);
    }

    private static String order(String sort) {
        if (sort == null || sort.isBlank()) {
            return "p.received_at DESC, p.id DESC";
        }
        boolean descending = sort.startsWith("-");
        String column = SORTS.get(descending ? sort.substring(1) : sort);
        if (column == null) {
            throw new IllegalArgumentException("sort by one of " + String.join(", ", new java.util.TreeSet<>(SORTS.keySet()))
                    + ", with - before it for descending");
        }
        return column + (descending ? " DESC" : "") + ", p.id DESC";
    }

    /** Each provider's packages and records per day, between two days, of what the caller may see. */
    List<PackageStore.DayLoad> dynamics(Set<Long> providers, Set<String> uploads, LocalDate from, LocalDate to) {
        return jdbc.list("SELECT p.provider_id, v.name, p.received_at::date, count(*),"
                + " count(*) FILTER (WHERE p.status = 'applied'), count(*) FILTER (WHERE p.status = 'partially-applied'),"
                + " count(*) FILTER (WHERE p.status = 'rejected'), coalesce(sum(p.received_count), 0)"
                + " FROM gateway.package p JOIN gateway.provider v ON v.id = p.provider_id"
                + " WHERE p.received_at >= ?::date AND p.received_at < ?::date + 1 AND (?::bigint[] IS NULL"
                + " OR p.uploader_scope_kind IS NULL AND p.provider_id = ANY (?) OR " + UPLOAD_KEY + " = ANY (?))"
                + " GROUP BY 1, 2, 3 ORDER BY 3, 2", rs -> new PackageStore.DayLoad(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        rs.getLong(8)), from, to, ids(providers), ids(providers),
                uploads == null ? new String[0] : uploads.toArray(String[]::new));
    }

    private static Long[] ids(Set<Long> providers) {
        return providers == null ? null : providers.toArray(Long[]::new);
    }
}
