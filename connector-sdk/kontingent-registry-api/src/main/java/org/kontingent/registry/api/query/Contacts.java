package org.kontingent.registry.api.query;

/**
 * How to reach an organization or authority; each may be absent.
 */
public record Contacts(String address, String phone, String fax, String email, String website) {
}
