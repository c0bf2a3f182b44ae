package org.kontingent.registry.api.query;

/**
 * The registration numbers of an organization or authority; each may be absent.
 */
public record Requisites(String inn, String kpp, String ogrn, String oktmo) {
}
