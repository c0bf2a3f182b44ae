package org.kontingent.gateway.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code gateway.provider} and {@code gateway.provider_organization} tables. */
final class ProviderStore {
    private static final String COLUMNS = "id, code, name, operator, contacts, passport::text, status, status_reason,"
            + " status_changed_at, created_at";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbc jdbc;

    ProviderStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** What an administrator sets of a provider. */
    record Details(String code, String name, String operator, String contacts, Map<String, Object> passport) {
    }

    long create(Details d) {
        return jdbc.transaction(c -> Jdbc.list(c, "INSERT INTO gateway.provider (code, name, operator, contacts, passport)"
                + " VALUES (?, ?, ?, ?, ?::jsonb) RETURNING id", rs -> rs.getLong(1), d.code(), d.name(), d.operator(),
                d.contacts(), json(d.passport())).get(0));
    }

    boolean update(long id, Details d) {
        return jdbc.update("UPDATE gateway.provider SET code = ?, name = ?, operator = ?, contacts = ?, passport = ?::jsonb"
                + " WHERE id = ?", d.code(), d.name(), d.operator(), d.contacts(), json(d.passport()), id) == 1;
    }

    Provider find(long id) {
        return jdbc.transaction(c -> {
            List<Provider> found = Jdbc.list(c, "SELECT " + COLUMNS + " FROM gateway.provider WHERE id = ?", rs -> provider(c, rs), id);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    Provider byCode(String code) {
        return jdbc.transaction(c -> {
            List<Provider> found = Jdbc.list(c, "SELECT " + COLUMNS + " FROM gateway.provider WHERE code = ?", rs -> provider(c, rs),
                    code);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Every provider, with the organizations of all read in one query. */
    List<Provider> all() {
        return jdbc.transaction(c -> {
            Map<Long, List<Provider.Organization>> organizations = Jdbc.list(c, "SELECT provider_id, organization_id, code,"
                    + " priority FROM gateway.provider_organization ORDER BY code", rs -> Map.entry(rs.getLong(1),
                            new Provider.Organization(rs.getLong(2), rs.getString(3), rs.getInt(4)))).stream()
                    .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            return Jdbc.list(c, "SELECT " + COLUMNS + " FROM gateway.provider ORDER BY name, id",
                    rs -> provider(rs, organizations.getOrDefault(rs.getLong(1), List.of())));
        });
    }

    /** Makes the provider's organizations exactly those given. */
    void organizations(long providerId, List<Provider.Organization> organizations) {
        jdbc.transaction(c -> {
            Jdbc.update(c, "DELETE FROM gateway.provider_organization WHERE provider_id = ?", providerId);
            for (Provider.Organization o : organizations) {
                Jdbc.update(c, "INSERT INTO gateway.provider_organization (provider_id, organization_id, code, priority)"
                        + " VALUES (?, ?, ?, ?)", providerId, o.organizationId(), o.code(), o.priority());
            }
            return null;
        });
    }

    /** Suspends an active provider; false when it was not active. */
    boolean suspend(long id, String reason) {
        return jdbc.update("UPDATE gateway.provider SET status = 'suspended', status_reason = ?, status_changed_at = now()"
                + " WHERE id = ? AND status = 'active'", reason, id) == 1;
    }

    /** Lifts a suspension; false when the provider was not suspended. */
    boolean resume(long id) {
        return jdbc.update("UPDATE gateway.provider SET status = 'active', status_reason = NULL, status_changed_at = now()"
                + " WHERE id = ? AND status = 'suspended'", id) == 1;
    }

    private static Provider provider(Connection c, ResultSet rs) throws SQLException {
        return provider(rs, Jdbc.list(c, "SELECT organization_id, code, priority FROM gateway.provider_organization"
                + " WHERE provider_id = ? ORDER BY code", o -> new Provider.Organization(o.getLong(1), o.getString(2),
                        o.getInt(3)), rs.getLong(1)));
    }

    private static Provider provider(ResultSet rs, List<Provider.Organization> organizations) throws SQLException {
        return new Provider(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), map(rs.getString(6)),
                rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class),
                organizations);
    }

    private static String json(Map<String, Object> passport) {
        try {
            return JSON.writeValueAsString(passport == null ? Map.of() : passport);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The passport cannot be stored as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> map(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored passport is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
