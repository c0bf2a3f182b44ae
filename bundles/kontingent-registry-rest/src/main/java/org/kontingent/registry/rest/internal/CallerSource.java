package org.kontingent.registry.rest.internal;

import org.kontingent.platform.api.security.Caller;
import org.kontingent.registry.api.command.Source;

/** The registry's source of a change a signed-in user makes: the user, by login and name. */
final class CallerSource {
    private CallerSource() {
    }

    static Source of(Caller caller) {
        return new Source(Source.Kind.USER, caller.login(), caller.displayName());
    }
}
