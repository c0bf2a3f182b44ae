package org.kontingent.platform.api;

import java.util.Locale;

/**
 * The kinds of plugins the platform manages. A plugin is exactly one of them.
 */
public enum PluginKind {
    /** Exchanges data with one regional departmental system. */
    CONNECTOR,
    /** One report form (or a group of forms shipped together). */
    REPORT,
    /** The data of one education level (preschool, general, additional, vocational). */
    EXTENSION;

    /** The lower-case name used in capabilities, feature declarations and URLs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
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
        throw new IllegalArgumentException("Unknown plugin kind '" + value + "': expected connector, report or extension");
    }
}
