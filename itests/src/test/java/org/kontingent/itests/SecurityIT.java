package org.kontingent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kontingent.itests.Http.Answer;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.platform.api.security.Role;
import org.kontingent.registry.api.command.Enrollment;
import org.kontingent.registry.api.command.OrganizationData;
import org.kontingent.registry.api.command.Order;
import org.kontingent.registry.api.command.PersonData;
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

/**
 * Sign-in, roles and scope over HTTP in the running platform. A small region: the ministry (9001)
 * over two districts (9002, 9003), a school in each (9010, 9012) with one learner each. Users of
 * every role are made through the administration API; the role × endpoint matrix is generated
 * from the endpoints the platform serves (its OpenAPI document with each operation's access rule),
 * so a new endpoint without a rule fails here.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Set up once per container: the ids of the learners and the signed-in users. */
    private static Map<String, Http> users;
    private static long inDistrict;
    private static long elsewhere;

    @Inject
    private RegistryCommands commands;

    @Inject
    @Filter("(dataSourceName=kontingent)")
    private DataSource dataSource;

    @Inject
    private FeaturesService features;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    /** Karaf registers it when the boot features are installed: a plugin is installed only after that. */
    @Inject
    private BootFinished bootFinished;

    @Configuration
    public Option[] configuration() {
        return KontingentDistribution.options(Map.of());
    }

    @Before
    public void regionAndUsers() throws SQLException {
        if (users != null) {
            return;
        }
        Http anonymous = KontingentDistribution.http();
        Eventually.await("health 200", PATIENCE, () -> anonymous.status("/api/v1/health") == 200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO registry.authority (id, parent_id, full_name, level) VALUES"
                    + " (9001, NULL, 'Министерство образования', 'regional'),"
                    + " (9002, 9001, 'Управление образования Алейского района', 'municipal'),"
                    + " (9003, 9001, 'Комитет по образованию города Барнаула', 'municipal')");
        }
        long school = commands.createOrganization(organization(9002, "Алейская СОШ"), Source.user("itest"));
        long other = commands.createOrganization(organization(9003, "СОШ № 50"), Source.user("itest"));
        inDistrict = learner("Скоупова", "112-233-445 95", school);
        elsewhere = learner("Скоупова", null, other);

        Http admin = KontingentDistribution.admin();
        Map<String, Http> signedIn = new LinkedHashMap<>();
        signedIn.put("anonymous", anonymous);
        signedIn.put(Role.SYSTEM_ADMINISTRATOR.name(), admin);
        signedIn.put(Role.AUTHORITY_ADMINISTRATOR.name(), Users.create(admin, "district.admin", Role.AUTHORITY_ADMINISTRATOR,
                "{\"kind\":\"AUTHORITY\",\"id\":9002}"));
        signedIn.put(Role.EMPLOYEE.name(), Users.create(admin, "school.employee", Role.EMPLOYEE,
                "{\"kind\":\"ORGANIZATION\",\"id\":" + school + "}"));
        signedIn.put(Role.PROVIDER_REPRESENTATIVE.name(), Users.create(admin, "provider.rep", Role.PROVIDER_REPRESENTATIVE,
                "{\"kind\":\"PROVIDER\",\"id\":1}"));
        users = signedIn;
    }

    private static OrganizationData organization(long authority, String name) {
        return new OrganizationData(authority, "МБОУ «" + name + "»", name, "secondary-school", null, null, "general", null,
                null, null, null, null, null, null, null, null, null);
    }

    private long learner(String surname, String snils, long school) {
        long id = commands.createPerson(new PersonData(surname, "Ольга", null, LocalDate.of(2015, 5, 5), "F", snils, null,
                null, null, null, null, null, List.of()), Source.user("itest"));
        commands.enroll(new Enrollment(id, school, "learner", LocalDate.of(2025, 9, 1), null,
                new Order("12-к", LocalDate.of(2025, 8, 28)), null), Source.user("itest"));
        return id;
    }

    @Test
    public void everyEndpointIsAllowedToExactlyTheRolesWithItsPermissions() {
        JsonNode paths = users.get("anonymous").get("/api/openapi.json").body().path("paths");
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext();) {
                Map.Entry<String, JsonNode> operation = o.next();
                String method = operation.getKey().toUpperCase();
                JsonNode access = operation.getValue().path("x-kontingent-access");
                String endpoint = method + " " + path.getKey();
                assertFalse(endpoint + " declares no access rule", access.isMissingNode() || "none".equals(access.asText()));
                if (endpoint.equals("DELETE /api/v1/session")) {
                    continue; // signing out ends the session the matrix goes on with; tested on its own
                }
                String id = path.getKey().startsWith("/api/v1/admin/users/") ? "999999" : Long.toString(inDistrict);
                String url = path.getKey().replace("{id}", id).replace("{name}", "document-type").replace("{keyId}", "none")
                        .replaceAll("\\{[^}]+}", "none");
                for (Map.Entry<String, Http> user : users.entrySet()) {
                    Answer answer = user.getValue().send(method, url, method.equals("GET") ? null : "{}");
                    String code = answer.body().path("code").asText();
                    String who = endpoint + " as " + user.getKey() + ": " + answer.status() + " " + answer.body();
                    if (access.isTextual()) {
                        assertNotEquals(who, 401, answer.status());
                    } else if (user.getKey().equals("anonymous")) {
                        assertEquals(who, 401, answer.status());
                    } else if (holds(Role.valueOf(user.getKey()), access)) {
                        assertNotEquals(who, 401, answer.status());
                        assertNotEquals(who, "security.permission-denied", code);
                    } else {
                        assertEquals(who, 403, answer.status());
                        assertEquals(who, "security.permission-denied", code);
                        assertTrue(who, answer.body().path("message").asText().contains(missing(Role.valueOf(user.getKey()), access)));
                    }
                }
                checked.add(endpoint);
            }
        }
        assertTrue(checked.toString(), checked.containsAll(List.of("GET /api/v1/learners", "GET /api/v1/persons/{id}",
                "GET /api/v1/organizations/{id}/learners", "GET /api/v1/plugins", "POST /api/v1/admin/users")));
    }

    private static boolean holds(Role role, JsonNode permissions) {
        for (JsonNode permission : permissions) {
            if (!role.has(Permission.valueOf(permission.asText()))) {
                return false;
            }
        }
        return true;
    }

    private static String missing(Role role, JsonNode permissions) {
        for (JsonNode permission : permissions) {
            if (!role.has(Permission.valueOf(permission.asText()))) {
                return permission.asText();
            }
        }
        throw new AssertionError(role + " holds " + permissions);
    }

    @Test
    public void outsideTheScopeNothingIsFoundEvenById() throws SQLException {
        Http district = users.get(Role.AUTHORITY_ADMINISTRATOR.name());
        assertEquals(200, district.get("/api/v1/persons/" + inDistrict).status());
        assertEquals("112-233-445 95".replace("-", "").replace(" ", ""),
                district.get("/api/v1/persons/" + inDistrict).body().path("person").path("snils").asText());
        Answer hidden = district.get("/api/v1/persons/" + elsewhere);
        assertEquals(404, hidden.status());
        assertEquals(hidden.body().path("message").asText().replace(Long.toString(elsewhere), "N"),
                district.get("/api/v1/persons/999999999").body().path("message").asText().replace("999999999", "N"));
        assertEquals(200, users.get(Role.SYSTEM_ADMINISTRATOR.name()).get("/api/v1/persons/" + elsewhere).status());
        assertEquals(404, district.get("/api/v1/authorities/9003").status());
        JsonNode found = district.get("/api/v1/learners?surname=" + URLEncoder.encode("Скоупова", StandardCharsets.UTF_8)).body();
        assertEquals(found.toString(), 1, found.path("total").asInt());
        assertEquals(inDistrict, found.path("items").get(0).path("person").path("id").asLong());
        assertEquals(2, users.get(Role.SYSTEM_ADMINISTRATOR.name())
                .get("/api/v1/learners?surname=" + URLEncoder.encode("Скоупова", StandardCharsets.UTF_8)).body().path("total").asInt());
        JsonNode organizations = district.get("/api/v1/organizations").body();
        assertEquals(1, organizations.path("total").asInt());
        long otherSchool = users.get(Role.SYSTEM_ADMINISTRATOR.name()).get("/api/v1/persons/" + elsewhere).body()
                .path("person").path("memberships").get(0).path("organizationId").asLong();
        assertEquals(404, district.get("/api/v1/organizations/" + otherSchool).status());
        assertEquals(404, district.get("/api/v1/organizations/" + otherSchool + "/learners").status());

        Http employee = users.get(Role.EMPLOYEE.name());
        JsonNode masked = employee.get("/api/v1/persons/" + inDistrict).body().path("person");
        assertEquals("***-***-445 95", masked.path("snils").asText());
        assertEquals(404, employee.get("/api/v1/persons/" + elsewhere).status());

        assertTrue("the views are journaled with their person", journaled("district.admin", "VIEW", inDistrict) >= 2);
        assertTrue("so is the search, with the persons it showed", journaled("district.admin", "SEARCH", inDistrict) >= 1);
        assertEquals(0, journaled("district.admin", "SEARCH", elsewhere));
    }

    @Test
    public void anAuthorityAdministratorGivesNoRoleOrScopeBeyondTheirOwn() {
        Http district = users.get(Role.AUTHORITY_ADMINISTRATOR.name());
        Answer wider = district.post("/api/v1/admin/users", "{\"login\":\"wider\",\"displayName\":\"x\",\"role\":\"EMPLOYEE\","
                + "\"scope\":{\"kind\":\"AUTHORITY\",\"id\":9003}}");
        assertEquals(403, wider.status());
        assertEquals("security.scope-beyond-own", wider.body().path("code").asText());
        Answer higher = district.post("/api/v1/admin/users", "{\"login\":\"higher\",\"displayName\":\"x\","
                + "\"role\":\"SYSTEM_ADMINISTRATOR\",\"scope\":{\"kind\":\"REGION\"}}");
        assertEquals(403, higher.status());
        Answer inside = district.post("/api/v1/admin/users", "{\"login\":\"inside\",\"displayName\":\"x\",\"role\":\"EMPLOYEE\","
                + "\"scope\":{\"kind\":\"AUTHORITY\",\"id\":9002}}");
        assertEquals(inside.body().toString(), 201, inside.status());
        Set<String> listed = new java.util.HashSet<>();
        district.get("/api/v1/admin/users?limit=100").body().forEach(u -> listed.add(u.path("login").asText()));
        assertTrue(listed.toString(), listed.containsAll(Set.of("district.admin", "school.employee", "inside")));
        assertFalse(listed.toString(), listed.contains("admin"));
    }

    @Test
    public void sessionsNeedTheirCsrfTokenAndEndOnSignOut() {
        Http session = KontingentDistribution.http().signedIn("district.admin", Users.PASSWORD);
        Answer forged = session.withoutCsrf().post("/api/v1/admin/users", "{}");
        assertEquals(403, forged.status());
        assertEquals("security.csrf", forged.body().path("code").asText());
        assertEquals("reading needs no token", 200, session.withoutCsrf().get("/api/v1/dictionaries").status());
        assertEquals(204, session.delete("/api/v1/session").status());
        Answer after = session.get("/api/v1/dictionaries");
        assertEquals(401, after.status());
        assertEquals("security.not-signed-in", after.body().path("code").asText());
    }

    @Test
    public void theSessionCookieIsHttpOnlySecureAndSameSiteStrict() {
        String cookie = KontingentDistribution.http().signInCookie("district.admin", Users.PASSWORD);
        assertTrue(cookie, cookie.startsWith("KONTINGENT_SESSION="));
        assertTrue(cookie, cookie.contains("HttpOnly") && cookie.contains("Secure") && cookie.contains("SameSite=Strict"));
    }

    @Test
    public void repeatedWrongPasswordsLockTheAccount() {
        Http admin = users.get(Role.SYSTEM_ADMINISTRATOR.name());
        String oneTime = admin.post("/api/v1/admin/users", "{\"login\":\"locked.out\",\"displayName\":\"x\",\"role\":\"EMPLOYEE\","
                + "\"scope\":{\"kind\":\"AUTHORITY\",\"id\":9002}}").body().path("oneTimePassword").asText();
        Http anonymous = KontingentDistribution.http();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, anonymous.post("/api/v1/session", "{\"login\":\"locked.out\",\"password\":\"guess-" + i + "-xx\"}").status());
        }
        Answer locked = anonymous.post("/api/v1/session", "{\"login\":\"locked.out\",\"password\":\"" + oneTime + "\"}");
        assertEquals(401, locked.status());
        assertFalse("no stack trace or internals", locked.body().toString().contains("Exception"));
    }

    @Test
    public void injectedTextIsSearchedForLiterallyAndForgedSessionsAreRefused() {
        Http admin = users.get(Role.SYSTEM_ADMINISTRATOR.name());
        for (String attack : List.of("' OR '1'='1", "%'; DROP TABLE registry.person; --", "<script>alert(1)</script>")) {
            String q = URLEncoder.encode(attack, StandardCharsets.UTF_8);
            for (String parameter : List.of("surname", "name", "patronymic", "documentSeries", "documentNumber")) {
                Answer answer = admin.get("/api/v1/learners?" + parameter + "=" + q);
                assertEquals(parameter + "=" + attack + ": " + answer.body(), 200, answer.status());
                assertEquals(parameter + "=" + attack, 0, answer.body().path("total").asInt());
            }
            Answer organizations = admin.get("/api/v1/organizations?name=" + q);
            assertEquals(200, organizations.status());
            assertEquals(0, organizations.body().path("total").asInt());
            assertEquals(400, admin.get("/api/v1/learners?birthDate=" + q).status());
        }
        assertEquals("nothing was dropped", 2, admin.get("/api/v1/learners?surname="
                + URLEncoder.encode("Скоупова", StandardCharsets.UTF_8)).body().path("total").asInt());
        Answer headers = admin.get("/api/v1/learners?surname=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8));
        assertEquals("nosniff", headers.header("X-Content-Type-Options"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", headers.header("Content-Security-Policy"));
        assertEquals("no-store", headers.header("Cache-Control"));
        Answer forged = KontingentDistribution.http().withCookie("KONTINGENT_SESSION=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .get("/api/v1/dictionaries");
        assertEquals(401, forged.status());
    }

    @Test
    public void aProvidersSystemCallsWithItsKeyUntilTheKeyIsRevoked() {
        Http admin = users.get(Role.SYSTEM_ADMINISTRATOR.name());
        long provider = accountId(admin, "provider.rep");
        Answer issued = admin.post("/api/v1/admin/users/" + provider + "/keys", "{\"validDays\":30}");
        assertEquals(issued.body().toString(), 201, issued.status());
        Http system = KontingentDistribution.http().withApiKey(issued.body().path("credential").asText());
        assertEquals("provider.rep", system.get("/api/v1/session").body().path("login").asText());
        assertEquals("PROVIDER", system.get("/api/v1/session").body().path("scope").path("kind").asText());
        assertEquals("security.permission-denied", system.get("/api/v1/dictionaries").body().path("code").asText());
        assertFalse("the secret is never listed", admin.get("/api/v1/admin/users/" + provider + "/keys").body().toString()
                .contains(issued.body().path("credential").asText().substring(21)));

        Answer second = admin.post("/api/v1/admin/users/" + provider + "/keys", "{}");
        assertEquals(204, admin.delete("/api/v1/admin/users/" + provider + "/keys/" + issued.body().path("keyId").asText()).status());
        Answer revoked = system.get("/api/v1/session");
        assertEquals(401, revoked.status());
        assertEquals("security.invalid-api-key", revoked.body().path("code").asText());
        assertEquals(200, KontingentDistribution.http().withApiKey(second.body().path("credential").asText())
                .get("/api/v1/session").status());
        assertEquals(409, admin.post("/api/v1/admin/users/" + accountId(admin, "district.admin") + "/keys", "{}").status());
        assertEquals("a district cannot touch a provider's keys", 403,
                users.get(Role.AUTHORITY_ADMINISTRATOR.name()).post("/api/v1/admin/users/" + provider + "/keys", "{}").status());
    }

    @Test
    public void administratorsChangeAccountsAndResetPasswords() {
        Http admin = users.get(Role.SYSTEM_ADMINISTRATOR.name());
        Http district = users.get(Role.AUTHORITY_ADMINISTRATOR.name());
        Answer created = district.post("/api/v1/admin/users", "{\"login\":\"to.change\",\"displayName\":\"x\","
                + "\"role\":\"EMPLOYEE\",\"scope\":{\"kind\":\"AUTHORITY\",\"id\":9002}}");
        long id = created.body().path("user").path("id").asLong();
        Answer promoted = district.send("PUT", "/api/v1/admin/users/" + id, "{\"displayName\":\"Иванова\","
                + "\"role\":\"AUTHORITY_ADMINISTRATOR\",\"scope\":{\"kind\":\"AUTHORITY\",\"id\":9002},\"active\":true}");
        assertEquals(promoted.body().toString(), 200, promoted.status());
        assertEquals("AUTHORITY_ADMINISTRATOR", promoted.body().path("role").asText());
        assertEquals(403, district.send("PUT", "/api/v1/admin/users/" + id, "{\"displayName\":\"x\",\"role\":\"EMPLOYEE\","
                + "\"scope\":{\"kind\":\"AUTHORITY\",\"id\":9003},\"active\":true}").status());
        assertEquals("not in the district's scope", 404, district.send("PUT", "/api/v1/admin/users/" + accountId(admin, "admin"),
                "{\"displayName\":\"x\",\"role\":\"EMPLOYEE\",\"scope\":{\"kind\":\"AUTHORITY\",\"id\":9002},"
                + "\"active\":false}").status());

        Answer reset = district.post("/api/v1/admin/users/" + id + "/password", "");
        String oneTime = reset.body().path("oneTimePassword").asText();
        assertTrue(reset.body().path("user").path("passwordChangeRequired").asBoolean());
        Http user = KontingentDistribution.http().signedIn("to.change", oneTime);
        assertEquals(200, user.get("/api/v1/session").status());
        assertEquals(200, district.send("PUT", "/api/v1/admin/users/" + id, "{\"displayName\":\"x\",\"role\":\"EMPLOYEE\","
                + "\"scope\":{\"kind\":\"AUTHORITY\",\"id\":9002},\"active\":false}").status());
        assertEquals("a deactivated account's session ends", 401, user.get("/api/v1/session").status());
        assertEquals(401, KontingentDistribution.http().post("/api/v1/session",
                "{\"login\":\"to.change\",\"password\":\"" + oneTime + "\"}").status());
    }

    @Test
    public void whoAccessedALearnerIsReadByTheirScopesAdministrators() {
        Http district = users.get(Role.AUTHORITY_ADMINISTRATOR.name());
        Http admin = users.get(Role.SYSTEM_ADMINISTRATOR.name());
        assertEquals(200, users.get(Role.EMPLOYEE.name()).get("/api/v1/persons/" + inDistrict).status());
        JsonNode accesses = district.get("/api/v1/admin/journal?person=" + inDistrict + "&action=VIEW").body();
        boolean employeeSeen = false;
        for (JsonNode entry : accesses.path("entries")) {
            employeeSeen |= entry.path("login").asText().equals("school.employee");
            assertEquals("VIEW", entry.path("action").asText());
        }
        assertTrue(accesses.toString(), employeeSeen);
        assertEquals(403, district.get("/api/v1/admin/journal?person=" + elsewhere).status());
        assertEquals(403, district.get("/api/v1/admin/journal").status());
        assertEquals(200, admin.get("/api/v1/admin/journal?person=" + elsewhere).status());
        assertEquals(400, admin.get("/api/v1/admin/journal?action=READ").status());
        assertTrue(admin.get("/api/v1/admin/journal/verification").body().path("intact").asBoolean());
        assertEquals(403, district.get("/api/v1/admin/journal/verification").status());
        assertTrue(admin.get("/api/v1/admin/journal?login=admin&limit=10").body().path("entries").size() > 0);
    }

    @Test
    public void theEsiaPluginSendsTheBrowserToTheConfiguredProviderOnceConfigured() throws Exception {
        Http anonymous = KontingentDistribution.http();
        features.installFeature("kontingent-signin-esia");
        try {
            assertEquals("not served without its configuration", 404, anonymous.status("/api/v1/session/esia"));
            org.osgi.service.cm.Configuration esia = configurationAdmin.getConfiguration("org.kontingent.signin.esia", "?");
            java.util.Hashtable<String, Object> settings = new java.util.Hashtable<>();
            settings.put("issuer", "https://esia.example/");
            settings.put("authorizationEndpoint", "https://esia.example/aas/oauth2/v2/ac");
            settings.put("tokenEndpoint", "https://esia.example/aas/oauth2/v3/te");
            settings.put("jwksUri", "https://esia.example/jwks");
            settings.put("clientId", "KONTINGENT");
            settings.put("clientSecret", "secret");
            settings.put("redirectUri", "https://kontingent.example/api/v1/session/esia/callback");
            esia.update(settings);
            Eventually.await("the ЕСИА sign-in served", PATIENCE, () -> anonymous.status("/api/v1/session/esia") == 303);
            java.net.http.HttpResponse<Void> begun = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://127.0.0.1:" + System.getProperty(KontingentDistribution.HTTP_PORT)
                            + "/api/v1/session/esia")).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            String location = begun.headers().firstValue("Location").orElseThrow();
            assertTrue(location, location.startsWith("https://esia.example/aas/oauth2/v2/ac?response_type=code&client_id=KONTINGENT"));
            assertTrue(location, location.contains("code_challenge_method=S256"));
            Answer mismatch = anonymous.get("/api/v1/session/esia/callback?state=forged&code=x");
            assertEquals(400, mismatch.status());
            assertEquals("oidc.state-mismatch", mismatch.body().path("code").asText());
            esia.delete();
        } finally {
            features.uninstallFeature("kontingent-signin-esia");
        }
    }

    private static long accountId(Http admin, String login) {
        for (JsonNode user : admin.get("/api/v1/admin/users?limit=100").body()) {
            if (user.path("login").asText().equals(login)) {
                return user.path("id").asLong();
            }
        }
        throw new AssertionError("no account " + login);
    }

    private long journaled(String login, String action, long personId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM audit.entry WHERE login = ? AND action = ?"
                     + " AND person_ids @> ARRAY[?]::bigint[]")) {
            q.setString(1, login);
            q.setString(2, action);
            q.setLong(3, personId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
