package org.kontingent.connector.dnevnik.internal;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

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
 * Pulls from Дневник.ру (REST API v2): each call reads one class of one configured school — the class,
 * its learners with their birthdays, and the marks given in the round's window with the lessons that
 * name their subjects — and stores the answers as an {@link Envelope}. See {@link Watermark} for how a
 * round moves on. Dnevnik publishes no change dates for persons and classes, so every round reads the
 * rosters again; marks are read for the window since the previous round only.
 */
@Component(service = PullSource.class)
public class DnevnikPullSource implements PullSource {
    private static final String GROUP = "Group";
    private static final String ID = "id_str";
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final HttpClient http;
    private final Clock clock;
    private final ObjectMapper mapper = ApiEnvelopes.mapper();

    @Activate
    public DnevnikPullSource() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build(),
                Clock.systemDefaultZone());
    }

    DnevnikPullSource(HttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "dnevnik";
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
        DnevnikApi api = new DnevnikApi(http, mapper, settings);
        List<String> schools = settings.schools();
        int first = Math.max(0, schools.indexOf(round.school()));
        String after = first == schools.indexOf(round.school()) ? round.after() : null;
        for (int s = first; s < schools.size(); s++) {
            String school = schools.get(s);
            List<JsonNode> classes = classes(api.array("/v2/schools/" + school + "/edu-groups"));
            BigInteger last = after == null ? null : new BigInteger(after);
            Optional<JsonNode> next = classes.stream().filter(c -> last == null || id(c).compareTo(last) > 0).findFirst();
            if (next.isPresent()) {
                JsonNode group = next.get();
                boolean laterClass = classes.indexOf(group) < classes.size() - 1;
                boolean more = laterClass || s < schools.size() - 1;
                Watermark read = round.read(school, ApiEnvelopes.text(group, ID));
                return new Fetched(page(api, round, school, group), fileName(school, group, round),
                        more ? read.text() : round.finished(), more);
            }
            after = null;
        }
        return nothing(round);
    }

    @Override
    public Optional<Fetched> learner(LearnerQuery query, PullContext context) throws SourceUnavailableException {
        Settings settings = Settings.of(context);
        DnevnikApi api = new DnevnikApi(http, mapper, settings);
        for (JsonNode person : api.array("/v2/person/search?" + search(query))) {
            String personId = ApiEnvelopes.text(person, ID);
            if (!Settings.isId(personId)) {
                continue;
            }
            for (String school : settings.schools()) {
                ArrayNode groups = api.array("/v2/persons/" + personId + "/schools/" + school + "/edu-groups");
                if (!groups.isEmpty()) {
                    ArrayNode persons = mapper.createArrayNode().add(person);
                    ObjectNode envelope = Envelope.answers(Envelope.of(mapper, school), groups, persons, users(api, persons),
                            mapper.createArrayNode(), mapper.createArrayNode());
                    return Optional.of(new Fetched(ApiEnvelopes.bytes(mapper, envelope), "dnevnik-learner-" + personId + ".json", null, false));
                }
            }
        }
        return Optional.empty();
    }

    /** A class's page: the class, its learners, their users, and its marks in the window with their lessons. */
    private byte[] page(DnevnikApi api, Watermark round, String school, JsonNode group) throws SourceUnavailableException {
        String groupId = ApiEnvelopes.text(group, ID);
        ArrayNode persons = api.array("/v2/edu-groups/" + groupId + "/persons");
        ArrayNode lessons = api.array("/v2/edu-groups/" + groupId + "/lessons/" + round.since().toLocalDate() + "/"
                + round.until().toLocalDate());
        ArrayNode marks = api.array("/v2/edu-groups/" + groupId + "/marks/" + API_TIME.format(round.since()) + "/"
                + API_TIME.format(round.until()));
        Set<String> known = new HashSet<>();
        lessons.forEach(lesson -> known.add(ApiEnvelopes.text(lesson, ID)));
        for (String lesson : referenced(marks, "lesson_str")) {
            if (known.add(lesson)) {
                lessons.add(api.object("/v2/lessons/" + lesson));
            }
        }
        ObjectNode envelope = Envelope.of(mapper, school);
        ApiEnvelopes.window(envelope, round.since(), round.until());
        return ApiEnvelopes.bytes(mapper, Envelope.answers(envelope, mapper.createArrayNode().add(group), persons, users(api, persons), lessons,
                marks));
    }

    /** The users of persons, for their birthdays: POST /v2/users/many with their ids as exact JSON numbers. */
    private ArrayNode users(DnevnikApi api, ArrayNode persons) throws SourceUnavailableException {
        Set<String> ids = referenced(persons, "userId_str");
        if (ids.isEmpty()) {
            return mapper.createArrayNode();
        }
        StringJoiner body = new StringJoiner(",", "[", "]");
        ids.forEach(body::add);
        return api.postForArray("/v2/users/many", body.toString());
    }

    /** The ids a list's objects refer to in a field, in order, those that are ids. */
    private static Set<String> referenced(ArrayNode list, String field) {
        Set<String> ids = new LinkedHashSet<>();
        list.forEach(item -> {
            String id = ApiEnvelopes.text(item, field);
            if (Settings.isId(id)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The school's classes (edu-groups of type Group, not subgroups), ordered by id as a number. */
    private static List<JsonNode> classes(ArrayNode eduGroups) {
        List<JsonNode> classes = new ArrayList<>();
        eduGroups.forEach(group -> {
            if (GROUP.equals(ApiEnvelopes.text(group, "type")) && Settings.isId(ApiEnvelopes.text(group, ID))) {
                classes.add(group);
            }
        });
        classes.sort(Comparator.comparing(DnevnikPullSource::id));
        return classes;
    }

    private static BigInteger id(JsonNode group) {
        return new BigInteger(ApiEnvelopes.text(group, ID));
    }

    /** The query of /v2/person/search: by СНИЛС when given, else by name and birthday. */
    private static String search(LearnerQuery query) {
        if (query.snils() != null && !query.snils().isBlank()) {
            return "snils=" + encode(query.snils().strip());
        }
        if (query.surname() == null || query.name() == null || query.birthDate() == null) {
            throw new IllegalArgumentException("Dnevnik finds a learner by СНИЛС, or by surname, name and birth date");
        }
        StringBuilder q = new StringBuilder("lastName=").append(encode(query.surname().strip())).append("&firstName=")
                .append(encode(query.name().strip()));
        if (query.patronymic() != null && !query.patronymic().isBlank()) {
            q.append("&middleName=").append(encode(query.patronymic().strip()));
        }
        return q.append("&birthday=").append(query.birthDate()).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Fetched nothing(Watermark round) {
        return new Fetched(new byte[0], "dnevnik-" + FILE_TIME.format(round.until()) + ".json", round.finished(), false);
    }

    private static String fileName(String school, JsonNode group, Watermark round) {
        return "dnevnik-" + school + "-" + ApiEnvelopes.text(group, ID) + "-" + FILE_TIME.format(round.until()) + ".json";
    }
}
