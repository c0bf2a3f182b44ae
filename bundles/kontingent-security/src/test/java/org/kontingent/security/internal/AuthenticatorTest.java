package org.kontingent.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Sign-in, lockout, sessions and their timeouts, password changes and the first administrator, on a real PostgreSQL. */
class AuthenticatorTest {
    private static final String ADDRESS = "192.0.2.7";
    private static final String PASSWORD = "Зимний-лес-2026";

    private EmbeddedPostgres postgres;
    private DataSource dataSource;
    private JdbcAccessJournal journal;
    private SecurityDatabase.MovableClock clock;
    private Authenticator authenticator;

    @BeforeEach
    void start() throws Exception {
        postgres = SecurityDatabase.start();
        dataSource = postgres.getPostgresDatabase();
        journal = new JdbcAccessJournal(dataSource, null);
        clock = new SecurityDatabase.MovableClock();
        authenticator = new Authenticator(dataSource, journal, SecurityDatabase.configuration(PASSWORD), clock);
    }

    @AfterEach
    void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theFirstAdministratorSignsInWithTheConfiguredPassword() {
        Authenticator.SignedIn signedIn = authenticator.signIn("Admin ", PASSWORD, ADDRESS);
        assertEquals(Role.SYSTEM_ADMINISTRATOR, signedIn.session().caller().role());
        assertEquals(Scope.region(), signedIn.session().caller().scope());
        assertFalse(signedIn.session().passwordChangeRequired(), "a password the operator set is not one-time");
        assertEquals(signedIn.session().caller(), authenticator.session(signedIn.token(), ADDRESS).orElseThrow().caller());
        assertEquals(List.of("ADMINISTRATION", "SIGN_IN"), actions());
    }

    @Test
    void aGeneratedFirstPasswordMustBeChanged() throws Exception {
        try (EmbeddedPostgres other = SecurityDatabase.start()) {
            AccountStore accounts = new AccountStore(other.getPostgresDatabase());
            new Authenticator(other.getPostgresDatabase(), new JdbcAccessJournal(other.getPostgresDatabase(), null),
                    SecurityDatabase.configuration(""), clock);
            Account admin = accounts.byLogin("admin").orElseThrow();
            assertTrue(admin.passwordChangeRequired());
            assertTrue(admin.passwordHash().startsWith("pbkdf2-sha256$210000$"));
        }
    }

