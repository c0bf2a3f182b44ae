package org.kontingent.connector.netschool.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.pull.Fetched;
import org.kontingent.connector.api.pull.LearnerQuery;
import org.kontingent.connector.api.pull.PullContext;
import org.kontingent.connector.api.pull.SourceUnavailableException;

import com.sun.net.httpserver.HttpServer;

/** How the NetSchool source signs in, pages through a round, and reports a refusal. */
class NetSchoolPullSourceTest {
    private NetSchoolFixtures fixtures;

    @BeforeEach
    void serve() throws IOException {
        fixtures = new NetSchoolFixtures();
    }

    @AfterEach
    void stop() {
        fixtures.close();
    }

    private static NetSchoolPullSource source() {
        return new NetSchoolPullSource(HttpClient.newHttpClient(), NetSchoolFixtures.CLOCK);
    }

    private static ReadResult read(Fetched fetched) throws Exception {
        return new NetSchoolPackageFormat().read(new ByteArrayInputStream(fetched.body()), fetched.fileName());
    }

    @Test
    void readsPagesOfStudentsThenOfMarksSchoolBySchool() throws Exception {
        List<Fetched> calls = new ArrayList<>();
        String watermark = null;
        do {
            Fetched fetched = source().changesSince(watermark, fixtures.context());
            calls.add(fetched);
            watermark = fetched.watermark();
        } while (calls.get(calls.size() - 1).more());
        String round = "since=2026-09-01T00:00;until=2026-11-23T10:00";
        assertEquals(List.of(round + ";school=1001;list=students;page=1", round + ";school=1001;list=marks;page=0",
                round + ";school=1001;list=marks;page=1", round + ";school=1002;list=students;page=0",
                round + ";school=1002;list=marks;page=0", "since=2026-11-23T10:00"),
                calls.stream().map(Fetched::watermark).toList());
        assertAll(
                () -> assertEquals(2, read(calls.get(0)).exchangePackage().classes().size(), "classes come with page 1"),
                () -> assertEquals(0, read(calls.get(1)).exchangePackage().classes().size()),
                () -> assertEquals(3, read(calls.get(2)).exchangePackage().grades().size()),
                () -> assertEquals("1002", read(calls.get(4)).exchangePackage().memberships().get(0).organization()),
                () -> assertTrue(calls.get(5).empty(), "school 1002 has no changed marks"),
                () -> assertEquals("netschool-1001-students-1-20261123T100000.json", calls.get(0).fileName()));
    }

    @Test
    void signsInWithTheSaltedPasswordAndSendsTheTokenAfterwards() throws Exception {
        try (RecordingServer server = new RecordingServer()) {
            source().changesSince(null, server.context());
            String pw2 = md5("9369808045" + md5(NetSchoolFixtures.PASSWORD.getBytes(Charset.forName("windows-1251"))));
            assertEquals("loginType=1&scid=1001&un=kontingent-export&pw=" + pw2.substring(0,
                    NetSchoolFixtures.PASSWORD.length()) + "&pw2=" + pw2 + "&lt=878792729&ver=679337794", server.logins.get(0));
            assertFalse(server.tokens.isEmpty(), "requests after the sign-in carry the at header");
            assertTrue(server.tokens.stream().allMatch(NetSchoolFixtures.TOKEN::equals), server.tokens::toString);
            assertTrue(server.cookies.contains("NSSESSIONID=4f1e"), "the session cookie goes along: " + server.cookies);
        }
    }

    @Test
    void anEmptyWindowAsksNothing() throws Exception {
        Fetched fetched = source().changesSince("since=2026-11-23T10:00", fixtures.context());
        assertTrue(fetched.empty());
        assertFalse(fetched.more());
        assertEquals(List.of(), fixtures.api.requests());
    }

