package org.kontingent.connector.edfi.internal;

import java.io.IOException;

/**
 * Thrown by the stream of a zip entry when the package inflates beyond its limit. An
 * {@link IOException}, so that it passes through the readers above the entry, where
 * {@link ObservedReader} notes it.
 */
final class SizeLimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    SizeLimitExceeded(String message) {
        super(message);
    }
}
