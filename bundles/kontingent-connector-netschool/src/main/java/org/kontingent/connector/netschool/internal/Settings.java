package org.kontingent.connector.netschool.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.kontingent.connector.api.pull.PullContext;

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
        String url = context.required(URL).strip().replaceAll("/+$", "");
        URI root;
        try {
            root = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The pull setting '" + URL + "' of provider " + context.providerCode()
                    + " is not an address: " + url, e);
        }
        if (!"https".equals(root.getScheme()) && !"http".equals(root.getScheme())) {
            throw new IllegalArgumentException("The pull setting '" + URL + "' of provider " + context.providerCode()
                    + " is not an http(s) address: " + url);
        }
        List<String> schools = Arrays.stream(context.required(SCHOOLS).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (String school : schools) {
            if (!isId(school)) {
                throw new IllegalArgumentException("The pull setting '" + SCHOOLS + "' of provider " + context.providerCode()
                        + " lists '" + school + "', which is not a NetSchool school id (digits)");
            }
        }
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
