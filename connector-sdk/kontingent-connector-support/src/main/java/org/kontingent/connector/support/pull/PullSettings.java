package org.kontingent.connector.support.pull;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.kontingent.connector.api.pull.PullContext;

/**
 * Settings every pull source reads the same way from a provider's pull settings. A setting that
 * cannot be used is an {@link IllegalArgumentException} naming the setting and the provider.
 */
public final class PullSettings {

    private PullSettings() {
    }

    /** An http(s) address, without the slashes it may end with. */
    public static URI httpAddress(PullContext context, String name) {
        String url = context.required(name).strip().replaceAll("/+$", "");
        URI address;
        try {
            address = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The pull setting '" + name + "' of provider " + context.providerCode()
                    + " is not an address: " + url, e);
        }
        if (!"https".equals(address.getScheme()) && !"http".equals(address.getScheme())) {
            throw new IllegalArgumentException("The pull setting '" + name + "' of provider " + context.providerCode()
                    + " is not an http(s) address: " + url);
        }
        return address;
    }

    /**
     * The ids a setting lists, separated by commas.
     *
     * @param isId whether a value is an id of the system
     * @param what what each id is, to end the message about one that is not, for example
     *        {@code a Dnevnik school id (digits)}
     */
    public static List<String> ids(PullContext context, String name, Predicate<String> isId, String what) {
        List<String> ids = Arrays.stream(context.required(name).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        for (String id : ids) {
            if (!isId.test(id)) {
                throw new IllegalArgumentException("The pull setting '" + name + "' of provider " + context.providerCode()
                        + " lists '" + id + "', which is not " + what);
            }
        }
        return ids;
    }
}
