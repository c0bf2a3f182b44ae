package org.kontingent.registry.api.command;

import java.time.LocalDate;

/**
 * A person leaving an organization.
 *
 * @param endsOn the first day the person is no longer a member
 * @param reasonCode a code of the {@code leaving-reason} dictionary
 */
public record Leaving(LocalDate endsOn, String reasonCode, Order order) {
}
