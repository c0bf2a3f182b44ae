package org.kontingent.connector.netschool.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.kontingent.connector.api.pull.SourceUnavailableException;
import org.kontingent.connector.support.envelope.ApiEnvelopes;
import org.kontingent.connector.support.pull.HttpSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A session of the integration account in one school, signed in the way the Web API's own login form
 * does: {@code GET /webapi/logindata} for the session cookie, {@code POST /webapi/auth/getdata} for
 * {@code lt}, {@code ver} and {@code salt}, then {@code POST /webapi/login} with the password as
 * {@code pw2 = md5(salt + md5(password in windows-1251))} and {@code pw} its first characters; the
 * answer's {@code at} token goes into the {@code at} header of every later request. Every failure to
 * get an answer is a {@link SourceUnavailableException} whose message says what to do; requests are
 * named without their query, which may hold a learner's name or СНИЛС.
 */
final class NetSchoolSession {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final HttpSource source;
    private final ObjectMapper mapper;
    private final Settings settings;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String token;

    private NetSchoolSession(HttpClient http, ObjectMapper mapper, Settings settings) {
        this.source = new HttpSource(http, "NetSchool", settings.url(), this::refusal);
        this.mapper = mapper;
        this.settings = settings;
    }

    /** Signs the provider's account in to a school. */
    static NetSchoolSession signIn(HttpClient http, ObjectMapper mapper, Settings settings, String school)
            throws SourceUnavailableException {
        NetSchoolSession session = new NetSchoolSession(http, mapper, settings);
        session.send(session.request("/webapi/logindata").GET().build());
        JsonNode data = session.send(session.request("/webapi/auth/getdata").POST(HttpRequest.BodyPublishers.noBody()).build());
        String salt = ApiEnvelopes.text(data, "salt");
        if (salt == null) {
            throw new SourceUnavailableException("NetSchool at " + settings.url() + " gave no salt for the login form");
        }
        String pw2 = md5(salt + md5(settings.password().getBytes(WINDOWS_1251)));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginType", "1");
        form.put("scid", school);
        form.put("un", settings.login());
        form.put("pw", pw2.substring(0, Math.min(settings.password().length(), pw2.length())));
        form.put("pw2", pw2);
        form.put("lt", String.valueOf(ApiEnvelopes.text(data, "lt")));
        form.put("ver", String.valueOf(ApiEnvelopes.text(data, "ver")));
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        JsonNode signedIn = session.send(session.request("/webapi/login").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        session.token = ApiEnvelopes.text(signedIn, "at");
        if (session.token == null) {
            throw new SourceUnavailableException("NetSchool did not sign the account '" + settings.login() + "' in to school "
                    + school + ": " + ApiEnvelopes.text(signedIn, "message"));
        }
        return session;
    }

    /** GETs a path with its query, answered by JSON. */
    JsonNode get(String pathAndQuery) throws SourceUnavailableException {
        return send(request(pathAndQuery).header("at", token).GET().build());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = source.request(pathAndQuery).header("Referer", settings.url() + "/");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private JsonNode send(HttpRequest request) throws SourceUnavailableException {
        HttpResponse<byte[]> response = source.send(request);
        response.headers().allValues("Set-Cookie").forEach(this::keep);
        try {
            JsonNode answer = mapper.readTree(response.body());
            if (answer == null || answer.isMissingNode()) {
                throw new SourceUnavailableException("NetSchool answered " + HttpSource.describe(request) + " with nothing");
            }
            return answer;
        } catch (JsonProcessingException e) {
            throw new SourceUnavailableException("NetSchool answered " + HttpSource.describe(request)
                    + " with something that is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceUnavailableException("NetSchool's answer to " + HttpSource.describe(request) + " could not be read: "
                    + e, e);
        }
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
    }

    /** What NetSchool's refusals of the account and the session mean; the others are worded in common. */
    private String refusal(int status, HttpRequest request, String what) {
        if (status == 409 && request.uri().getRawPath().endsWith("/webapi/login")) {
            return "NetSchool refused the login and password (HTTP 409) of the account '" + settings.login()
                    + "': correct the provider's pull settings '" + Settings.LOGIN + "' and '" + Settings.PASSWORD + "'";
        }
        return switch (status) {
            case 401 -> "NetSchool refused the session (HTTP 401) on " + what
                    + "; the account may be locked or signed in elsewhere; the pull is tried again later";
            case 403 -> "NetSchool denied the account '" + settings.login() + "' (HTTP 403) on " + what
                    + "; it needs the rights to export the school's classes, students and marks";
            default -> null;
        };
    }

    private static String md5(String text) {
        return md5(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The Java runtime has no MD5, which every Java SE runtime must have", e);
        }
    }
}
