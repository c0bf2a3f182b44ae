package org.kontingent.itests;

import static org.junit.Assert.assertEquals;

import java.time.Duration;

import org.kontingent.itests.Http.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/** Data providers' systems as the tests register and drive them through the administrator's REST API. */
final class ProviderSystems {
    private final Http admin;

    ProviderSystems(Http admin) {
        this.admin = admin;
    }

    /**
     * Registers a provider writing to one organization (under the code it knows it by) at a
     * priority, with a representative and an API key; answers its system signing with that key.
     */
    Http register(String code, String name, long organization, String organizationCode, int priority) {
        Answer registered = admin.post("/api/v1/gateway/providers", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\","
                + "\"operator\":\"ООО «Школьные системы»\",\"contacts\":\"support@example.org\","
                + "\"passport\":{\"version\":\"1.2\",\"direction\":\"в Систему\"}}");
        assertEquals(registered.body().toString(), 201, registered.status());
        long id = registered.body().path("id").asLong();
        prioritize(id, organization, organizationCode, priority);
        Answer representative = admin.post("/api/v1/admin/users", "{\"login\":\"" + code + ".system\",\"displayName\":"
                + "\"" + name + "\",\"role\":\"PROVIDER_REPRESENTATIVE\",\"scope\":{\"kind\":\"PROVIDER\",\"id\":"
                + id + "}}");
        assertEquals(representative.body().toString(), 201, representative.status());
        Answer key = admin.post("/api/v1/admin/users/" + representative.body().path("user").path("id").asLong() + "/keys", "{}");
        return KontingentDistribution.http().withApiKey(key.body().path("credential").asText());
    }

    /** Sets the provider's one organization, its code for it and its priority there. */
    void prioritize(long providerId, long organization, String organizationCode, int priority) {
        Answer organizations = admin.send("PUT", "/api/v1/gateway/providers/" + providerId + "/organizations",
                "[{\"organizationId\":" + organization + ",\"code\":\"" + organizationCode + "\",\"priority\":" + priority + "}]");
        assertEquals(organizations.body().toString(), 200, organizations.status());
    }

    /** The id of the provider registered under the code. */
    long id(String code) {
        for (JsonNode p : admin.get("/api/v1/gateway/providers").body()) {
            if (p.path("code").asText().equals(code)) {
                return p.path("id").asLong();
            }
        }
        throw new AssertionError("no provider " + code);
    }

    /** The package's report once it is finished, as the caller sees it. */
    static JsonNode finished(Http caller, long id, Duration patience) {
        JsonNode[] report = new JsonNode[1];
        Eventually.await("package " + id + " finished", patience, () -> {
            report[0] = caller.get("/api/v1/gateway/packages/" + id).body();
            return report[0].path("summary").path("finishedAt").isTextual();
        });
        return report[0];
    }
}
