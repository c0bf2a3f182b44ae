package org.kontingent.connector.api.pull;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A regional system the gateway asks for data, rather than one that sends it: the gateway
 * calls it on a schedule for what changed since the last call, and (request–response) for one
 * learner when the registry needs to clarify data. What it fetches is stored as a package of
 * the provider, exactly as received, and read by the connector's
 * {@link org.kontingent.connector.api.format.PackageFormat} for {@link #mediaType()} — so a
 * pulled package is journaled, validated, corrected and replayed like a pushed one.
 */
@ConsumerType
public interface PullSource {

    /** The id a provider's pull settings name the source by, for example dnevnik. */
    String id();

    /** The media type of what it fetches; a format of the same connector reads it. */
    String mediaType();

    /**
     * Fetches what changed at the source since a watermark.
     *
     * @param watermark what the previous call answered, or null for everything
     * @throws SourceUnavailableException when the source cannot be reached or refuses; the
     *         gateway tries again later with the same watermark
     */
    Fetched changesSince(String watermark, PullContext context) throws SourceUnavailableException;

    /**
     * Asks the source about one learner.
     *
     * @return empty when the source does not know the learner
     * @throws SourceUnavailableException when the source cannot be reached or refuses
     */
    Optional<Fetched> learner(LearnerQuery query, PullContext context) throws SourceUnavailableException;
}
