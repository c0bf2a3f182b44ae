package org.kontingent.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kontingent.itests.Http.Answer;
import org.kontingent.registry.api.command.OrganizationData;
import org.kontingent.registry.api.command.RegistryCommands;
import org.kontingent.registry.api.command.Source;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A corpus of hostile input pushed through the real push API by a provider's system, all of it
 * before any test looks at the outcome: packages that cannot be read (broken, mis-encoded, empty,
 * of another version, entity bombs and external entities, zip bombs, too large), records that
 * break every rule of the exchange, and requests the gateway cannot take at all. Each input must
 * come back with its published error code (connector-sdk/docs/connectors.md) and, for a refused
 * record, with the record, field and value; every package answered 202 must be kept as it came;
 * and the platform must stay healthy and go on applying good packages.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileInputIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = Json.mapper();
    private static final String PACKAGES = "/api/v1/gateway/packages";
    private static final String JSON_TYPE = "application/json";
    private static final String XML_TYPE = "application/xml";
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String GATEWAY_PID = "org.kontingent.gateway";
    /** The gateway's largest package when {@code maxPackageMegabytes} is not configured (GatewayConfiguration). */
    private static final int DEFAULT_LARGEST_PACKAGE_MEGABYTES = 50;
    private static final long MEBIBYTE = 1024L * 1024L;
    private static final String SCHOOL = "GYM-3";
    private static final String OTHER_PROVIDERS_SCHOOL = "SCH-12";
    private static final String IDEMPOTENCY_KEY = "hostile-2026-11-23-1";
    private static final String RACED_IDEMPOTENCY_KEY = "hostile-2026-11-23-2";
    private static final int RACING_SENDERS = 4;

    // The published error codes.
    private static final int MALFORMED = 101;
    private static final int UNSUPPORTED_FORMAT = 102;
    private static final int UNSUPPORTED_VERSION = 103;
    private static final int TOO_LARGE = 104;
    private static final int ENCODING = 105;
    private static final int EMPTY = 106;
    private static final int REQUIRED = 201;
    private static final int FORMAT = 202;
    private static final int CHECKSUM = 203;
    private static final int DICTIONARY = 204;
    private static final int UNKNOWN_ORGANIZATION = 205;
    private static final int ORGANIZATION_NOT_PERMITTED = 206;
    private static final int UNKNOWN_REFERENCE = 207;
    private static final int UNKNOWN_FIELD = 208;
    private static final int EXTENSION_NOT_INSTALLED = 209;
    private static final int INVALID_VALUE = 210;
    private static final int REPEATED_IN_PACKAGE = 211;
    private static final int PERIOD_CONFLICT = 304;

    private static Http admin;
    /** The system of the provider that sends the corpus, and its API key. */
    private static Http system;
    private static String systemKey;
    /** The system of a second provider, with a school of its own, and its API key. */
    private static Http otherSystem;
    private static String otherSystemKey;
    private static long otherProvidersSchool;
    /** Counts every connection made to an address only external entities of the corpus name. */
    private static final AtomicInteger SECRET_SERVER_CONNECTIONS = new AtomicInteger();
    private static String secretServer;

    private static List<Sent> unreadablePackages;
    private static List<Sent> refusedRecords;
    private static List<Sent> refusedAtTheDoor;
    private static List<Sent> externalEntities;
    private static Answer firstDelivery;
    private static byte[] firstDeliveryBody;
    private static Answer redelivery;
    private static List<Answer> racedDeliveries;
    /** Every package answered 202, by id: who sent it and the bytes sent. */
    private static final Map<Long, Delivered> ACCEPTED = new ConcurrentHashMap<>();

    @Inject
    private RegistryCommands commands;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Inject
    private ConfigurationAdmin configurations;

    @Configuration
    public Option[] configuration() {
        // The corpus is rejected package after package on purpose; suspending a provider whose
        // packages keep failing is GatewayIT's subject, not this one's.
        return KontingentDistribution.options(Map.of(),
                editConfigurationFilePut("etc/" + GATEWAY_PID + ".cfg", "suspendAfterRejected", "1000"));
    }

    /**
     * The whole corpus, sent once, in this order, before any test looks at what became of it: the
     * provider's packages are applied in the order they came, so every test sees the platform after
     * all of it.
     */
    @Before
    public void corpusSent() throws Exception {
        if (system != null) {
            return;
        }
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        long school = schools();
        admin = KontingentDistribution.admin();
        Eventually.await("the gateway served", PATIENCE, () -> admin.get("/api/v1/gateway/formats").status() == 200);
        long provider = provider("e-journal", "Электронный журнал", school, SCHOOL);
        systemKey = apiKey(provider, "e-journal.system");
        system = KontingentDistribution.http().withApiKey(systemKey);
        long otherProvider = provider("lms", "Школьная LMS", otherProvidersSchool, OTHER_PROVIDERS_SCHOOL);
        otherSystemKey = apiKey(otherProvider, "lms.system");
        otherSystem = KontingentDistribution.http().withApiKey(otherSystemKey);
        secretServer = startSecretServer();

        unreadablePackages = sendAll(unreadablePackageCases());
        externalEntities = sendAll(externalEntityCases());
        refusedRecords = sendAll(refusedRecordCases());
        refusedAtTheDoor = sendAll(doorCases());
        sendTheSamePackageTwice();
        racedDeliveries = concurrently(RACING_SENDERS, () -> push(system, JSON_TYPE, new Exchange()
                .persons(learner("h-raced", "Гонкина")).bytes(), "Idempotency-Key", RACED_IDEMPOTENCY_KEY));
    }

    @Test
    public void everyUnreadablePackageIsStoredAndRejectedWithItsPackageCode() {
        assertEveryInputAnsweredAsPublished(unreadablePackages);
    }

    @Test
    public void everyRefusedRecordComesBackWithItsCodeFieldAndValue() {
        assertEveryInputAnsweredAsPublished(refusedRecords);
    }

    @Test
    public void whatTheGatewayCannotTakeIsRefusedAtTheDoor() {
        assertEveryInputAnsweredAsPublished(refusedAtTheDoor);
    }

    @Test
    public void externalEntitiesAreNeitherFetchedNorRead() {
        assertEveryInputAnsweredAsPublished(externalEntities);
        assertEquals("connections to the address only external entities name", 0, SECRET_SERVER_CONNECTIONS.get());
        for (Sent sent : externalEntities) {
            JsonNode report = finished(system, id(sent.answer()));
            assertFalse("no line of /etc/passwd in the error packet: " + report, report.toString().contains("root:"));
        }
    }

    @Test
    public void aPackageSentAgainUnderTheSameIdempotencyKeyIsTheSamePackageAppliedOnce() throws Exception {
        assertEquals(firstDelivery.body().toString(), 202, firstDelivery.status());
        long id = id(firstDelivery);
        assertEquals(redelivery.body().toString(), 200, redelivery.status());
        assertEquals(id, id(redelivery));
        assertTrue(redelivery.body().toString(), redelivery.body().path("repeated").asBoolean());
        JsonNode report = finished(system, id);
        assertEquals(report.toString(), "applied", status(report));
        assertEquals(1, packagesUnderKey(IDEMPOTENCY_KEY));
        assertArrayEquals("the package kept is the first one sent", firstDeliveryBody, storedBody(id));
        assertEquals("the first body is applied", 1, personsNamed("Повторова"));
        assertEquals("the body sent again is not", 0, personsNamed("Подменова"));
    }

    @Test
    public void packagesRacingUnderOneIdempotencyKeyAreStoredOnce() throws Exception {
        List<Integer> statuses = racedDeliveries.stream().map(Answer::status).sorted().toList();
        assertEquals(racedDeliveries.toString(), List.of(200, 200, 200, 202), statuses);
        assertEquals(racedDeliveries.toString(), 1, racedDeliveries.stream().map(HostileInputIT::id).distinct().count());
        assertEquals(1, packagesUnderKey(RACED_IDEMPOTENCY_KEY));
        assertEquals("applied", status(finished(system, id(racedDeliveries.get(0)))));
    }

    @Test
    public void afterTheCorpusThePlatformIsHealthyKeepsEveryAcceptedPackageAndAppliesAGoodOne() throws Exception {
        assertEquals(200, KontingentDistribution.http().status("/api/v1/health"));
        byte[] good = new Exchange().persons(learner("h-good", "Послештормова"))
                .memberships(enrollment("m-h-good", "h-good", SCHOOL)).bytes();
        Answer sent = push(system, JSON_TYPE, good, "X-File-Name", "after-the-corpus.json");
        assertEquals(sent.body().toString(), 202, sent.status());
        JsonNode report = finished(system, id(sent));
        assertEquals(report.toString(), "applied", status(report));
        assertEquals(2, report.path("summary").path("applied").asInt());
        JsonNode found = admin.get("/api/v1/learners?surname=" + URLEncoder.encode("Послештормова", StandardCharsets.UTF_8)).body();
        assertEquals(found.toString(), 1, found.path("items").size());

        for (Map.Entry<Long, Delivered> accepted : ACCEPTED.entrySet()) {
            assertArrayEquals("package " + accepted.getKey() + " is kept as it was sent", accepted.getValue().body(),
                    storedBody(accepted.getKey()));
        }
        Set<Long> sentByTheSystem = ACCEPTED.entrySet().stream().filter(e -> e.getValue().by() == system)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertEquals("the provider's load journal holds every package answered 202 and no other", sentByTheSystem,
                journalOf(system));
        assertEquals(200, KontingentDistribution.http().status("/api/v1/health"));
    }

    // The corpus ------------------------------------------------------------------------------

    private static List<Case> unreadablePackageCases() throws IOException {
        String deepJson = "{\"version\": \"1.0\", \"persons\": [" + "[".repeat(100_000) + "]".repeat(100_000) + "]}";
        String deepXml = "<package xmlns=\"urn:kontingent:exchange:1.0\" version=\"1.0\"><persons><person>"
                + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</person></persons></package>";
        byte[] invalidUtf8 = concat(utf8("{\"version\": \"1.0\", \"persons\": [{\"id\": \"h-utf\", \"surname\": \"Байт"),
                new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF}, utf8("ова\", \"name\": \"Анна\"}]}"));
        Charset windows1251 = Charset.forName("windows-1251");
        byte[] workbook = resource("/upload.xlsx");
        return List.of(
                rejected("JSON cut off in the middle", JSON_TYPE, resource("/hostile/truncated.json"), MALFORMED),
                rejected("JSON that is a list, not an object", JSON_TYPE, resource("/hostile/not-an-object.json"), MALFORMED),
                rejected("JSON with a list the exchange model does not know", JSON_TYPE,
                        resource("/hostile/unknown-list.json"), MALFORMED),
                rejected("JSON nested 100,000 deep", JSON_TYPE, utf8(deepJson), MALFORMED),
                rejected("nothing at all (0 bytes) as JSON", JSON_TYPE, new byte[0], MALFORMED),
                rejected("JSON in windows-1251", JSON_TYPE, new Exchange().persons(learner("h-1251", "Кодировкина"))
                        .text().getBytes(windows1251), ENCODING),
                rejected("JSON with bytes that are no UTF-8", JSON_TYPE, invalidUtf8, ENCODING),
                rejected("JSON of exchange model 2.0", JSON_TYPE, resource("/hostile/version-2.0.json"), UNSUPPORTED_VERSION),
                rejected("JSON without records", JSON_TYPE, resource("/hostile/empty.json"), EMPTY),
                rejected("XML that is not well-formed", XML_TYPE, resource("/hostile/malformed.xml"), MALFORMED),
                rejected("XML entity expansion (billion laughs)", XML_TYPE, resource("/hostile/billion-laughs.xml"), MALFORMED),
                rejected("XML nested 10,000 deep", XML_TYPE, utf8(deepXml), MALFORMED),
                rejected("XML declaring UTF-8 in windows-1251 bytes", XML_TYPE, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<package xmlns=\"urn:kontingent:exchange:1.0\" version=\"1.0\"><persons><person><id>h-1251-xml</id>"
                        + "<surname>Кодировкина</surname><name>Мария</name></person></persons></package>").getBytes(windows1251),
                        ENCODING),
                rejected("XML of exchange model 2.0", XML_TYPE, resource("/hostile/version-2.0.xml"), UNSUPPORTED_VERSION),
                rejected("XML without records", XML_TYPE, resource("/hostile/empty.xml"), EMPTY),
                rejected("a text file sent as an Excel workbook", XLSX_TYPE, utf8("Фамилия;Имя\nИванова;Анна\n"), MALFORMED),
                rejected("an Excel workbook cut off half-way", XLSX_TYPE, Arrays.copyOf(workbook, workbook.length / 2), MALFORMED),
                rejected("an Excel zip bomb (10 MiB of sheet in a few KiB)", XLSX_TYPE,
                        workbookWithSheet(sheetOfSpaces(10 * MEBIBYTE)), MALFORMED),
                rejected("nothing at all (0 bytes) as an Excel workbook", XLSX_TYPE, new byte[0], EMPTY));
    }

    /** External entities (XXE) naming a file of the server and the secret server. */
    private static List<Case> externalEntityCases() throws IOException {
        return List.of(
                rejected("XML with external entities", XML_TYPE, withSecretServer("/hostile/external-entity.xml"), MALFORMED),
                rejected("an Excel sheet with an external entity", XLSX_TYPE,
                        workbookWithSheet(withSecretServer("/hostile/external-entity-sheet.xml")), MALFORMED));
    }

    private static List<Case> refusedRecordCases() {
        String longId = "h-" + "9".repeat(298);
        String longSurname = "Я".repeat(10_000);
        return List.of(
                refused("a person without surname", new Exchange().persons(without(learner("h-no-surname", "Безфамильная"),
                        "surname")), REQUIRED, "persons[0] (id h-no-surname)", "surname", null),
                refused("a person without id", new Exchange().persons(without(learner("h-no-id", "Безымянова"), "id")),
                        REQUIRED, "persons[0]", "id", null),
                refused("a membership without its person", new Exchange().memberships(without(enrollment("m-h-lonely", "h-x",
                        SCHOOL), "person")), REQUIRED, "memberships[0] (id m-h-lonely)", "person", null),
                refused("a membership without its first day", new Exchange().persons(learner("h-no-start", "Бездатова"))
                        .memberships(without(enrollment("m-h-no-start", "h-no-start", SCHOOL), "startsOn")), REQUIRED,
                        "memberships[0] (id m-h-no-start)", "startsOn", null),
                refused("a birth date that does not exist", new Exchange().persons(learner("h-feb-31", "Февральская")
                        .put("birthDate", "2015-02-31")), FORMAT, "persons[0] (id h-feb-31)", "birthDate", "2015-02-31"),
                refused("an id longer than 200 characters", new Exchange().persons(learner(longId, "Длинноидова")), FORMAT,
                        "persons[0] (id " + longId + ")", "id", longId.substring(0, 40) + "…"),
                refused("a СНИЛС whose check digits do not match", new Exchange().persons(learner("h-snils", "Контрольная")
                        .put("snils", "123-456-789 65")), CHECKSUM, "persons[0] (id h-snils)", "snils", "123-456-789 65"),
                // Sex and role take codes of closed lists (connectors.md, "The exchange model"); a value
                // outside its list is the table's 204.
                refused("sex that is neither M nor F", new Exchange().persons(learner("h-sex", "Половинкина").put("sex", "X")),
                        DICTIONARY, "persons[0] (id h-sex)", "sex", "X"),
                refused("a role that is neither learner nor staff", new Exchange().persons(learner("h-role", "Ролева"))
                        .memberships(enrollment("m-h-role", "h-role", SCHOOL).put("role", "teacher")), DICTIONARY,
                        "memberships[0] (id m-h-role)", "role", "teacher"),
                refused("a study form not in the dictionary", new Exchange().persons(learner("h-study-form", "Формова"))
                        .memberships(enrollment("m-h-study-form", "h-study-form", SCHOOL).put("studyForm", "distance")),
                        DICTIONARY, "memberships[0] (id m-h-study-form)", "studyForm", "distance"),
                refused("a leaving reason not in the dictionary", new Exchange().persons(learner("h-reason", "Причинова"))
                        .memberships(enrollment("m-h-reason", "h-reason", SCHOOL).put("endsOn", "2026-12-30")
                                .put("leavingReason", "vacation")), DICTIONARY, "memberships[0] (id m-h-reason)",
                        "leavingReason", "vacation"),
                refused("a relationship not in the dictionary", new Exchange().persons(learner("h-child", "Соседова"),
                        parent("h-neighbour", "Соседова")).representatives(representative("h-child", "h-neighbour", "neighbour")),
                        DICTIONARY, "representatives[0] (learner h-child, representative h-neighbour)", "relationship",
                        "neighbour"),
                refused("an academic year that does not exist", new Exchange().classes(classGroup("c-h-year", "2099-2100")),
                        DICTIONARY, "classes[0] (id c-h-year)", "academicYear", "2099-2100"),
                // The table puts the registry's rules on names and lengths under 210.
                refused("a surname of 10,000 letters", new Exchange().persons(learner("h-long-surname", longSurname)),
                        INVALID_VALUE, "persons[0] (id h-long-surname)", "surname", longSurname),
                refused("an organization code not registered for the provider", new Exchange()
                        .persons(learner("h-no-school", "Бесшкольная"))
                        .memberships(enrollment("m-h-no-school", "h-no-school", "SCH-404")), UNKNOWN_ORGANIZATION,
                        "memberships[0] (id m-h-no-school)", "organization", "SCH-404"),
                refused("another provider's code of its organization", new Exchange()
                        .persons(learner("h-foreign-code", "Чужекодова"))
                        .memberships(enrollment("m-h-foreign-code", "h-foreign-code", OTHER_PROVIDERS_SCHOOL)), UNKNOWN_ORGANIZATION,
                        "memberships[0] (id m-h-foreign-code)", "organization", OTHER_PROVIDERS_SCHOOL),
                refused("an organization the provider may not write to", new Exchange().persons(learner("h-foreign", "Чужакова"))
                        .memberships(enrollment("m-h-foreign", "h-foreign", Long.toString(otherProvidersSchool))),
                        ORGANIZATION_NOT_PERMITTED, "memberships[0] (id m-h-foreign)", "organization",
                        Long.toString(otherProvidersSchool)),
                refused("a membership of a person neither in the package nor sent before", new Exchange()
                        .memberships(enrollment("m-h-nobody", "h-nobody", SCHOOL)), UNKNOWN_REFERENCE,
                        "memberships[0] (id m-h-nobody)", "person", "h-nobody"),
                refused("a field the exchange model does not know", new Exchange().persons(learner("h-nickname", "Прозвищева")
                        .put("nickname", "Кроха")), UNKNOWN_FIELD, "persons[0] (id h-nickname)", "nickname", null),
                refused("a grade, while no general education extension is installed", new Exchange().grades(grade("g-h-1")),
                        EXTENSION_NOT_INSTALLED, "grades[0] (id g-h-1)", "extension", "general"),
                refused("the same person id twice in one package", new Exchange().persons(learner("h-twice", "Дваждыева"),
                        learner("h-twice", "Дваждыева")), REPEATED_IN_PACKAGE, "persons[1] (id h-twice)", "id", "h-twice"),
                refused("a membership ending before it starts", new Exchange().persons(learner("h-backwards", "Обратнова"))
                        .memberships(enrollment("m-h-backwards", "h-backwards", SCHOOL).put("endsOn", "2026-08-01")
                                .put("leavingReason", "other")), PERIOD_CONFLICT, "memberships[0] (id m-h-backwards)", "endsOn",
                        "2026-08-01"),
                applied("a leaving, sent before the enrollment it ends", new Exchange().persons(learner("h-stale", "Запоздалова"))
                        .memberships(enrollment("m-h-stale", "h-stale", SCHOOL).put("endsOn", "2026-12-30")
                                .put("leavingReason", "parents-request"))),
                // Nothing was received for endsOn: a finding's value is the value as received, or null.
                refused("the enrollment, arriving after its leaving", new Exchange().memberships(enrollment("m-h-stale", "h-stale",
                        SCHOOL)), PERIOD_CONFLICT, "memberships[0] (id m-h-stale)", "endsOn", null),
                // Sent by the other provider, so that its own queue, not the corpus's, is the one at
                // stake. No value holding U+0000 can be stored as text, so the packet's value is left open.
                new Case("a NUL character in a text field (another provider's package)", otherSystem,
                        () -> push(otherSystem, JSON_TYPE, new Exchange().persons(learner("h-nul", "Нулевая")
                                .put("birthplace", "Барнаул\u0000")).bytes()),
                        new Refused(FORMAT, "persons[0] (id h-nul)", "birthplace", null, false)),
                new Case("a good package of the same provider, sent after the NUL character", otherSystem,
                        () -> push(otherSystem, JSON_TYPE, new Exchange().persons(learner("h-after-nul", "Ненулевая")).bytes()),
                        new Applied()));
    }

    private List<Case> doorCases() throws IOException {
        byte[] good = new Exchange().persons(learner("h-door", "Придверная")).bytes();
        long largest = largestPackageBytes();
        return List.of(
                new Case("CSV, which no installed connector reads", system, () -> push(system, "text/csv",
                        utf8("id;surname\nh-csv;Таблицева\n")),
                        new Answered(415, "gateway.unsupported-format", "error " + UNSUPPORTED_FORMAT)),
                new Case("the media type of an Excel 97-2003 workbook (.xls)", system,
                        () -> push(system, "application/vnd.ms-excel", good),
                        new Answered(415, "gateway.unsupported-format", "error " + UNSUPPORTED_FORMAT)),
                new Case("a package 1 MiB above the gateway's " + largest / MEBIBYTE + " MiB, streamed", system,
                        () -> streamed(largest + MEBIBYTE), new Answered(413, "gateway.too-large", "error " + TOO_LARGE)),
                new Case("an Idempotency-Key longer than the 200 characters the gateway keeps", system,
                        () -> push(system, JSON_TYPE, good, "Idempotency-Key", "k".repeat(201)),
                        new Answered(400, "request.invalid-parameter", "Idempotency-Key")),
                new Case("an X-File-Name with a NUL character (%00)", system,
                        () -> push(system, JSON_TYPE, good, "X-File-Name", "list%00.json"),
                        new Answered(400, "request.invalid-parameter", "X-File-Name")));
    }

    private static void sendTheSamePackageTwice() {
        firstDeliveryBody = new Exchange().persons(learner("h-repeated", "Повторова")).bytes();
        firstDelivery = push(system, JSON_TYPE, firstDeliveryBody, "Idempotency-Key", IDEMPOTENCY_KEY);
        byte[] changed = new Exchange().persons(learner("h-repeated", "Повторова"), learner("h-sneaked", "Подменова")).bytes();
        redelivery = push(system, JSON_TYPE, changed, "Idempotency-Key", IDEMPOTENCY_KEY);
    }

    private static Case rejected(String name, String mediaType, byte[] body, int code) {
        return new Case(name, system, () -> push(system, mediaType, body, "X-File-Name", fileName(name)), new Rejected(code));
    }

    private static Case refused(String name, Exchange exchange, int code, String record, String field, String value) {
        return new Case(name, system, () -> push(system, JSON_TYPE, exchange.bytes(), "X-File-Name", fileName(name)),
                new Refused(code, record, field, value, true));
    }

    private static Case applied(String name, Exchange exchange) {
        return new Case(name, system, () -> push(system, JSON_TYPE, exchange.bytes(), "X-File-Name", fileName(name)),
                new Applied());
    }

    // Records of the exchange model ------------------------------------------------------------

    /** A package of the exchange model as JSON, list by list. */
    private static final class Exchange {
        private final ObjectNode root = JSON.createObjectNode().put("version", "1.0");

        Exchange persons(ObjectNode... records) {
            return list("persons", records);
        }

        Exchange representatives(ObjectNode... records) {
            return list("representatives", records);
        }

        Exchange classes(ObjectNode... records) {
            return list("classes", records);
        }

        Exchange memberships(ObjectNode... records) {
            return list("memberships", records);
        }

        Exchange grades(ObjectNode... records) {
            return list("grades", records);
        }

        private Exchange list(String name, ObjectNode... records) {
            root.putArray(name).addAll(List.of(records));
            return this;
        }

        String text() {
            return root.toString();
        }

        byte[] bytes() {
            return utf8(text());
        }
    }

    private static ObjectNode learner(String id, String surname) {
        return JSON.createObjectNode().put("id", id).put("surname", surname).put("name", "Анна").put("birthDate", "2015-05-05")
                .put("sex", "F");
    }

    private static ObjectNode parent(String id, String surname) {
        return JSON.createObjectNode().put("id", id).put("surname", surname).put("name", "Елена").put("birthDate", "1988-02-02")
                .put("sex", "F");
    }

    private static ObjectNode enrollment(String id, String person, String organization) {
        ObjectNode membership = JSON.createObjectNode().put("id", id).put("person", person).put("organization", organization)
                .put("role", "learner").put("startsOn", "2026-09-01");
        membership.putObject("enrollmentOrder").put("number", "7-у").put("date", "2026-08-28");
        return membership;
    }

    private static ObjectNode representative(String learner, String representative, String relationship) {
        return JSON.createObjectNode().put("learner", learner).put("representative", representative)
                .put("relationship", relationship);
    }

    private static ObjectNode classGroup(String id, String academicYear) {
        return JSON.createObjectNode().put("id", id).put("organization", SCHOOL).put("academicYear", academicYear)
                .put("name", "5Я").put("grade", 5);
    }

    private static ObjectNode grade(String id) {
        return JSON.createObjectNode().put("id", id).put("person", "h-stale").put("organization", SCHOOL)
                .put("academicYear", "2026-2027").put("subject", "Математика").put("period", "current").put("mark", "5")
                .put("markedOn", "2026-10-01");
    }

    private static ObjectNode without(ObjectNode record, String field) {
        record.remove(field);
        return record;
    }

    // What the platform must answer -------------------------------------------------------------

    /** An input of the corpus: how it is sent, who follows its package, and what the platform must make of it. */
    private record Case(String name, Http follower, Supplier<Answer> sending, Expected expected) {
    }

    /** An input once sent: the answer, or why there was none. */
    private record Sent(Case input, Answer answer, String failure) {
    }

    /** A package answered 202: who sent it and the bytes sent. */
    private record Delivered(Http by, byte[] body) {
    }

    /** What the platform must make of an input. */
    private interface Expected {
        /**
         * @param finished the report of a package once it is finished
         * @return how the answer or the package's report differ from what is expected; null when they do not
         */
        String mismatch(Answer answer, LongFunction<JsonNode> finished);
    }

    /** The package is stored, then rejected whole with one package-level finding of the code. */
    private record Rejected(int code) implements Expected {
        @Override
        public String mismatch(Answer answer, LongFunction<JsonNode> finished) {
            if (answer.status() != 202) {
                return "expected 202 and the package rejected with " + code + ", answered " + answer.status() + " "
                        + answer.body();
            }
            JsonNode report = finished.apply(id(answer));
            JsonNode errors = report.path("errors");
            boolean asExpected = "rejected".equals(status(report)) && errors.size() == 1
                    && errors.get(0).path("code").asInt() == code && "package".equals(errors.get(0).path("severity").asText());
            return asExpected ? null : "expected rejected with " + code + ", got " + status(report) + " " + findings(errors);
        }
    }

    /** The package is stored and taken record by record; the record is refused with this finding among its own. */
    private record Refused(int code, String record, String field, String value, boolean valueChecked) implements Expected {
        @Override
        public String mismatch(Answer answer, LongFunction<JsonNode> finished) {
            if (answer.status() != 202) {
                return "expected 202 and " + described() + ", answered " + answer.status() + " " + answer.body();
            }
            JsonNode report = finished.apply(id(answer));
            List<JsonNode> ofTheRecord = StreamSupport.stream(report.path("errors").spliterator(), false)
                    .filter(e -> record.equals(text(e.path("record")))).toList();
            boolean found = ofTheRecord.stream().anyMatch(e -> e.path("code").asInt() == code
                    && "refused".equals(e.path("severity").asText()) && Objects.equals(field, text(e.path("field")))
                    && (!valueChecked || Objects.equals(value, text(e.path("value")))));
            if (!found || report.path("summary").path("refused").asInt() < 1) {
                return "expected " + described() + ", got " + status(report) + " " + findings(report.path("errors"));
            }
            return null;
        }

        private String described() {
            return code + " " + field + (valueChecked ? "=" + quoted(value) : "") + " for " + shortened(record);
        }
    }

    /** The package is applied whole. */
    private record Applied() implements Expected {
        @Override
        public String mismatch(Answer answer, LongFunction<JsonNode> finished) {
            if (answer.status() != 202) {
                return "expected 202 and the package applied, answered " + answer.status() + " " + answer.body();
            }
            JsonNode report = finished.apply(id(answer));
            return "applied".equals(status(report)) && report.path("errors").isEmpty() ? null
                    : "expected applied, got " + status(report) + " " + findings(report.path("errors"));
        }
    }

    /** Refused before anything is stored: the HTTP status, the API's error code and what its message names. */
    private record Answered(int status, String apiCode, String named) implements Expected {
        @Override
        public String mismatch(Answer answer, LongFunction<JsonNode> finished) {
            boolean asExpected = answer.status() == status && apiCode.equals(answer.body().path("code").asText())
                    && answer.body().path("message").asText().contains(named);
            return asExpected ? null : "expected " + status + " " + apiCode + " naming " + named + ", answered "
                    + answer.status() + " " + answer.body();
        }
    }

    private void assertEveryInputAnsweredAsPublished(List<Sent> corpus) {
        List<String> mismatches = new ArrayList<>();
        for (Sent sent : corpus) {
            String mismatch;
            try {
                mismatch = sent.failure() != null ? "no answer: " + sent.failure()
                        : sent.input().expected().mismatch(sent.answer(), id -> finished(sent.input().follower(), id));
            } catch (AssertionError e) {
                mismatch = e.getMessage();
            }
            if (mismatch != null) {
                mismatches.add(sent.input().name() + ": " + mismatch);
            }
        }
        assertTrue(mismatches.size() + " of " + corpus.size() + " inputs were not answered as published:\n"
                + String.join("\n", mismatches), mismatches.isEmpty());
    }

    private static String findings(JsonNode errors) {
        return StreamSupport.stream(errors.spliterator(), false).map(e -> e.path("code").asInt() + " "
                + shortened(text(e.path("record"))) + " " + text(e.path("field")) + "=" + quoted(text(e.path("value")))
                + " (" + shortened(e.path("message").asText()) + ")").collect(Collectors.joining("; ", "[", "]"));
    }

    /** A value as a finding shows it: quoted, shortened, or null when there is none. */
    private static String quoted(String value) {
        return value == null ? "null" : "\"" + shortened(value) + "\"";
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static String status(JsonNode report) {
        return report.path("summary").path("status").asText();
    }

    private static long id(Answer answer) {
        return answer.body().path("id").asLong();
    }

    // Sending and following --------------------------------------------------------------------

    private static List<Sent> sendAll(List<Case> cases) {
        List<Sent> sent = new ArrayList<>();
        for (Case input : cases) {
            try {
                sent.add(new Sent(input, input.sending().get(), null));
            } catch (RuntimeException e) {
                sent.add(new Sent(input, null, e.toString()));
            }
        }
        return sent;
    }

    private static Answer push(Http by, String mediaType, byte[] body, String... headers) {
        Answer answer = by.post(PACKAGES, mediaType, body, headers);
        if (answer.status() == 202) {
            ACCEPTED.put(id(answer), new Delivered(by, body));
        }
        return answer;
    }

    /** A JSON package of one learner padded with white space to the size, generated while it is sent. */
    private static Answer streamed(long size) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + PACKAGES)).header("Content-Type", JSON_TYPE)
                .header("Authorization", "Bearer " + systemKey).timeout(PATIENCE)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new PaddedPackage(size))).build();
        HttpResponse<String> response = call(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException notJson) {
            body = JSON.missingNode();
        }
        return new Answer(response.statusCode(), body == null ? JSON.missingNode() : body, response.headers());
    }

    /** The package exactly as the platform keeps it. */
    private static byte[] storedBody(long id) {
        String key = ACCEPTED.containsKey(id) && ACCEPTED.get(id).by() == otherSystem ? otherSystemKey : systemKey;
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + PACKAGES + "/" + id + "/body"))
                .header("Authorization", "Bearer " + key).timeout(PATIENCE).GET().build();
        HttpResponse<byte[]> response = call(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("the body of package " + id, 200, response.statusCode());
        return response.body();
    }

    private static <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + System.getProperty(KontingentDistribution.HTTP_PORT);
    }

    private static List<Answer> concurrently(int senders, Supplier<Answer> sending) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return sending.get();
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The report of a package once it is finished.
     *
     * @throws AssertionError when it is not finished in time; at once when the platform failed on
     *         it, or on an earlier package of its provider, and waits to try that one again (a
     *         provider's packages are applied in order, so the later ones wait too)
     */
    private JsonNode finished(Http follower, long id) {
        JsonNode[] report = new JsonNode[1];
        Eventually.await("package " + id + " finished", PATIENCE, () -> {
            report[0] = follower.get(PACKAGES + "/" + id).body();
            if (report[0].path("summary").path("finishedAt").isTextual()) {
                return true;
            }
            String retried = retriedOnTheWay(id);
            if (retried != null) {
                throw new AssertionError("package " + id + " was not finished: " + retried);
            }
            return false;
        });
        return report[0];
    }

    /**
     * The package itself or the first earlier one of its provider that the gateway failed to apply
     * and waits to try again, with the attempt and when; null when there is none.
     */
    private String retriedOnTheWay(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT e.id, e.attempts,"
                + " e.retry_at FROM gateway.package p JOIN gateway.package e ON e.provider_id = p.provider_id AND e.id <= p.id"
                + " WHERE p.id = ? AND e.status = 'received' AND e.retry_at IS NOT NULL ORDER BY e.id LIMIT 1")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String retry = "tries it again at " + rs.getString(3) + " (attempt " + rs.getInt(2) + "; see karaf.log)";
                return rs.getLong(1) == id ? "the platform failed on it and " + retry
                        : "it waits behind package " + rs.getLong(1) + " of its provider; the platform failed on that one and "
                                + retry;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the packages in a provider's load journal, page by page. */
    private static Set<Long> journalOf(Http provider) {
        Set<Long> ids = new HashSet<>();
        for (int offset = 0;; offset += 100) {
            JsonNode page = provider.get(PACKAGES + "?limit=100&offset=" + offset).body();
            page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
            if (page.path("items").size() < 100) {
                return ids;
            }
        }
    }

    // The platform as the administrator sets it up ----------------------------------------------

    /** The school the provider writes to and a school of another provider; answers the first. */
    private long schools() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES"
                    + " (9301, NULL, 'Министерство образования', 'regional')");
            s.execute("INSERT INTO registry.academic_year VALUES ('2026-2027', '2026-09-01', '2027-09-01') ON CONFLICT DO NOTHING");
        }
        otherProvidersSchool = commands.createOrganization(organization("МБОУ «СОШ № 12»", "СОШ № 12", "secondary-school"),
                Source.user("itest"));
        return commands.createOrganization(organization("МБОУ «Гимназия № 3»", "Гимназия № 3", "gymnasium"),
                Source.user("itest"));
    }

    private static OrganizationData organization(String fullName, String shortName, String type) {
        return new OrganizationData(9301, fullName, shortName, type, null, null, "general", null, null, null, null, null, null,
                null, null, null, null);
    }

    /** A provider registered with one organization under its code; answers its id. */
    private static long provider(String code, String name, long organization, String organizationCode) {
        Answer registered = admin.post("/api/v1/gateway/providers", "{\"code\":\"" + code + "\",\"name\":\"" + name
                + "\",\"operator\":\"ООО «Школьные системы»\",\"contacts\":\"support@example.org\"}");
        assertEquals(registered.body().toString(), 201, registered.status());
        long provider = registered.body().path("id").asLong();
        Answer organizations = admin.send("PUT", "/api/v1/gateway/providers/" + provider + "/organizations",
                "[{\"organizationId\":" + organization + ",\"code\":\"" + organizationCode + "\",\"priority\":10}]");
        assertEquals(organizations.body().toString(), 200, organizations.status());
        return provider;
    }

    /** The API key of a new representative account of a provider. */
    private static String apiKey(long provider, String login) {
        Answer representative = admin.post("/api/v1/admin/users", "{\"login\":\"" + login + "\",\"displayName\":\"" + login
                + "\",\"role\":\"PROVIDER_REPRESENTATIVE\",\"scope\":{\"kind\":\"PROVIDER\",\"id\":" + provider + "}}");
        assertEquals(representative.body().toString(), 201, representative.status());
        Answer key = admin.post("/api/v1/admin/users/" + representative.body().path("user").path("id").asLong() + "/keys", "{}");
        assertEquals(key.body().toString(), 201, key.status());
        return key.body().path("credential").asText();
    }

    /** The largest package the gateway takes, in bytes, as configured. */
    private long largestPackageBytes() throws IOException {
        Object configured = configurations.getConfiguration(GATEWAY_PID, "?").getProperties().get("maxPackageMegabytes");
        int megabytes = configured == null ? DEFAULT_LARGEST_PACKAGE_MEGABYTES : Integer.parseInt(configured.toString().strip());
        return megabytes * MEBIBYTE;
    }

    private long packagesUnderKey(String idempotencyKey) throws SQLException {
        return count("SELECT count(*) FROM gateway.package WHERE idempotency_key = ?", idempotencyKey);
    }

    private long personsNamed(String surname) throws SQLException {
        return count("SELECT count(*) FROM registry.person WHERE surname = ?", surname);
    }

    private long count(String sql, String value) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // Hostile bytes ----------------------------------------------------------------------------

    /** A local address that counts the connections made to it and answers none; as host:port. */
    private static String startSecretServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread counting = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket connection = server.accept()) {
                    SECRET_SERVER_CONNECTIONS.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "hostile-input-secret-server");
        counting.setDaemon(true);
        counting.start();
        return "127.0.0.1:" + server.getLocalPort();
    }

    private static byte[] withSecretServer(String resource) throws IOException {
        return utf8(new String(resource(resource), StandardCharsets.UTF_8).replace("SECRET_SERVER", secretServer));
    }

    /** The workbook GatewayIT uploads, its first sheet replaced. */
    private static byte[] workbookWithSheet(byte[] sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(resource("/upload.xlsx")));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals("xl/worksheets/sheet1.xml") ? sheet : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] sheetOfSpaces(long size) {
        byte[] sheet = new byte[(int) size];
        Arrays.fill(sheet, (byte) ' ');
        byte[] open = utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        byte[] close = utf8("</sheetData></worksheet>");
        System.arraycopy(open, 0, sheet, 0, open.length);
        System.arraycopy(close, 0, sheet, sheet.length - close.length, close.length);
        return sheet;
    }

    /** A valid JSON package of one learner, padded with white space to a size, made as it is read. */
    private static final class PaddedPackage extends InputStream {
        private final byte[] head = utf8("{\"version\": \"1.0\", \"persons\": [" + learner("h-huge", "Огромнова") + "]");
        private final byte[] tail = utf8("}");
        private final long size;
        private long position;

        PaddedPackage(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? byteAt(position++) & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = byteAt(position + i);
            }
            position += n;
            return n;
        }

        private byte byteAt(long at) {
            if (at < head.length) {
                return head[(int) at];
            }
            long fromTheEnd = size - at;
            return fromTheEnd <= tail.length ? tail[tail.length - (int) fromTheEnd] : (byte) ' ';
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = HostileInputIT.class.getResourceAsStream(path)) {
            assertNotNull(path, in);
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String fileName(String name) {
        return URLEncoder.encode("hostile " + name, StandardCharsets.UTF_8);
    }
}
