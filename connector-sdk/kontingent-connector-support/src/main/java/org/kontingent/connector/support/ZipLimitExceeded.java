package org.kontingent.connector.support;

import java.io.IOException;

/**
 * Thrown by the content of a zip entry read through {@link ZipGuard} when the zip inflates beyond
 * its limit. An {@link IOException}, so that it passes through the readers above the entry; a
 * parser that reports a failing stream as its own error can be asked for this cause.
 */
public final class ZipLimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    ZipLimitExceeded(String message) {
        super(message);
    }
}
