package org.kontingent.connector.dnevnik.internal;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import org.kontingent.connector.api.pull.PullContext;
import org.kontingent.connector.support.pull.PullSettings;

/**
 * A provider's Dnevnik pull settings.
 *
 * @param url the API root without the version, for example {@code https://api.dnevnik.ru} (regional
 *        installations have their own, such as {@code https://aisgu.khv.gov.ru/dnevnik})
 * @param accessToken the OAuth access token, sent in the {@code Access-Token} header
 * @param schools the ids of the schools to pull, as Dnevnik numbers them; each is the organization's
 *        code for the provider
 */
record Settings(URI url, String accessToken, List<String> schools) {
    static final String URL = "url";
    static final String ACCESS_TOKEN = "accessToken";
    static final String SCHOOLS = "schools";

    private static final Pattern ID = Pattern.compile("\\d{1,20}");

    static Settings of(PullContext context) {
        URI root = PullSettings.httpAddress(context, URL);
        List<String> schools = PullSettings.ids(context, SCHOOLS, Settings::isId, "a Dnevnik school id (digits)");
        return new Settings(root, context.required(ACCESS_TOKEN).strip(), schools);
    }

    /** Whether a value is an id Dnevnik could have given, safe to put into a path. */
    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return "Settings[url=" + url + ", schools=" + schools + "]";
    }
}
