package org.kontingent.connector.netschool.internal;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.kontingent.connector.api.pull.Fetched;
import org.kontingent.connector.api.pull.LearnerQuery;
import org.kontingent.connector.api.pull.PullContext;
import org.kontingent.connector.api.pull.PullSource;
import org.kontingent.connector.api.pull.SourceUnavailableException;
import org.kontingent.connector.support.envelope.ApiEnvelopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Pulls from «Сетевой Город. Образование» (IRTech NetSchool, its Web API): each call signs the
 * integration account in to a school and reads one page of the students that changed in the round's
 * window (with the school's classes on the first page) or of the marks that changed in it, and stores
 * the answers as an {@link Envelope}. See {@link Watermark} for how a round moves on.
 */
@Component(service = PullSource.class)
public class NetSchoolPullSource implements PullSource {
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final List<String> LISTS = List.of(Watermark.STUDENTS, Watermark.MARKS);

    private final HttpClient http;
    private final Clock clock;
    private final ObjectMapper mapper = ApiEnvelopes.mapper();

    @Activate
    public NetSchoolPullSource() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Clock.systemDefaultZone());
    }

    NetSchoolPullSource(HttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "netschool";
    }

    @Override
    public String mediaType() {
        return Envelope.MEDIA_TYPE;
    }

    @Override
    public Fetched changesSince(String watermark, PullContext context) throws SourceUnavailableException {
        Settings settings = Settings.of(context);
        Watermark round = Watermark.of(watermark, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        if (!round.open()) {
            return nothing(round);
        }
        List<String> schools = settings.schools();
        int resumed = schools.indexOf(round.school());
        for (int s = Math.max(0, resumed); s < schools.size(); s++) {
            String school = schools.get(s);
            NetSchoolSession session = NetSchoolSession.signIn(http, mapper, settings, school);
            JsonNode year = year(session);
            int firstList = s == resumed ? LISTS.indexOf(round.list()) : 0;
            for (int l = Math.max(0, firstList); l < LISTS.size(); l++) {
                String list = LISTS.get(l);
                int page = s == resumed && l == firstList ? round.page() + 1 : 1;
                JsonNode answer = page(session, school, year, list, round, page);
                ArrayNode items = items(answer, list);
                int pageCount = answer.path("pageCount").asInt(0);
                if (!items.isEmpty()) {
                    ObjectNode envelope = Envelope.of(mapper, school, year);
                    ApiEnvelopes.window(envelope, round.since(), round.until());
                    if (Watermark.STUDENTS.equals(list) && page == 1) {
                        envelope.set(Envelope.CLASSES, array(session.get("/webapi/integration/classes?schoolId=" + school
                                + "&yearId=" + ApiEnvelopes.text(year, "id")), "classes"));
                    }
                    envelope.set(list, items);
                    Watermark next = page < pageCount ? round.read(school, list, page)
                            : l < LISTS.size() - 1 ? round.read(school, LISTS.get(l + 1), 0)
                            : s < schools.size() - 1 ? round.read(schools.get(s + 1), LISTS.get(0), 0) : null;
                    return new Fetched(ApiEnvelopes.bytes(mapper, envelope), "netschool-" + school + "-" + list + "-" + page + "-"
                            + FILE_TIME.format(round.until()) + ".json", next == null ? round.finished() : next.text(),
                            next != null);
                }
            }
        }
        return nothing(round);
    }

    @Override
    public Optional<Fetched> learner(LearnerQuery query, PullContext context) throws SourceUnavailableException {
        Settings settings = Settings.of(context);
        String search = search(query);
        for (String school : settings.schools()) {
            NetSchoolSession session = NetSchoolSession.signIn(http, mapper, settings, school);
            ArrayNode found = array(session.get("/webapi/integration/students/search?schoolId=" + school + "&" + search),
                    "students");
            if (!found.isEmpty()) {
                JsonNode year = year(session);
                ObjectNode envelope = Envelope.of(mapper, school, year);
                envelope.set(Envelope.CLASSES, array(session.get("/webapi/integration/classes?schoolId=" + school + "&yearId="
                        + ApiEnvelopes.text(year, "id")), "classes"));
                envelope.set(Envelope.STUDENTS, found);
                return Optional.of(new Fetched(ApiEnvelopes.bytes(mapper, envelope), "netschool-" + school + "-learner.json", null, false));
            }
        }
        return Optional.empty();
    }

    private static JsonNode year(NetSchoolSession session) throws SourceUnavailableException {
        JsonNode year = session.get("/webapi/years/current");
        if (!Settings.isId(ApiEnvelopes.text(year, "id"))) {
            throw new SourceUnavailableException("NetSchool named no current school year: " + year);
        }
        return year;
    }

    private static JsonNode page(NetSchoolSession session, String school, JsonNode year, String list, Watermark round, int page)
            throws SourceUnavailableException {
        JsonNode answer = session.get("/webapi/integration/" + list + "?schoolId=" + school + "&yearId="
                + ApiEnvelopes.text(year, "id") + "&changedSince=" + API_TIME.format(round.since()) + "&changedBefore="
                + API_TIME.format(round.until()) + "&page=" + page);
        if (!answer.isObject()) {
            throw new SourceUnavailableException("NetSchool answered a page of " + list + " with JSON that is not an object");
        }
        return answer;
    }

    private static ArrayNode items(JsonNode page, String list) throws SourceUnavailableException {
        return array(page.path("items"), list);
    }

    private static ArrayNode array(JsonNode answer, String what) throws SourceUnavailableException {
        if (!answer.isArray()) {
            throw new SourceUnavailableException("NetSchool answered the " + what + " with JSON that is not a list");
        }
        return (ArrayNode) answer;
    }

    /** The query of the students' search: by СНИЛС when given, else by name and birth date. */
    private static String search(LearnerQuery query) {
        if (query.snils() != null && !query.snils().isBlank()) {
            return "snils=" + encode(query.snils().strip());
        }
        if (query.surname() == null || query.name() == null || query.birthDate() == null) {
            throw new IllegalArgumentException("NetSchool finds a learner by СНИЛС, or by surname, name and birth date");
        }
        StringBuilder q = new StringBuilder("lastName=").append(encode(query.surname().strip())).append("&firstName=")
                .append(encode(query.name().strip()));
        if (query.patronymic() != null && !query.patronymic().isBlank()) {
            q.append("&middleName=").append(encode(query.patronymic().strip()));
        }
        return q.append("&birthDate=").append(query.birthDate()).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Fetched nothing(Watermark round) {
        return new Fetched(new byte[0], "netschool-" + FILE_TIME.format(round.until()) + ".json", round.finished(), false);
    }
}
