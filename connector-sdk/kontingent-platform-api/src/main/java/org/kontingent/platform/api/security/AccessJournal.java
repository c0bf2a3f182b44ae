package org.kontingent.platform.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only journal of user actions on personal data (152-FZ): every view and change of a
 * person's data, every export, every administrative action and every sign-in, with who, when
 * and from where. A resource that reads or changes persons' data records each such access
 * before it answers; the platform records sign-ins and refusals itself. Entries are never
 * updated or deleted, and each carries the hash of the one before it.
 */
@ProviderType
public interface AccessJournal {

    /**
     * Records an access by a caller, now.
     *
     * @throws IllegalStateException when the entry could not be stored; the caller must then not
     *         answer with the data
     */
    void record(Caller caller, Access access);
}
