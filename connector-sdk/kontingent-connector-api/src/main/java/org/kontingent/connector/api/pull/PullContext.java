package org.kontingent.connector.api.pull;

import java.util.Map;

/**
 * What the gateway hands a source with each call.
 *
 * @param providerCode the provider whose system the source is
 * @param settings the provider's pull settings as the administrator entered them: the address,
 *        the credentials, the schools to ask about, in the connector's own keys
 */
public record PullContext(String providerCode, Map<String, String> settings) {

    public PullContext {
        settings = Map.copyOf(settings);
    }

    /**
     * A setting.
     *
     * @throws IllegalArgumentException naming the setting when it is missing
     */
    public String required(String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The pull setting '" + name + "' of provider " + providerCode + " is not set");
        }
        return value;
    }
}
