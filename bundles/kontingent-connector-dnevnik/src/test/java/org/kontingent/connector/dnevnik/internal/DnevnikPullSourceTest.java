package org.kontingent.connector.dnevnik.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.pull.Fetched;
import org.kontingent.connector.api.pull.LearnerQuery;
import org.kontingent.connector.api.pull.PullContext;
import org.kontingent.connector.api.pull.SourceUnavailableException;
import org.kontingent.connector.testkit.FixtureServer;

import com.sun.net.httpserver.HttpServer;

/** What the Dnevnik source asks the API, how it moves through a round, and how it reports a refusal. */
class DnevnikPullSourceTest {
    private DnevnikFixtures fixtures;

    @BeforeEach
    void serve() throws IOException {
        fixtures = new DnevnikFixtures();
    }

    @AfterEach
    void stop() {
        fixtures.close();
    }

    private DnevnikPullSource source(Clock clock) {
        return new DnevnikPullSource(HttpClient.newHttpClient(), clock);
    }

    private static ReadResult read(Fetched fetched) throws Exception {
        return new DnevnikPackageFormat().read(new ByteArrayInputStream(fetched.body()), fetched.fileName());
    }

    @Test
    void readsOneClassACallSchoolBySchoolWithTheMarksOfTheWindow() throws Exception {
        DnevnikPullSource source = source(DnevnikFixtures.CLOCK);
        Fetched first = source.changesSince(null, fixtures.context());
        Fetched second = source.changesSince(first.watermark(), fixtures.context());
        Fetched third = source.changesSince(second.watermark(), fixtures.context());
        assertAll(
                () -> assertEquals("since=2026-09-01T00:00;until=2026-11-23T10:00;school=1000002283077;after=9007199254740993",
                        first.watermark()),
                () -> assertEquals("since=2026-09-01T00:00;until=2026-11-23T10:00;school=1000002283077;after=9007199254740995",
                        second.watermark()),
                () -> assertEquals("since=2026-11-23T10:00", third.watermark(), "the round is through"),
                () -> assertTrue(first.more() && second.more()),
                () -> assertFalse(third.more()),
                () -> assertEquals("dnevnik-1000002283077-9007199254740993-20261123T100000.json", first.fileName()),
                () -> assertEquals(List.of(DnevnikFixtures.CLASS_5A), classes(first)),
                () -> assertEquals(List.of(DnevnikFixtures.CLASS_6B), classes(second)),
                () -> assertEquals(List.of(DnevnikFixtures.CLASS_1V), classes(third)),
                () -> assertEquals(DnevnikFixtures.SCHOOL_2, read(third).exchangePackage().classes().get(0).organization()));
        List<String> asked = fixtures.api.requests().stream().map(FixtureServer.Request::pathAndQuery).toList();
        assertTrue(asked.contains("/v2/edu-groups/9007199254740993/marks/2026-09-01T00:00:00/2026-11-23T10:00:00"), asked::toString);
        assertTrue(asked.contains("/v2/lessons/1000020000000000103"), "the lesson of a mark outside the class's lessons is"
                + " asked for on its own: " + asked);
        assertFalse(asked.stream().anyMatch(p -> p.contains("9007199254740994")), "subgroups are not read as classes");
    }

    @Test
    void sendsTheAccessTokenInItsHeaderOnEveryRequest() throws Exception {
        source(DnevnikFixtures.CLOCK).changesSince(null, fixtures.context());
        assertFalse(fixtures.api.requests().isEmpty());
        for (FixtureServer.Request request : fixtures.api.requests()) {
            assertEquals(List.of(DnevnikFixtures.TOKEN), header(request, "Access-Token"), request.pathAndQuery());
        }
    }

    @Test
    void theNextRoundReadsTheMarksSinceTheLastOne() throws Exception {
        Clock nextDay = Clock.offset(DnevnikFixtures.CLOCK, Duration.ofDays(1));
        fixtures.json("/v2/edu-groups/" + DnevnikFixtures.CLASS_5A + "/lessons/2026-11-23/2026-11-24", "empty-list.json");
        fixtures.json("/v2/edu-groups/" + DnevnikFixtures.CLASS_5A + "/marks/2026-11-23T10:00:00/2026-11-24T10:00:00",
                "empty-list.json");
        Fetched fetched = source(nextDay).changesSince("since=2026-11-23T10:00", fixtures.context());
        assertEquals("since=2026-11-23T10:00;until=2026-11-24T10:00;school=1000002283077;after=9007199254740993",
                fetched.watermark());
        ReadResult read = read(fetched);
        assertEquals(3, read.exchangePackage().persons().size(), "rosters are read again every round");
        assertEquals(0, read.exchangePackage().grades().size(), "no marks were given in the new window");
    }