    @Test
    void aWatermarkItDidNotWriteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> source().changesSince(
                "since=2026-09-01T00:00;until=2026-11-23T10:00;school=1001;list=grades;page=1", fixtures.context()));
        assertThrows(IllegalArgumentException.class, () -> source().changesSince("until=2026-11-23T10:00", fixtures.context()));
    }

    @Test
    void findsALearnerBySnilsWithTheClassesOfTheSchool() throws Exception {
        Fetched fetched = source().learner(new LearnerQuery("123-456-789 64", null, null, null, null), fixtures.context())
                .orElseThrow();
        ReadResult read = read(fetched);
        assertEquals(List.of(), read.errors());
        assertEquals("103201", read.exchangePackage().persons().get(0).id());
        assertEquals("7301", read.exchangePackage().memberships().get(0).classGroup());
        assertTrue(source().learner(new LearnerQuery(null, "Неизвестная", "Анна", null, LocalDate.of(2015, 1, 1)),
                fixtures.context()).isEmpty(), "neither school knows her");
    }

    @Test
    void refusedCredentialsAreUnavailableNamingTheSettings() {
        fixtures.api.answer("/webapi/login", 409, "application/json", "{\"message\": \"Неверный пароль\"}"
                .getBytes(StandardCharsets.UTF_8));
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                () -> source().changesSince(null, fixtures.context()));
        assertTrue(e.getMessage().contains("HTTP 409") && e.getMessage().contains("'password'"), e.getMessage());
        assertFalse(e.getMessage().contains(NetSchoolFixtures.PASSWORD));
    }

    @Test
    void aLoginAnsweredWithoutATokenIsUnavailable() {
        fixtures.json("/webapi/login", "login-refused.json");
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                () -> source().changesSince(null, fixtures.context()));
        assertTrue(e.getMessage().contains("Неправильный пароль"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"401, HTTP 401, tried again later", "403, HTTP 403, rights", "429, HTTP 429, tried again later",
        "500, HTTP 500, tried again later", "502, HTTP 502, tried again later"})
    void aRefusalIsUnavailableWithWhatToDo(int status, String saysStatus, String saysWhatToDo) {
        fixtures.api.answer("/webapi/years/current", status, "text/plain", "Сервис недоступен".getBytes(StandardCharsets.UTF_8));
        SourceUnavailableException e = assertThrows(SourceUnavailableException.class,
                () -> source().changesSince(null, fixtures.context()));
        assertTrue(e.getMessage().contains(saysStatus), e.getMessage());
        assertTrue(e.getMessage().contains(saysWhatToDo), e.getMessage());
    }

    @Test
    void missingSettingsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source().changesSince(null,
                new PullContext("sgo-region", Map.of(Settings.URL, "https://sgo.example.ru", Settings.LOGIN, "x",
                        Settings.SCHOOLS, "1001"))));
        assertTrue(e.getMessage().contains(Settings.PASSWORD), e.getMessage());
    }

    private static String md5(String text) throws Exception {
        return md5(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    /** The fixtures' sign-in and year, keeping the login form, the tokens and the cookies it was sent. */
    private static final class RecordingServer implements AutoCloseable {
        private final HttpServer server;
        final List<String> logins = new CopyOnWriteArrayList<>();
        final List<String> tokens = new CopyOnWriteArrayList<>();
        final List<String> cookies = new CopyOnWriteArrayList<>();

        RecordingServer() throws IOException {
            Map<String, String> fixtures = Map.of("/webapi/logindata", "logindata.json", "/webapi/auth/getdata",
                    "auth-getdata.json", "/webapi/login", "login.json", "/webapi/years/current", "year-current.json",
                    "/webapi/integration/students", "marks-1002-1.json", "/webapi/integration/marks", "marks-1002-1.json");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getRawPath();
                if (path.equals("/webapi/login")) {
                    logins.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                }
                if (path.equals("/webapi/logindata")) {
                    exchange.getResponseHeaders().add("Set-Cookie", "NSSESSIONID=4f1e; path=/; HttpOnly");
                } else {
                    cookies.addAll(exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
                }
                tokens.addAll(exchange.getRequestHeaders().getOrDefault("at", List.of()));
                String fixture = fixtures.get(path);
                byte[] body = fixture == null ? new byte[0] : NetSchoolFixtures.resource("/api/" + fixture);
                exchange.sendResponseHeaders(fixture == null ? 404 : 200, body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        PullContext context() {
            return new PullContext("sgo-region", Map.of(Settings.URL, "http://127.0.0.1:" + server.getAddress().getPort(),
                    Settings.LOGIN, NetSchoolFixtures.LOGIN, Settings.PASSWORD, NetSchoolFixtures.PASSWORD, Settings.SCHOOLS,
                    "1001"));
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
