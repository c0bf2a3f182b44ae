package org.kontingent.connector.dnevnik.internal;

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
 * A Dnevnik API of two schools served from the fixtures in {@code /api}: school 1000002283077 with the
 * classes 5А (and its English subgroup) and 6Б, school 1000002283078 with 1В; seven learners, four
 * marks, every id above 2^53. The clock stands at 2026-11-23T10:00Z, so the first round's window is
 * 2026-09-01T00:00 to 2026-11-23T10:00.
 */
final class DnevnikFixtures implements AutoCloseable {
    static final String SCHOOL_1 = "1000002283077";
    static final String SCHOOL_2 = "1000002283078";
    static final String CLASS_5A = "9007199254740993";
    static final String CLASS_6B = "9007199254740995";
    static final String CLASS_1V = "18014398509481985";
    static final String TOKEN = "c0ffee00-token";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final String LESSONS_WINDOW = "/lessons/2026-09-01/2026-11-23";
    static final String MARKS_WINDOW = "/marks/2026-09-01T00:00:00/2026-11-23T10:00:00";

    final FixtureServer api;

    DnevnikFixtures() throws IOException {
        api = FixtureServer.start();
        json("/v2/schools/" + SCHOOL_1 + "/edu-groups", "school-1-edu-groups.json");
        json("/v2/schools/" + SCHOOL_2 + "/edu-groups", "school-2-edu-groups.json");
        json("/v2/edu-groups/" + CLASS_5A + "/persons", "5a-persons.json");
        json("/v2/edu-groups/" + CLASS_6B + "/persons", "6b-persons.json");
        json("/v2/edu-groups/" + CLASS_1V + "/persons", "1v-persons.json");
        json("/v2/users/many", "users-many.json");
        json("/v2/edu-groups/" + CLASS_5A + LESSONS_WINDOW, "5a-lessons.json");
        json("/v2/edu-groups/" + CLASS_5A + MARKS_WINDOW, "5a-marks.json");
        json("/v2/lessons/1000020000000000103", "lesson-103.json");
        json("/v2/edu-groups/" + CLASS_6B + LESSONS_WINDOW, "6b-lessons.json");
        json("/v2/edu-groups/" + CLASS_6B + MARKS_WINDOW, "6b-marks.json");
        json("/v2/edu-groups/" + CLASS_1V + LESSONS_WINDOW, "empty-list.json");
        json("/v2/edu-groups/" + CLASS_1V + MARKS_WINDOW, "empty-list.json");
        json("/v2/person/search?snils=" + encode("123-456-789 64"), "search-smirnova.json");
        json("/v2/person/search?lastName=" + encode("Смирнова") + "&firstName=" + encode("Дарья") + "&middleName="
                + encode("Олеговна") + "&birthday=2015-05-05", "search-smirnova.json");
        json("/v2/person/search?lastName=" + encode("Неизвестная") + "&firstName=" + encode("Анна") + "&birthday=2015-01-01",
                "empty-list.json");
        json("/v2/persons/1000012345678901201/schools/" + SCHOOL_1 + "/edu-groups", "smirnova-edu-groups.json");
    }

    /** The provider's settings pointing at the fixtures. */
    PullContext context() {
        return new PullContext("dnevnik-region", Map.of(Settings.URL, api.uri().toString(), Settings.ACCESS_TOKEN, TOKEN,
                Settings.SCHOOLS, SCHOOL_1 + ", " + SCHOOL_2));
    }

    FixtureServer json(String pathAndQuery, String fixture) {
        return api.answer(pathAndQuery, 200, "application/json; charset=utf-8", resource("/api/" + fixture));
    }

    static byte[] resource(String name) {
        try (InputStream in = DnevnikFixtures.class.getResourceAsStream(name)) {
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
