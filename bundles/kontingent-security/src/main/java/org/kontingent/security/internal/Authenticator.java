package org.kontingent.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Role;
import org.kontingent.platform.api.security.Scope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs users in and out, finds the caller of a session, changes passwords, and makes the first
 * administrator when there is no account. Failed sign-ins are counted per account and lock it
 * for a while; every sign-in, failed or not, is journaled. A wrong login and a wrong password
 * get the same answer in the same time.
 */
@Component(service = Authenticator.class, configurationPid = SecurityConfiguration.PID)
@Designate(ocd = SecurityConfiguration.class)
public class Authenticator {
    static final String FIRST_ADMIN_LOGIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);
    private static final String SIGN_IN = "POST /api/v1/session";

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final ApiKeyStore keys;
    private final JdbcAccessJournal journal;
    private final SecurityConfiguration config;
    private final PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    /**
     * Checked against when the login is unknown, so that it takes as long as a wrong password;
     * made at the first unknown login rather than at start.
     */
    private volatile String decoyHash;

    @Activate
    public Authenticator(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-security)") MigratedSchema schema,
            @Reference JdbcAccessJournal journal, SecurityConfiguration config) {
        this(dataSource, journal, config, Clock.systemUTC());
    }

    Authenticator(DataSource dataSource, JdbcAccessJournal journal, SecurityConfiguration config, Clock clock) {
        this.accounts = new AccountStore(dataSource);
        this.sessions = new SessionStore(dataSource);
        this.keys = new ApiKeyStore(dataSource);
        this.journal = journal;
        this.config = config;
        this.clock = clock;
        this.hasher = new PasswordHasher(config.passwordIterations(), random);
        makeFirstAdministrator();
        sessions.purge(clock.instant(), idle());
    }

    /** A signed-in session: the caller, the CSRF token its unsafe requests must carry, and whether the password must change first. */
    public record Session(Caller caller, String csrfToken, boolean passwordChangeRequired) {
    }

    /** A new session and the token for its cookie. */
    public record SignedIn(String token, Session session) {
    }

    /**
     * @throws ApiException 401 when the login, the password or the account's state does not allow it
     */
    public SignedIn signIn(String login, String password, String address) {
        String normalLogin = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Optional<Account> found = normalLogin.isEmpty() ? Optional.empty() : accounts.byLogin(normalLogin);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            PasswordHasher.matches(secret, decoy());
            return refuse(null, loginForJournal(normalLogin), address, "unknown login");
        }
        Account account = found.get();
        if (account.lockedAt(now)) {
            return refuse(account.id(), account.login(), address, "locked until " + account.lockedUntil());
        }
        if (!account.active() || account.passwordHash() == null || !PasswordHasher.matches(secret, account.passwordHash())) {
            accounts.failedSignIn(account.id(), config.maxFailedSignIns(), now.plus(Duration.ofMinutes(config.lockoutMinutes())));
            String why = !account.active() ? "account inactive" : "wrong password, failure " + (account.failedSignIns() + 1);
            return refuse(account.id(), account.login(), address, why);
        }
        accounts.signedIn(account.id());
        if (hasher.isWeaker(account.passwordHash())) {
            accounts.setPassword(account.id(), hasher.hash(secret), account.passwordChangeRequired());
        }
        String token = Tokens.random(random);
        String csrf = Tokens.random(random);
        sessions.open(token, account.id(), csrf, address, now, now.plus(Duration.ofHours(config.sessionAbsoluteHours())));
        Caller caller = caller(account, address);
        journal.record(caller, new Access(Access.Action.SIGN_IN, SIGN_IN, List.of(), "password"));
        return new SignedIn(token, new Session(caller, csrf, account.passwordChangeRequired()));
    }

    private String decoy() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.hash(Tokens.random(random).toCharArray());
            decoyHash = decoy;
        }
        return decoy;
    }

    private SignedIn refuse(Long accountId, String login, String address, String why) {
        journal.record(accountId, login, address, new Access(Access.Action.SIGN_IN_FAILED, SIGN_IN, List.of(), why));
        throw new ApiException(401, "security.sign-in-failed",
                "Wrong login or password, or the account is locked after too many failed attempts");
    }

    /** A login as tried, cut to a length fit for the journal. */
    private static String loginForJournal(String login) {
        return login.length() <= 64 ? login : login.substring(0, 64) + "…";
    }

    /**
     * Opens a session for the active account with a СНИЛС an identity provider vouches for.
     *
     * @throws ApiException 401 when there is none
     */
    public SignedIn signInExternally(String snils, String provider, String address) {
        String digits = snils == null ? "" : snils.replaceAll("[^0-9]", "");
        String target = "sign-in through " + provider;
        Optional<Account> found = digits.length() == 11 ? accounts.bySnils(digits).filter(Account::active) : Optional.empty();
        if (found.isEmpty()) {
            journal.record(null, provider + ":" + maskedSnils(digits), address,
                    new Access(Access.Action.SIGN_IN_FAILED, target, List.of(), "no active account with this СНИЛС"));
            throw new ApiException(401, "security.no-account-for-identity",
                    "The identity provider signed in a person who has no active account here; ask an administrator");
        }
        Account account = found.get();
        Instant now = clock.instant();
        accounts.signedIn(account.id());
        String token = Tokens.random(random);
        String csrf = Tokens.random(random);
        sessions.open(token, account.id(), csrf, address, now, now.plus(Duration.ofHours(config.sessionAbsoluteHours())));
        Caller caller = caller(account, address);
        journal.record(caller, new Access(Access.Action.SIGN_IN, target, List.of(), provider));
        return new SignedIn(token, new Session(caller, csrf, false));
    }

    private static String maskedSnils(String digits) {
        return digits.length() < 5 ? "?" : "***" + digits.substring(digits.length() - 5);
    }

    /** The session cookie's {@code Set-Cookie} value: HttpOnly, SameSite=Strict, Secure unless configured off. */
    String sessionCookie(String token, int maxAge) {
        StringBuilder cookie = new StringBuilder(SecurityFilter.SESSION_COOKIE).append('=').append(token)
                .append("; Path=/; HttpOnly; SameSite=Strict");
        if (config.secureCookies()) {
            cookie.append("; Secure");
        }
        if (maxAge >= 0) {
            cookie.append("; Max-Age=").append(maxAge);
        }
        return cookie.toString();
    }

    /** The session of a cookie's token, while it lasts and its account is active. */
    public Optional<Session> session(String token, String address) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return sessions.find(token, idle(), clock.instant()).filter(live -> live.account().active())
                .map(live -> new Session(caller(live.account(), address), live.csrfToken(),
                        live.account().passwordChangeRequired()));
    }

    /**
     * The caller of an API key, given as {@code <key id>.<secret>}: a data provider's system. Empty
     * for a malformed, unknown, revoked or expired key or an inactive account.
     */
    public Optional<Caller> apiKey(String credential, String address) {
        int dot = credential == null ? -1 : credential.indexOf('.');
        if (dot < 1 || credential.length() > 200) {
            return Optional.empty();
        }
        return keys.account(credential.substring(0, dot), credential.substring(dot + 1), clock.instant())
                .flatMap(accounts::byId).filter(Account::active).map(account -> caller(account, address));
    }

    /** A new key of an account, with its secret: {@code <key id>.<secret>}, shown once. */
    String issueKey(long accountId, Instant expiresAt) {
        String keyId = Tokens.random(random).substring(0, 20);
        String secret = Tokens.random(random);
        keys.create(keyId, accountId, secret, clock.instant(), expiresAt);
        return keyId + "." + secret;
    }

    ApiKeyStore keys() {
        return keys;
    }

    /** Ends every session of an account: it was deactivated or its password reset. */
    void signOutEverywhere(long accountId) {
        sessions.closeAll(accountId);
    }

    Instant now() {
        return clock.instant();
    }

    public void signOut(String token, Caller caller) {
        sessions.close(token);
        journal.record(caller, new Access(Access.Action.SIGN_OUT, "DELETE /api/v1/session", List.of(), null));
    }

    /**
     * Changes the caller's own password and ends their other sessions.
     *
     * @throws ApiException 400 naming the rules the new password breaks, 403 when the current one is wrong
     */
    public void changePassword(Caller caller, String token, String current, String next) {
        Account account = accounts.byId(caller.accountId()).orElseThrow();
        if (current == null || !PasswordHasher.matches(current.toCharArray(), account.passwordHash())) {
            journal.record(caller, Access.administration("POST /api/v1/session/password", "refused: wrong current password"));
            throw new ApiException(403, "security.wrong-password", "The current password is wrong");
        }
        requireAcceptable(next, account.login());
        if (next.equals(current)) {
            throw new ApiException(400, new ApiError("security.weak-password", "The new password must differ from the current one",
                    List.of(new ApiError.Violation(account.login(), "newPassword", null, "password.reused", "differs from the current one"))));
        }
        accounts.setPassword(account.id(), hasher.hash(next.toCharArray()), false);
        sessions.closeAll(account.id());
        Instant now = clock.instant();
        sessions.open(token, account.id(), Tokens.random(random), caller.address(), now,
                now.plus(Duration.ofHours(config.sessionAbsoluteHours())));
        journal.record(caller, Access.administration("POST /api/v1/session/password", "password changed"));
    }

    /** The CSRF token of a session (renewed when the password changed). */
    public Optional<String> csrfToken(String token) {
        return sessions.find(token, idle(), clock.instant()).map(SessionStore.Live::csrfToken);
    }

    /**
     * @throws ApiException 400 naming every rule the password breaks
     */
    static void requireAcceptable(String password, String login) {
        List<String> problems = PasswordPolicy.problems(password, login);
        if (!problems.isEmpty()) {
            throw new ApiException(400, new ApiError("security.weak-password", "The password must have " + String.join(", ", problems),
                    problems.stream().map(p -> new ApiError.Violation(login, "newPassword", null, "password.policy", p)).toList()));
        }
    }

    /** Hashes a password with the configured work factor. */
    String hash(String password) {
        return hasher.hash(password.toCharArray());
    }

    /** A generated first password: it meets the policy, and its owner must change it. */
    String generatedPassword() {
        return Tokens.password(random);
    }

    /** The account store, for the administration of accounts. */
    AccountStore accounts() {
        return accounts;
    }

    Duration idle() {
        return Duration.ofMinutes(config.sessionIdleMinutes());
    }

    static Caller caller(Account account, String address) {
        return new Caller(account.id(), account.login(), account.displayName(), account.role(), account.scope(), address);
    }

    private void makeFirstAdministrator() {
        if (!accounts.isEmpty()) {
            return;
        }
        String configured = config.initialAdminPassword();
        List<String> problems = configured == null || configured.isEmpty() ? List.of()
                : PasswordPolicy.problems(configured, FIRST_ADMIN_LOGIN);
        if (!problems.isEmpty()) {
            LOG.error("initialAdminPassword in {}.cfg is not used: a password must have {}", SecurityConfiguration.PID,
                    String.join(", ", problems));
        }
        boolean generated = configured == null || configured.isEmpty() || !problems.isEmpty();
        String password = generated ? generatedPassword() : configured;
        accounts.create(FIRST_ADMIN_LOGIN, "Администратор системы", Role.SYSTEM_ADMINISTRATOR, Scope.region(), null,
                hash(password), generated);
        if (generated) {
            LOG.warn("The first administrator was created: login '{}', one-time password '{}'. It must be changed at the first"
                    + " sign-in.", FIRST_ADMIN_LOGIN, password);
        } else {
            LOG.info("The first administrator was created: login '{}' with the password set in {}.cfg", FIRST_ADMIN_LOGIN,
                    SecurityConfiguration.PID);
        }
        journal.record(null, "system", null, Access.administration("account " + FIRST_ADMIN_LOGIN, "first administrator created"));
    }
}
