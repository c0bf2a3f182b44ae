package org.kontingent.gateway.internal;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code gateway.provider_pull} table: which providers are asked for changes, how often,
 * and where the last answer left off.
 */
final class PullStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "provider_id, source, interval_minutes, settings::text, enabled, watermark, next_at,"
            + " last_at, last_error, last_package_id";

    private final Jdbc jdbc;

    PullStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How a provider is asked, as an administrator sets it.
     *
     * @param enabled null for yes
     */
    record Settings(String source, int intervalMinutes, Map<String, String> settings, Boolean enabled) {
    }

    /** A provider's pull with where it stands. */
    record Pull(long providerId, String source, int intervalMinutes, Map<String, String> settings, boolean enabled,
            String watermark, OffsetDateTime nextAt, OffsetDateTime lastAt, String lastError, Long lastPackageId) {
    }

    private static final Jdbc.Row<Pull> PULL = rs -> new Pull(rs.getLong(1), rs.getString(2), rs.getInt(3), map(rs.getString(4)),
            rs.getBoolean(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class),
            rs.getString(9), rs.getObject(10, Long.class));

    /** Sets how a provider is asked; a changed source starts again from the beginning. */
    void configure(long providerId, Settings s) {
        jdbc.update("INSERT INTO gateway.provider_pull (provider_id, source, interval_minutes, settings, enabled)"
                + " VALUES (?, ?, ?, ?::jsonb, ?) ON CONFLICT (provider_id) DO UPDATE SET interval_minutes = EXCLUDED.interval_minutes,"
                + " settings = EXCLUDED.settings, enabled = EXCLUDED.enabled, source = EXCLUDED.source,"
                + " watermark = CASE WHEN gateway.provider_pull.source = EXCLUDED.source THEN gateway.provider_pull.watermark END,"
                + " next_at = now()", providerId, s.source(), s.intervalMinutes(), json(s.settings()),
                s.enabled() == null || s.enabled());
    }

    boolean remove(long providerId) {
        return jdbc.update("DELETE FROM gateway.provider_pull WHERE provider_id = ?", providerId) == 1;
    }

    Pull find(long providerId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM gateway.provider_pull WHERE provider_id = ?", PULL, providerId);
    }

    /** Asks for a provider's pull at once. */
    boolean now(long providerId) {
        return jdbc.update("UPDATE gateway.provider_pull SET next_at = now() WHERE provider_id = ?", providerId) == 1;
    }

    /**
     * Takes the pull that is due soonest, of an active provider, and puts its next time one
     * interval on; null when none is due.
     */
    Pull claimDue() {
        return jdbc.one("UPDATE gateway.provider_pull SET next_at = now() + make_interval(mins => interval_minutes)"
                + " WHERE provider_id = (SELECT pp.provider_id FROM gateway.provider_pull pp JOIN gateway.provider p"
                + " ON p.id = pp.provider_id WHERE pp.enabled AND p.status = 'active' AND pp.next_at <= now()"
                + " ORDER BY pp.next_at LIMIT 1 FOR UPDATE OF pp SKIP LOCKED) RETURNING " + COLUMNS, PULL);
    }

    /**
     * Keeps what a source answered: stores it as a package of the provider (unless it was empty)
     * and moves the watermark on, in one transaction; when more waits, the pull is due again at once.
     *
     * @return the package's id, or null for an empty answer
     */
    Long fetched(Pull pull, PackageStore.Incoming answer, String watermark, boolean more) {
        return jdbc.transaction(c -> {
            Long id = null;
            if (answer != null) {
                id = Jdbc.list(c, "INSERT INTO gateway.package (provider_id, media_type, file_name, body, received_by)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id", rs -> rs.getLong(1), pull.providerId(), answer.mediaType(),
                        answer.fileName(), answer.body(), answer.receivedBy()).get(0);
            }
            Jdbc.update(c, "UPDATE gateway.provider_pull SET watermark = ?, last_at = now(), last_error = NULL,"
                    + " last_package_id = coalesce(?, last_package_id), next_at = CASE WHEN ? THEN now() ELSE next_at END"
                    + " WHERE provider_id = ?", watermark, id, more, pull.providerId());
            return id;
        });
    }

    /** Keeps why a pull failed; the watermark stays, so the next call asks again from it. */
    void failed(long providerId, String error) {
        jdbc.update("UPDATE gateway.provider_pull SET last_at = now(), last_error = ? WHERE provider_id = ?", error, providerId);
    }

    private static String json(Map<String, String> settings) {
        try {
            return JSON.writeValueAsString(settings == null ? Map.of() : settings);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The settings cannot be stored as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, String> map(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored pull settings are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