    @Test
    void anEmptyWindowAsksNothing() throws Exception {
        Fetched fetched = source(DnevnikFixtures.CLOCK).changesSince("since=2026-11-23T10:00", fixtures.context());
        assertTrue(fetched.empty());
        assertFalse(fetched.more());
        assertEquals("since=2026-11-23T10:00", fetched.watermark());
        assertEquals(List.of(), fixtures.api.requests());
    }

    @Test
    void aSchoolDroppedFromTheSettingsMidRoundRestartsTheRoundsSchools() throws Exception {
        Fetched fetched = source(DnevnikFixtures.CLOCK).changesSince(
                "since=2026-09-01T00:00;until=2026-11-23T10:00;school=1000000000001;after=1", fixtures.context());
        assertEquals(List.of(DnevnikFixtures.CLASS_5A), classes(fetched));
    }

    @Test
    void aWatermarkItDidNotWriteIsRefused() {
        DnevnikPullSource source = source(DnevnikFixtures.CLOCK);
        assertThrows(IllegalArgumentException.class, () -> source.changesSince("page=3", fixtures.context()));
        assertThrows(IllegalArgumentException.class, () -> source.changesSince("since=yesterday", fixtures.context()));
        assertThrows(IllegalArgumentException.class,
                () -> source.changesSince("since=2026-09-01T00:00;until=2026-11-23T10:00;school=1;after=../x", fixtures.context()));
    }

    @Test
    void findsALearnerByNameAndBirthDateInTheProvidersSchool() throws Exception {
        Optional<Fetched> found = source(DnevnikFixtures.CLOCK).learner(new LearnerQuery(null, "Смирнова", "Дарья", "Олеговна",
                LocalDate.of(2015, 5, 5)), fixtures.context());
        assertTrue(found.isPresent());
        ReadResult read = read(found.get());
        assertEquals(List.of(), read.errors());
        PersonRecord person = read.exchangePackage().persons().get(0);
        assertEquals("1000012345678901201", person.id());
        assertEquals(LocalDate.of(2015, 5, 5), person.birthDate());
        assertEquals(DnevnikFixtures.CLASS_5A, read.exchangePackage().memberships().get(0).classGroup());
        assertEquals(1, read.exchangePackage().classes().size(), "the subgroup is not a class");
    }

    @Test
    void aLearnerOutsideTheProvidersSchoolsIsNotReturned() throws Exception {
        fixtures.json("/v2/persons/1000012345678901201/schools/" + DnevnikFixtures.SCHOOL_1 + "/edu-groups", "empty-list.json");
        fixtures.json("/v2/persons/1000012345678901201/schools/" + DnevnikFixtures.SCHOOL_2 + "/edu-groups", "empty-list.json");
        assertTrue(source(DnevnikFixtures.CLOCK).learner(new LearnerQuery("123-456-789 64", null, null, null, null),
                fixtures.context()).isEmpty());
    }