    @Test
    void aConfiguredFirstPasswordThatBreaksThePolicyGivesWayToAGeneratedOne() throws Exception {
        try (EmbeddedPostgres other = SecurityDatabase.start()) {
            new Authenticator(other.getPostgresDatabase(), new JdbcAccessJournal(other.getPostgresDatabase(), null),
                    SecurityDatabase.configuration("Admin-password-1"), clock);
            Account admin = new AccountStore(other.getPostgresDatabase()).byLogin("admin").orElseThrow();
            assertTrue(admin.passwordChangeRequired(), "a generated, one-time password");
            assertFalse(PasswordHasher.matches("Admin-password-1".toCharArray(), admin.passwordHash()));
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswerAndAreJournaled() {
        ApiException wrong = assertThrows(ApiException.class, () -> authenticator.signIn("admin", "not-it-123456", ADDRESS));
        ApiException unknown = assertThrows(ApiException.class, () -> authenticator.signIn("nobody", PASSWORD, ADDRESS));
        assertEquals(401, wrong.status());
        assertEquals(wrong.error(), unknown.error());
        assertEquals(List.of("ADMINISTRATION", "SIGN_IN_FAILED", "SIGN_IN_FAILED"), actions());
        assertEquals("nobody", journal.search(null, "SIGN_IN_FAILED", null, null, null, null, 1).get(0).login());
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThrows(ApiException.class, () -> authenticator.signIn("admin", "guess-number-" + System.nanoTime(), ADDRESS));
        }
        assertThrows(ApiException.class, () -> authenticator.signIn("admin", PASSWORD, ADDRESS), "locked");
        assertTrue(journal.search(null, "SIGN_IN_FAILED", null, null, null, null, 1).get(0).details().startsWith("locked until"));
        clock.move(Duration.ofMinutes(16));
        assertEquals("admin", authenticator.signIn("admin", PASSWORD, ADDRESS).session().caller().login());
    }

    @Test
    void aSessionEndsAfterItsIdleTimeoutAndAtItsAbsoluteExpiry() {
        String token = authenticator.signIn("admin", PASSWORD, ADDRESS).token();
        clock.move(Duration.ofMinutes(29));
        assertTrue(authenticator.session(token, ADDRESS).isPresent());
        clock.move(Duration.ofMinutes(29));
        assertTrue(authenticator.session(token, ADDRESS).isPresent(), "the request before kept it alive");
        clock.move(Duration.ofMinutes(31));
        assertTrue(authenticator.session(token, ADDRESS).isEmpty(), "idle for 31 minutes");

        String busy = authenticator.signIn("admin", PASSWORD, ADDRESS).token();
        for (int i = 0; i < 12 * 3; i++) {
            clock.move(Duration.ofMinutes(20));
            authenticator.session(busy, ADDRESS);
        }
        assertTrue(authenticator.session(busy, ADDRESS).isEmpty(), "12 hours after sign-in, however busy");
        assertTrue(authenticator.session("forged-token", ADDRESS).isEmpty());
    }

    @Test
    void aPasswordChangeChecksTheCurrentOneAndThePolicyAndEndsOtherSessions() {
        Authenticator.SignedIn first = authenticator.signIn("admin", PASSWORD, ADDRESS);
        Authenticator.SignedIn second = authenticator.signIn("admin", PASSWORD, ADDRESS);
        var caller = first.session().caller();
        assertEquals(403, assertThrows(ApiException.class,
                () -> authenticator.changePassword(caller, first.token(), "wrong", "Весенний-ручей-2027")).status());
        ApiException weak = assertThrows(ApiException.class,
                () -> authenticator.changePassword(caller, first.token(), PASSWORD, "short1"));
        assertEquals(400, weak.status());
        assertTrue(weak.error().violations().stream().anyMatch(v -> v.message().startsWith("at least 12")));

        authenticator.changePassword(caller, first.token(), PASSWORD, "Весенний-ручей-2027");
        assertTrue(authenticator.session(first.token(), ADDRESS).isPresent(), "the session that changed it goes on");
        assertTrue(authenticator.session(second.token(), ADDRESS).isEmpty(), "the other one ended");
        assertThrows(ApiException.class, () -> authenticator.signIn("admin", PASSWORD, ADDRESS));
        assertEquals("admin", authenticator.signIn("admin", "Весенний-ручей-2027", ADDRESS).session().caller().login());
    }

    @Test
    void anApiKeyNamesItsAccountUntilRevokedOrExpired() {
        long provider = authenticator.accounts().create("provider.rep", "Поставщик", Role.PROVIDER_REPRESENTATIVE,
                Scope.provider(4), null, null, false);
        String key = authenticator.issueKey(provider, clock.instant().plus(Duration.ofDays(90)));
        String keyId = key.substring(0, key.indexOf('.'));
        assertEquals(Scope.provider(4), authenticator.apiKey(key, ADDRESS).orElseThrow().scope());
        assertTrue(authenticator.apiKey(keyId + ".wrong-secret", ADDRESS).isEmpty());
        assertTrue(authenticator.apiKey("no-dot-at-all", ADDRESS).isEmpty());
        assertTrue(authenticator.apiKey(null, ADDRESS).isEmpty());

        String next = authenticator.issueKey(provider, null);
        assertTrue(authenticator.keys().revoke(provider, keyId, clock.instant()));
        assertTrue(authenticator.apiKey(key, ADDRESS).isEmpty(), "revoked");
        assertTrue(authenticator.apiKey(next, ADDRESS).isPresent(), "the new key goes on: a rotation");

        String shortLived = authenticator.issueKey(provider, clock.instant().plus(Duration.ofDays(1)));
        clock.move(Duration.ofDays(2));
        assertTrue(authenticator.apiKey(shortLived, ADDRESS).isEmpty(), "expired");
    }

    @Test
    void anIdentityProvidersSnilsOpensTheSessionOfItsAccount() {
        long official = authenticator.accounts().create("petrova", "Петрова И. В.", Role.EMPLOYEE, Scope.authority(2),
                "11223344595", null, false);
        Authenticator.SignedIn signedIn = authenticator.signInExternally("112-233-445 95", "esia", ADDRESS);
        assertEquals(official, signedIn.session().caller().accountId());
        assertTrue(authenticator.session(signedIn.token(), ADDRESS).isPresent());
        assertTrue(authenticator.sessionCookie(signedIn.token(), -1).contains("HttpOnly; SameSite=Strict; Secure"));

        ApiException unknown = assertThrows(ApiException.class, () -> authenticator.signInExternally("98765432100", "esia", ADDRESS));
        assertEquals(401, unknown.status());
        JournalEntry failed = journal.search(null, "SIGN_IN_FAILED", null, null, null, null, 1).get(0);
        assertEquals("esia:***32100", failed.login());
        assertEquals("sign-in through esia", failed.target());
    }

    private List<String> actions() {
        return journal.search(null, null, null, null, null, null, 100).stream().map(JournalEntry::action)
                .sorted().toList();
    }
}
