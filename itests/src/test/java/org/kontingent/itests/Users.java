package org.kontingent.itests;

import static org.junit.Assert.assertEquals;

import org.kontingent.itests.Http.Answer;
import org.kontingent.platform.api.security.Role;

/** Users the tests make through the administrator's API, as an administrator would. */
final class Users {
    /** The password every test user ends up with. */
    static final String PASSWORD = "Надёжный-пароль-2026";

    private Users() {
    }

    /**
     * A user made by the administrator, signed in with the one-time password, made to change it,
     * and signed in again with their own.
     *
     * @param scope the scope as JSON, for example {@code {"kind":"AUTHORITY","id":9002}}
     */
    static Http create(Http admin, String login, Role role, String scope) {
        Answer created = admin.post("/api/v1/admin/users", "{\"login\":\"" + login + "\",\"displayName\":\"" + login
                + "\",\"role\":\"" + role + "\",\"scope\":" + scope + "}");
        assertEquals(created.body().toString(), 201, created.status());
        String oneTime = created.body().path("oneTimePassword").asText();
        Http first = KontingentDistribution.http().signedIn(login, oneTime);
        Answer blocked = first.get("/api/v1/dictionaries");
        assertEquals("security.password-change-required", blocked.body().path("code").asText());
        Answer changed = first.post("/api/v1/session/password",
                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"" + PASSWORD + "\"}");
        assertEquals(changed.body().toString(), 200, changed.status());
        return KontingentDistribution.http().signedIn(login, PASSWORD);
    }
}
