package org.kontingent.signin.esia.internal;

/** A sign-in the flow refuses, with a stable code and the reason in plain words. */
final class OidcRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    OidcRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    OidcRefusal(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    String code() {
        return code;
    }
}
