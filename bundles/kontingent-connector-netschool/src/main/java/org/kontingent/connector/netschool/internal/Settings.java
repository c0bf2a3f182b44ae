package org.kontingent.connector.netschool.internal;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import org.kontingent.connector.api.pull.PullContext;
import org.kontingent.connector.support.pull.PullSettings;

/**
 * A provider's «Сетевой Город. Образование» pull settings.
 *
 * @param url the site's root, for example {@code https://sgo.edu-region.ru}; the Web API is under {@code /webapi}
 * @param login the integration account's login
 * @param password its password, sent only as the salted MD5 the login form expects
 * @param schools the ids of the schools to pull ({@code scid}, as NetSchool numbers them); each is the
 *        organization's code for the provider
 */
record Settings(URI url, String login, String password, List<String> schools) {
    static final String URL = "url";
    static final String LOGIN = "login";
    static final String PASSWORD = "password";
    static final String SCHOOLS = "schools";

    private static final Pattern ID = Pattern.compile("\\d{1,19}");

    static Settings of(PullContext context) {
        URI root = PullSettings.httpAddress(context, URL);
        List<String> schools = PullSettings.ids(context, SCHOOLS, Settings::isId, "a NetSchool school id (digits)");
        return new Settings(root, context.required(LOGIN).strip(), context.required(PASSWORD), schools);
    }

    /** Whether a value is an id NetSchool could have given, safe to put into a path or query. */
    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return "Settings[url=" + url + ", login=" + login + ", schools=" + schools + "]";
    }
}