    @Test
    void aQueryWithoutSnilsOrNameAndBirthDateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> source(DnevnikFixtures.CLOCK).learner(new LearnerQuery(null,
                "Смирнова", "Дарья", null, null), fixtures.context()));
    }

    @Test
    void aLearnerFetchedHasNoWatermarkOfItsOwn() throws Exception {
        Fetched fetched = source(DnevnikFixtures.CLOCK).learner(new LearnerQuery("123-456-789 64", null, null, null, null),
                fixtures.context()).orElseThrow();
        assertNull(fetched.watermark());
        assertEquals("dnevnik-learner-1000012345678901201.json", fetched.fileName());
    }

    @ParameterizedTest
    @CsvSource({"401, HTTP 401, accessToken", "403, HTTP 403, EducationalInfo", "429, HTTP 429, retry after 120 s",
        "500, HTTP 500, tried again later", "503, HTTP 503, tried again later", "404, HTTP 404, no such school"})
    void aRefusalIsUnavailableWithWhatToDo(int status, String saysStatus, String saysWhatToDo) {
        FixtureServer.Answer answer = new FixtureServer.Answer(status, "text/plain", "no such school".getBytes());
        try (RefusingServer server = new RefusingServer(answer)) {
            SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                    () -> source(DnevnikFixtures.CLOCK).changesSince(null, server.context()));
            assertTrue(e.getMessage().contains(saysStatus), e.getMessage());
            assertTrue(e.getMessage().contains(saysWhatToDo), e.getMessage());
            assertFalse(e.getMessage().contains(DnevnikFixtures.TOKEN), "the token is not in the message");
        }
    }

    @Test
    void anAnswerThatIsNotJsonIsUnavailable() {
        fixtures.api.answer("/v2/schools/" + DnevnikFixtures.SCHOOL_1 + "/edu-groups", 200, "text/html",
                "<html>Технические работы</html>".getBytes(StandardCharsets.UTF_8));
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                () -> source(DnevnikFixtures.CLOCK).changesSince(null, fixtures.context()));
        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
    }

    @Test
    void asksForBirthdaysWithTheUsersIdsAsExactNumbers() throws Exception {
        try (RecordingServer server = new RecordingServer()) {
            source(DnevnikFixtures.CLOCK).changesSince(null, server.context());
            assertEquals(List.of("[1000012345678902201,1000012345678902202,1000012345678902203]"), server.bodies);
        }
    }

    @Test
    void missingSettingsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source(DnevnikFixtures.CLOCK)
                .changesSince(null, new PullContext("dnevnik-region", Map.of(Settings.URL, "https://api.dnevnik.ru",
                        Settings.SCHOOLS, "1"))));
        assertTrue(e.getMessage().contains(Settings.ACCESS_TOKEN), e.getMessage());
        IllegalArgumentException notIds = assertThrows(IllegalArgumentException.class, () -> source(DnevnikFixtures.CLOCK)
                .changesSince(null, new PullContext("dnevnik-region", Map.of(Settings.URL, "https://api.dnevnik.ru",
                        Settings.ACCESS_TOKEN, "t", Settings.SCHOOLS, "Школа №1"))));
        assertTrue(notIds.getMessage().contains("Школа №1"), notIds.getMessage());
    }

    private static List<String> classes(Fetched fetched) throws Exception {
        return read(fetched).exchangePackage().classes().stream().map(c -> c.id()).toList();
    }

    private static List<String> header(FixtureServer.Request request, String name) {
        return request.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                .map(Map.Entry::getValue).orElse(List.of());
    }

    /** An API that answers every request alike. */
    private static final class RefusingServer implements AutoCloseable {
        private final HttpServer server;

        RefusingServer(FixtureServer.Answer answer) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Retry-After", "120");
                exchange.sendResponseHeaders(answer.status(), answer.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            });
            server.start();
        }

        PullContext context() {
            return new PullContext("dnevnik-region", Map.of(Settings.URL, "http://127.0.0.1:" + server.getAddress().getPort(),
                    Settings.ACCESS_TOKEN, DnevnikFixtures.TOKEN, Settings.SCHOOLS, DnevnikFixtures.SCHOOL_1));
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** The fixtures' API of school 1, keeping the bodies POSTed to it. */
    private static final class RecordingServer implements AutoCloseable {
        private final HttpServer server;
        final List<String> bodies = new CopyOnWriteArrayList<>();

        RecordingServer() throws IOException {
            Map<String, String> fixtures = new HashMap<>();
            fixtures.put("/v2/schools/" + DnevnikFixtures.SCHOOL_1 + "/edu-groups", "school-1-edu-groups.json");
            fixtures.put("/v2/edu-groups/" + DnevnikFixtures.CLASS_5A + "/persons", "5a-persons.json");
            fixtures.put("/v2/users/many", "users-many.json");
            fixtures.put("/v2/edu-groups/" + DnevnikFixtures.CLASS_5A + DnevnikFixtures.LESSONS_WINDOW, "5a-lessons.json");
            fixtures.put("/v2/edu-groups/" + DnevnikFixtures.CLASS_5A + DnevnikFixtures.MARKS_WINDOW, "empty-list.json");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                if ("POST".equals(exchange.getRequestMethod())) {
                    bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                }
                String fixture = fixtures.get(exchange.getRequestURI().getRawPath());
                byte[] body = fixture == null ? new byte[0] : DnevnikFixtures.resource("/api/" + fixture);
                exchange.sendResponseHeaders(fixture == null ? 404 : 200, body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        PullContext context() {
            return new PullContext("dnevnik-region", Map.of(Settings.URL, "http://127.0.0.1:" + server.getAddress().getPort(),
                    Settings.ACCESS_TOKEN, DnevnikFixtures.TOKEN, Settings.SCHOOLS, DnevnikFixtures.SCHOOL_1));
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
