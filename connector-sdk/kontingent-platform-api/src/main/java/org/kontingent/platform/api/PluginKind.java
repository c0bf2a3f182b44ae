package org.kontingent.platform.api;

/**
 * The kinds of plugins the platform manages. A plugin is exactly one of them.
 */
public enum PluginKind {
    /** Exchanges data with one regional departmental system. */
    CONNECTOR("connector"),
    /** One report form (or a group of forms shipped together). */
    REPORT("report"),
    /** The data of one education level (preschool, general, additional, vocational). */
    EXTENSION("extension"),
    /** A way to sign in through an external identity provider (ЕСИА). */
    SIGN_IN("sign-in");

    private final String id;

    PluginKind(String id) {
        this.id = id;
    }

    /** The lower-case name used in capabilities, feature declarations and URLs. */
    public String id() {
        return id;
    }

    /**
     * Parses a kind as written in a capability or a URL.
     *
     * @throws IllegalArgumentException naming the value and the allowed kinds
     */
    public static PluginKind parse(String value) {
        if (value != null) {
            for (PluginKind kind : values()) {
                if (kind.id().equalsIgnoreCase(value.trim())) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("Unknown plugin kind '" + value + "': expected connector, report, extension or sign-in");
    }
}
