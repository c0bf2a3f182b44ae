package org.kontingent.connector.netschool.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.kontingent.connector.api.pull.PullContext;
import org.kontingent.connector.testkit.FixtureServer;

/**
 * A NetSchool Web API of two schools served from the fixtures in {@code /api}: school 1001 with the
 * classes 5А and 6Б, three students over two pages (one of whom left) and five marks over two pages;
 * school 1002 with 1В, one student and no marks. The clock stands at 2026-11-23T10:00Z, so the first
 * round's window is 2026-09-01T00:00 to 2026-11-23T10:00.
 */
final class NetSchoolFixtures implements AutoCloseable {
    static final String LOGIN = "kontingent-export";
    static final String PASSWORD = "Пароль-2026";
    static final String TOKEN = "3c2a9d5e0f7b41c8a6e1d2f4b5c6a7e8";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final String WINDOW = "&changedSince=2026-09-01T00:00:00&changedBefore=2026-11-23T10:00:00";

    final FixtureServer api;

    NetSchoolFixtures() throws IOException {
        api = FixtureServer.start();
        json("/webapi/logindata", "logindata.json");
        json("/webapi/auth/getdata", "auth-getdata.json");
        json("/webapi/login", "login.json");
        json("/webapi/years/current", "year-current.json");
        for (String school : new String[] {"1001", "1002"}) {
            json("/webapi/integration/classes?schoolId=" + school + "&yearId=34", "classes-" + school + ".json");
            json(page("students", school, 1), "students-" + school + "-1.json");
            json(page("marks", school, 1), "marks-" + school + "-1.json");
            json("/webapi/integration/students/search?schoolId=" + school + "&lastName=" + encode("Неизвестная")
                    + "&firstName=" + encode("Анна") + "&birthDate=2015-01-01", "empty-list.json");
        }
        json(page("students", "1001", 2), "students-1001-2.json");
        json(page("marks", "1001", 2), "marks-1001-2.json");
        json("/webapi/integration/students/search?schoolId=1001&snils=" + encode("123-456-789 64"), "search-kuznetsova.json");
    }

    static String page(String list, String school, int page) {
        return "/webapi/integration/" + list + "?schoolId=" + school + "&yearId=34" + WINDOW + "&page=" + page;
    }

    /** The provider's settings pointing at the fixtures. */
    PullContext context() {
        return new PullContext("sgo-region", Map.of(Settings.URL, api.uri().toString(), Settings.LOGIN, LOGIN,
                Settings.PASSWORD, PASSWORD, Settings.SCHOOLS, "1001,1002"));
    }

    FixtureServer json(String pathAndQuery, String fixture) {
        return api.answer(pathAndQuery, 200, "application/json; charset=utf-8", resource("/api/" + fixture));
    }

    static byte[] resource(String name) {
        try (InputStream in = NetSchoolFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        api.close();
    }
}
