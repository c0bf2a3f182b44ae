package org.kontingent.plugins.internal;

/**
 * A plugin operation was refused; the code says why, the message names the plugin and the cause.
 */
final class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    enum Reason { NOT_FOUND, NOT_INSTALLED, UNRESOLVABLE, FAILED }

    private final Reason reason;

    PluginException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
