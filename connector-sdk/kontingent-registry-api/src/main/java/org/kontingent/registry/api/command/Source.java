package org.kontingent.registry.api.command;

import java.util.Objects;

/**
 * Who supplies a fact: a data provider (a regional system through the gateway), a user of the
 * console, an import, or the platform itself. The registry keeps one source per kind and
 * reference, and every fact points at its source.
 *
 * @param kind what sort of source
 * @param reference a stable reference within the kind: the provider's code, the user's login
 * @param name how people see the source, for example "Сетевой город. Образование"
 */
public record Source(Kind kind, String reference, String name) {

    /** The sorts of sources. */
    public enum Kind {
        PROVIDER("provider"), USER("user"), IMPORT("import"), SYSTEM("system");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** @return the code the registry stores */
        public String code() {
            return code;
        }
    }

    public Source {
        Objects.requireNonNull(kind, "kind");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a source needs a reference");
        }
        if (name == null || name.isBlank()) {
            name = reference;
        }
    }

    public static Source user(String login) {
        return new Source(Kind.USER, login, login);
    }

    public static Source provider(String code, String name) {
        return new Source(Kind.PROVIDER, code, name);
    }
}
