package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kontingent.itests.Http.Answer;
import org.kontingent.platform.api.security.Role;
import org.kontingent.registry.api.command.OrganizationData;
import org.kontingent.registry.api.command.RegistryCommands;
import org.kontingent.registry.api.command.Source;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A data provider's system sends packages to the platform as a region runs it: registered by
 * the administrator with its organization, signing with an API key, its packages applied in the
 * background and its learners then found in the registry; refused records come back in the error
 * packet with their codes; a corrected package is replayed; a suspended provider is refused.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GatewayIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static Http admin;
    private static Http system;
    private static long provider;
    private static long gymnasium;

    @Inject
    private RegistryCommands commands;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of());
    }

    @Before
    public void providerWithItsKey() throws SQLException {
        if (system != null) {
            return;
        }
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES"
                    + " (9101, NULL, 'Министерство образования', 'regional')");
            s.execute("INSERT INTO registry.academic_year VALUES ('2026-2027', '2026-09-01', '2027-09-01') ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO registry.organization (id, authority_id, full_name, type_code, education_level)"
                    + " VALUES (9201, 9101, 'МБОУ «СОШ № 12»', 'secondary-school', 'general')");
        }
        long school = commands.createOrganization(new OrganizationData(9101, "МБОУ «Гимназия № 3»", "Гимназия № 3",
                "gymnasium", null, null, "general", null, null, null, null, null, null, null, null, null, null), Source.user("itest"));
        admin = KontingentDistribution.admin();
        Eventually.await("the gateway served", PATIENCE, () -> admin.get("/api/v1/gateway/formats").status() == 200);
        gymnasium = school;
        system = providerSystem("e-journal", "Электронный журнал", 10);
        provider = providerId("e-journal");
    }

    /** Registers a provider writing to the gymnasium (code GYM-3) at a priority, and answers its system signing with its key. */
    private static Http providerSystem(String code, String name, int priority) {
        return new ProviderSystems(admin).register(code, name, gymnasium, "GYM-3", priority);
    }

    private static void prioritize(long providerId, int priority) {
        new ProviderSystems(admin).prioritize(providerId, gymnasium, "GYM-3", priority);
    }

    private static long providerId(String code) {
        return new ProviderSystems(admin).id(code);
    }

    private static Answer push(String json, String... headers) {
        return system.post("/api/v1/gateway/packages", "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static JsonNode finished(long id) {
        return finished(system, id);
    }

    private static JsonNode finished(Http caller, long id) {
        return ProviderSystems.finished(caller, id, PATIENCE);
    }

    /** The action journal's entries of reads of a package's error packet. */
    private long errorPacketsJournaled(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM audit.entry WHERE details = ?")) {
            q.setString(1, "error packet of package " + id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String learner(String id, String surname, String snils) {
        return "{\"id\": \"" + id + "\", \"surname\": \"" + surname + "\", \"name\": \"Анна\", \"birthDate\": \"2015-05-05\","
                + " \"sex\": \"F\"" + (snils == null ? "" : ", \"snils\": \"" + snils + "\"") + "}";
    }

    private static String enrolled(String person) {
        return "{\"id\": \"m-" + person + "\", \"person\": \"" + person + "\", \"organization\": \"GYM-3\", \"role\": \"learner\","
                + " \"startsOn\": \"2026-09-01\", \"enrollmentOrder\": {\"number\": \"7-у\", \"date\": \"2026-08-28\"}}";
    }

    @Test
    public void aPackageIsAppliedOnceAndItsLearnersFoundInTheRegistry() {
        String json = "{\"version\": \"1.0\", \"persons\": [" + learner("p-1", "Шлюзова", "112-233-445 95") + "],"
                + " \"memberships\": [" + enrolled("p-1") + "]}";
        Answer sent = push(json, "Idempotency-Key", "batch-2026-11-23-1", "X-File-Name", "contingent-1.json");
        assertEquals(sent.body().toString(), 202, sent.status());
        long id = sent.body().path("id").asLong();
        Answer again = push(json, "Idempotency-Key", "batch-2026-11-23-1");
        assertEquals(200, again.status());
        assertEquals(id, again.body().path("id").asLong());

        JsonNode report = finished(id);
        assertEquals(report.toString(), "applied", report.path("summary").path("status").asText());
        assertEquals(2, report.path("summary").path("applied").asInt());
        JsonNode found = admin.get("/api/v1/learners?surname=" + URLEncoder.encode("Шлюзова", StandardCharsets.UTF_8)).body();
        assertEquals(found.toString(), 1, found.path("items").size());
        JsonNode journal = system.get("/api/v1/gateway/packages?status=applied").body();
        assertTrue(journal.toString(), journal.path("items").findValuesAsText("fileName").contains("contingent-1.json"));
        assertEquals("a status with no findings holds no personal data: not journaled", 0, errorPacketsJournaled(id));
    }

    @Test
    public void aRefusedRecordComesBackInTheErrorPacketAndIsReplayedCorrected() {
        String broken = "{\"version\": \"1.0\", \"persons\": [" + learner("p-2", "Ошибкина", null) + ", "
                + learner("p-3", "Контрольная", "112-233-445 96") + "], \"memberships\": [" + enrolled("p-2") + "]}";
        long id = push(broken).body().path("id").asLong();
        JsonNode report = finished(id);
        assertEquals(report.toString(), "partially-applied", report.path("summary").path("status").asText());
        JsonNode error = report.path("errors").get(0);
        assertEquals(203, error.path("code").asInt());
        assertEquals("persons[1] (id p-3)", error.path("record").asText());
        assertEquals("snils", error.path("field").asText());
        assertEquals("112-233-445 96", error.path("value").asText());
        assertTrue("the error packet carries the request", report.path("request").asText().contains("Контрольная"));
        assertTrue("each read of findings is journaled", errorPacketsJournaled(id) > 0);

        String corrected = broken.replace("112-233-445 96", "123-456-789 64");
        Answer replayed = system.post("/api/v1/gateway/packages/" + id + "/replay", "application/json",
                corrected.getBytes(StandardCharsets.UTF_8));
        assertEquals(replayed.body().toString(), 202, replayed.status());
        JsonNode replay = finished(replayed.body().path("id").asLong());
        assertEquals(replay.toString(), "applied", replay.path("summary").path("status").asText());
        assertEquals(id, replay.path("summary").path("replayOf").asLong());
    }

    @Test
    public void aSuspendedProviderIsRefusedWithTheReasonUntilLifted() {
        Answer suspended = admin.post("/api/v1/gateway/providers/" + provider + "/suspension",
                "{\"reason\":\"Ошибки не исправлены с 1 ноября\"}");
        assertEquals(suspended.body().toString(), 200, suspended.status());
        try {
            Answer refused = push("{\"persons\": [" + learner("p-9", "Приостановкина", null) + "]}");
            assertEquals(403, refused.status());
            assertEquals("gateway.provider-suspended", refused.body().path("code").asText());
            assertTrue(refused.body().path("message").asText().contains("Ошибки не исправлены с 1 ноября"));
        } finally {
            assertEquals(200, admin.delete("/api/v1/gateway/providers/" + provider + "/suspension").status());
        }
        assertEquals(202, push("{\"persons\": [" + learner("p-9", "Приостановкина", null) + "]}").status());
    }

    @Test
    public void anEmployeeUploadsAFilledTemplateAndFindsItsRowErrorsInTheLoadJournal() throws IOException {
        JsonNode templates = admin.get("/api/v1/gateway/templates").body();
        assertTrue(templates.toString(), templates.findValuesAsText("format").contains("excel"));
        Answer template = admin.get(templates.get(0).path("href").asText());
        assertEquals(200, template.status());
        assertTrue(template.header("Content-Disposition"), template.header("Content-Disposition").contains("filename*=UTF-8''"));

        Http clerk = Users.create(admin, "school12.clerk", Role.EMPLOYEE, "{\"kind\":\"ORGANIZATION\",\"id\":9201}");
        byte[] workbook;
        try (InputStream in = GatewayIT.class.getResourceAsStream("/upload.xlsx")) {
            workbook = in.readAllBytes();
        }
        Answer uploaded = clerk.post("/api/v1/gateway/uploads", XLSX, workbook, "X-File-Name",
                URLEncoder.encode("Контингент.xlsx", StandardCharsets.UTF_8));
        assertEquals(uploaded.body().toString(), 202, uploaded.status());
        long id = uploaded.body().path("id").asLong();
        JsonNode[] report = new JsonNode[1];
        Eventually.await("upload " + id + " finished", PATIENCE, () -> {
            report[0] = clerk.get("/api/v1/gateway/packages/" + id).body();
            return report[0].path("summary").path("finishedAt").isTextual();
        });
        assertEquals(report[0].toString(), "partially-applied", report[0].path("summary").path("status").asText());
        JsonNode error = report[0].path("errors").get(0);
        assertEquals(202, error.path("code").asInt());
        assertEquals("Обучающиеся, строка 3 (id x-2)", error.path("record").asText());
        assertEquals("31.02.2015", error.path("value").asText());
        JsonNode journal = clerk.get("/api/v1/gateway/packages").body();
        assertTrue(journal.toString(), journal.path("items").findValuesAsText("fileName").contains("Контингент.xlsx"));
        assertEquals("the provider's system does not see an official's upload", 404,
                system.get("/api/v1/gateway/packages/" + id).status());
    }

    @Test
    public void aFormatNoConnectorReadsIsRefusedAtTheDoor() {
        assertTrue(system.get("/api/v1/gateway/formats").body().findValuesAsText("id").contains("json"));
        Answer refused = system.post("/api/v1/gateway/packages", "text/csv", "id;surname\n1;Иванова\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, refused.status());
        assertEquals("gateway.unsupported-format", refused.body().path("code").asText());
    }

    @Test
    public void whenProvidersDisagreeTheHigherPriorityWinsAndTheOtherValueStaysInProvenance() {
        String snils = "145-678-912 08";
        String first = "{\"persons\": [" + learner("pr-1", "Приоритетова", snils) + "], \"memberships\": [" + enrolled("pr-1") + "]}";
        assertEquals("applied", finished(push(first).body().path("id").asLong()).path("summary").path("status").asText());
        Http enrollment = providerSystem("enrollment", "Зачисление в ОО", 5);
        long enrollmentId = providerId("enrollment");
        String disagreeing = "{\"persons\": [" + learner("e-44", "Приоритетова-Иванова", snils) + "]}";

        long sent = enrollment.post("/api/v1/gateway/packages", "application/json", disagreeing.getBytes(StandardCharsets.UTF_8))
                .body().path("id").asLong();
        JsonNode report = finished(enrollment, sent);

        assertEquals(report.toString(), "applied", report.path("summary").path("status").asText());
        JsonNode flagged = report.path("errors").get(0);
        assertEquals(313, flagged.path("code").asInt());
        assertEquals("surname", flagged.path("field").asText());
        assertEquals("Приоритетова-Иванова", flagged.path("value").asText());
        assertEquals("the registry keeps the higher provider's value", List.of("Приоритетова"), surnames("Приоритетова"));

        prioritize(enrollmentId, 20);
        long replayed = enrollment.post("/api/v1/gateway/packages/" + sent + "/replay", "application/json", new byte[0])
                .body().path("id").asLong();
        JsonNode replay = finished(enrollment, replayed);
        assertEquals(replay.toString(), 0, replay.path("errors").size());
        assertEquals("raised above the other, the provider's value is applied", List.of("Приоритетова-Иванова"),
                surnames("Приоритетова-Иванова"));
    }

    /** The surnames of the learners a search by surname finds. */
    private static List<String> surnames(String surname) {
        JsonNode items = admin.get("/api/v1/learners?surname=" + URLEncoder.encode(surname, StandardCharsets.UTF_8)).body()
                .path("items");
        return items.findValuesAsText("surname");
    }
}
