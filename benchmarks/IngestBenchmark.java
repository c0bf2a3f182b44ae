import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sustained ingest through the gateway's push API, measured on the distribution a region installs:
 * <ol>
 * <li>a provider's system pushes learners with their memberships as exchange-model JSON packages
 * ({@code POST /api/v1/gateway/packages}, a bounded number of concurrent senders) and the packages
 * are followed until every one is applied: records per second from the first push to the last
 * package finished, and the HTTP accept rate on its own;</li>
 * <li>the same rows are copied with PostgreSQL's COPY into plain unindexed tables shaped like the
 * registry's persons and memberships, in the same embedded database: the raw rate to compare with;</li>
 * <li>an official uploads an Excel workbook laid out as the excel connector's template
 * ({@code POST /api/v1/gateway/uploads}): its time to finished and the heap meanwhile.</li>
 * </ol>
 * Karaf runs with the heap given by the script and a GC log, from which the heap after GC and the
 * heap in use before GC are read for each phase. Run it with {@code benchmarks/run-ingest.sh}; it
 * prints a Markdown report. Every request goes to 127.0.0.1; every wait is bounded.
 */
public class IngestBenchmark {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The first administrator's password, set before the first start. */
    static final String ADMIN_PASSWORD = "Benchmark-Kontingent-2026";
    static final String CLERK_PASSWORD = "Benchmark-Clerk-2026-upload";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** СНИЛС numbers of pushed learners start here, of uploaded ones at the second base; the demo region's are far below. */
    static final long PUSH_SNILS_BASE = 600_000_000L;
    static final long EXCEL_SNILS_BASE = 800_000_000L;
    static final long SEED = 2026_11_23L;

    /** What one run does. */
    record Settings(Path archive, Path work, Path namesFolder, long learners, int batch, int senders, int excelLearners,
            int providers, int schools, int demoLearners, String heap) {

        long packages() {
            return (learners + batch - 1) / batch;
        }

        int packageSize(long index) {
            return (int) Math.min(batch, learners - index * batch);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: IngestBenchmark <distribution.tar.gz> <work-dir> <names-folder> [learners] [batch]"
                    + " [senders] [excel-learners] [providers] [schools] [demo-learners] [heap]");
            System.exit(2);
        }
        Settings settings = new Settings(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), longArg(args, 3, 1_000_000),
                (int) longArg(args, 4, 5_000), (int) longArg(args, 5, 2), (int) longArg(args, 6, 100_000),
                (int) longArg(args, 7, 1), (int) longArg(args, 8, 50), (int) longArg(args, 9, 20_000),
                args.length > 10 ? args[10] : "1024m");
        Learners learners = new Learners(Names.load(settings.namesFolder()), LocalDate.now());
        Karaf karaf = Karaf.unpack(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(karaf::stopQuietly, "stop-karaf"));
        try {
            new IngestBenchmark(settings, learners, karaf).run();
        } finally {
            karaf.stopQuietly();
        }
    }

    private final Settings settings;
    private final Learners learners;
    private final Karaf karaf;
    private final Api api;

    IngestBenchmark(Settings settings, Learners learners, Karaf karaf) {
        this.settings = settings;
        this.learners = learners;
        this.karaf = karaf;
        this.api = new Api("http://127.0.0.1:" + karaf.httpPort);
    }

    private void run() throws Exception {
        long bootStarted = System.nanoTime();
        karaf.start();
        api.awaitHealthy(Duration.ofMinutes(3));
        long bootMillis = millisSince(bootStarted);
        karaf.notePids();
        HeapSampler heap = HeapSampler.start(karaf.jvmPid());
        String demo = api.awaitDemoRegion(Duration.ofMinutes(10));
        Session admin = api.signIn("admin", ADMIN_PASSWORD);
        api.awaitGateway(admin, Duration.ofMinutes(2));
        Setup setup = Setup.make(api, admin, settings);
        log("setup done: %d schools, %d provider(s); pushing %,d learners in %,d packages", setup.schools.size(),
                setup.keys.size(), settings.learners(), settings.packages());

        long pushFrom = System.currentTimeMillis();
        PushResult push = new PushPhase(settings, learners, api, setup).run();
        long pushTo = System.currentTimeMillis();
        log("push done: %s", push.oneLine());
        RegistryCount pushed = RegistryCount.of(karaf.databaseUrl(), PUSH_SNILS_BASE, settings.learners());

        CopyResult copy = new CopyPhase(settings, learners, setup, karaf.databaseUrl()).run();
        log("copy done: %,d rows in %.1f s", copy.rows(), copy.copyNanos() / 1e9);

        ExcelResult excel = settings.excelLearners() > 0 ? new ExcelPhase(settings, learners, api, admin, setup).run() : null;
        RegistryCount uploaded = null;
        if (excel != null) {
            log("excel done: %s", excel.status());
            uploaded = RegistryCount.of(karaf.databaseUrl(), EXCEL_SNILS_BASE, settings.excelLearners());
        }
        heap.stop();
        karaf.stopQuietly();
        Heap memory = new Heap(GcLog.read(karaf.gcLog()), heap);
        new Report(settings, bootMillis, demo, setup, push, pushed, copy, excel, uploaded, memory, new long[] {pushFrom, pushTo},
                karaf.errorsInLog()).print();
    }

    // ------------------------------------------------------------------------------------------
    // The learners: generated from their index alone, so that push, COPY and Excel see the same rows
    // ------------------------------------------------------------------------------------------

    /** Values drawn by their popularity. */
    record Weighted(List<String> values, long[] cumulative) {

        static Weighted of(List<String> values, List<Long> weights) {
            long[] cumulative = new long[values.size()];
            long total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += Math.max(1, weights.get(i));
                cumulative[i] = total;
            }
            return new Weighted(values, cumulative);
        }

        String pick(SplittableRandom random) {
            int at = java.util.Arrays.binarySearch(cumulative, random.nextLong(cumulative[cumulative.length - 1]) + 1);
            return values.get(at >= 0 ? at : -at - 1);
        }
    }

    /**
     * Russian names by popularity, from the demo region's lists (as it draws them): children's
     * first names, fathers' names (as common as among boys) with their patronymic forms, surnames.
     */
    record Names(Weighted boys, Weighted girls, Weighted surnames, Weighted fathers, Map<String, String[]> patronymics) {

        static Names load(Path folder) throws IOException {
            List<String[]> boys = csv(folder.resolve("first-names-male.csv"));
            Map<String, Long> boyPopularity = new HashMap<>();
            boys.forEach(row -> boyPopularity.put(row[0], Long.parseLong(row[1].trim())));
            Map<String, String[]> patronymics = new LinkedHashMap<>();
            for (String[] row : csv(folder.resolve("patronymics.csv"))) {
                patronymics.put(row[0], new String[] {row[1], row[2]});
            }
            List<String> fathers = new ArrayList<>(patronymics.keySet());
            return new Names(weighted(boys), weighted(csv(folder.resolve("first-names-female.csv"))),
                    weighted(csv(folder.resolve("surnames.csv"))),
                    Weighted.of(fathers, fathers.stream().map(f -> boyPopularity.getOrDefault(f, 1L)).toList()), patronymics);
        }

        private static Weighted weighted(List<String[]> rows) {
            return Weighted.of(rows.stream().map(row -> row[0]).toList(),
                    rows.stream().map(row -> Long.parseLong(row[1].trim())).toList());
        }

        private static List<String[]> csv(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
        }

        /** The surname's form for a woman: Иванов → Иванова, Ковальский → Ковальская; Шевченко stays. */
        static String female(String surname) {
            if (surname.endsWith("ский") || surname.endsWith("цкий") || surname.endsWith("ой") || surname.endsWith("ый")
                    || surname.endsWith("ий")) {
                return surname.substring(0, surname.length() - 2) + "ая";
            }
            if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин")
                    || surname.endsWith("ын")) {
                return surname + "а";
            }
            return surname;
        }
    }

    /**
     * A school learner: names drawn by popularity (at a million learners, some 80 pairs share
     * their whole name and birth date, as namesakes do), a unique valid СНИЛС, a grade from 1 to
     * 11 with a birth date that fits it, and an enrollment on the first of September of the year
     * they started school.
     *
     * @param school the index of the school among the benchmark's schools
     */
    record Learner(String id, String surname, String name, String patronymic, char sex, LocalDate birthDate, String snils,
            int grade, LocalDate startsOn, String orderNumber, LocalDate orderDate, int school) {

        String membershipId() {
            return "m-" + id;
        }
    }

    static final class Learners {
        private final Names names;
        /** The year the current academic year started. */
        private final int academicYear;

        Learners(Names names, LocalDate today) {
            this.names = names;
            this.academicYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        }

        /** The learner of an index, the same every time: {@code prefix} names its id, {@code snilsBase} its СНИЛС. */
        Learner of(long index, String prefix, long snilsBase, int schools) {
            SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + snilsBase + index);
            boolean male = random.nextBoolean();
            String surname = names.surnames().pick(random);
            String[] patronymic = names.patronymics().get(names.fathers().pick(random));
            int grade = 1 + random.nextInt(11);
            int firstYear = academicYear - grade + 1;
            // 6.5 to 7.5 years old on their first day at school
            LocalDate birthDate = LocalDate.of(firstYear - 8, 3, 1).plusDays(random.nextInt(365));
            LocalDate startsOn = LocalDate.of(firstYear, 9, 1);
            return new Learner(prefix + index, male ? surname : Names.female(surname),
                    (male ? names.boys() : names.girls()).pick(random), male ? patronymic[0] : patronymic[1], male ? 'M' : 'F',
                    birthDate, snils(snilsBase + index), grade, startsOn, (1 + random.nextInt(250)) + "-у",
                    startsOn.minusDays(3 + random.nextInt(10)), random.nextInt(schools));
        }
    }

    /** A СНИЛС with its check number, written 123-456-789 64 (as ExchangeSamples and the registry compute it). */
    static String snils(long number) {
        if (number <= 1_001_998 || number > 999_999_999) {
            throw new IllegalArgumentException("a СНИЛС number from 001-001-999 to 999-999-999, not " + number);
        }
        String digits = String.format("%09d", number);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int check = sum > 101 ? sum % 101 : sum;
        if (check == 100 || check == 101) {
            check = 0;
        }
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6) + " "
                + String.format("%02d", check);
    }

    // ------------------------------------------------------------------------------------------
    // Setup: schools from the demo region, providers with their organizations, representatives and keys
    // ------------------------------------------------------------------------------------------

    /** A school of the registry and the code the providers name it by. */
    record School(long id, String code) {
    }

    static final class Setup {
        final List<School> schools;
        /** Each provider's representative's API key, by the provider's number from 0. */
        final List<String> keys;
        /** The region's top authority, the scope of the employee who uploads the workbook. */
        final long topAuthority;

        private Setup(List<School> schools, List<String> keys, long topAuthority) {
            this.schools = schools;
            this.keys = keys;
            this.topAuthority = topAuthority;
        }

        static Setup make(Api api, Session admin, Settings settings) throws IOException {
            List<School> schools = schools(api, admin, settings.schools());
            List<String> keys = new ArrayList<>();
            for (int p = 1; p <= settings.providers(); p++) {
                keys.add(representativeKey(api, admin, p, registerProvider(api, admin, p, schools)));
            }
            JsonNode top = api.get(admin, "/api/v1/authorities?limit=10").path("items");
            return new Setup(schools, keys, top.get(0).path("id").asLong());
        }

        /**
         * General schools of the demo region: the registry has no endpoint that creates
         * organizations (they come from the region's organization registry), so the benchmark
         * takes those the demo region loaded.
         */
        private static List<School> schools(Api api, Session admin, int wanted) throws IOException {
            List<School> schools = new ArrayList<>();
            for (int offset = 0; schools.size() < wanted; offset += 100) {
                JsonNode items = api.get(admin, "/api/v1/organizations?level=general&limit=100&offset=" + offset).path("items");
                if (items.isEmpty()) {
                    break;
                }
                for (JsonNode item : items) {
                    if (schools.size() < wanted) {
                        schools.add(new School(item.path("id").asLong(), String.format("SCH-%04d", schools.size() + 1)));
                    }
                }
            }
            if (schools.isEmpty()) {
                throw new IllegalStateException("The registry has no general schools; did the demo region load?");
            }
            return schools;
        }

        private static long registerProvider(Api api, Session admin, int number, List<School> schools) throws IOException {
            JsonNode provider = api.expect(api.send(admin, "POST", "/api/v1/gateway/providers", "{\"code\":\"ingest-bench-"
                    + number + "\",\"name\":\"Электронный журнал (нагрузочный тест " + number + ")\",\"operator\":"
                    + "\"ООО «Школьные системы»\",\"contacts\":\"bench@example.org\",\"passport\":{\"version\":\"1.0\","
                    + "\"direction\":\"в Систему\"}}"), 201, "register provider");
            long id = provider.path("id").asLong();
            StringBuilder organizations = new StringBuilder("[");
            for (School school : schools) {
                organizations.append(organizations.length() > 1 ? "," : "").append("{\"organizationId\":").append(school.id())
                        .append(",\"code\":\"").append(school.code()).append("\",\"priority\":10}");
            }
            api.expect(api.send(admin, "PUT", "/api/v1/gateway/providers/" + id + "/organizations",
                    organizations.append("]").toString()), 200, "map the provider's organizations");
            return id;
        }

        private static String representativeKey(Api api, Session admin, int number, long provider) throws IOException {
            JsonNode user = api.expect(api.send(admin, "POST", "/api/v1/admin/users", "{\"login\":\"ingest-bench-" + number
                    + ".system\",\"displayName\":\"Нагрузочный тест " + number + "\",\"role\":\"PROVIDER_REPRESENTATIVE\","
                    + "\"scope\":{\"kind\":\"PROVIDER\",\"id\":" + provider + "}}"), 201, "create the representative");
            JsonNode key = api.expect(api.send(admin, "POST", "/api/v1/admin/users/" + user.path("user").path("id").asLong()
                    + "/keys", "{}"), 201, "issue the API key");
            return key.path("credential").asText();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Push: senders post packages, a poller follows them to their end
    // ------------------------------------------------------------------------------------------

    /** The exchange-model JSON of one package: its learners and their enrollments. */
    static byte[] packageJson(Learners learners, Settings settings, Setup setup, long packageIndex) {
        int size = settings.packageSize(packageIndex);
        StringBuilder persons = new StringBuilder(size * 260);
        StringBuilder memberships = new StringBuilder(size * 260);
        for (int i = 0; i < size; i++) {
            Learner l = learners.of(packageIndex * settings.batch() + i, "p-", PUSH_SNILS_BASE, setup.schools.size());
            String comma = i == 0 ? "" : ",";
            persons.append(comma).append("{\"id\":").append(quoted(l.id())).append(",\"surname\":").append(quoted(l.surname()))
                    .append(",\"name\":").append(quoted(l.name())).append(",\"patronymic\":").append(quoted(l.patronymic()))
                    .append(",\"birthDate\":\"").append(l.birthDate()).append("\",\"sex\":\"").append(l.sex())
                    .append("\",\"snils\":\"").append(l.snils()).append("\",\"citizenship\":\"RU\"}");
            memberships.append(comma).append("{\"id\":").append(quoted(l.membershipId())).append(",\"person\":")
                    .append(quoted(l.id())).append(",\"organization\":").append(quoted(setup.schools.get(l.school()).code()))
                    .append(",\"role\":\"learner\",\"startsOn\":\"").append(l.startsOn())
                    .append("\",\"studyForm\":\"full-time\",\"enrollmentOrder\":{\"number\":").append(quoted(l.orderNumber()))
                    .append(",\"date\":\"").append(l.orderDate()).append("\"}}");
        }
        return ("{\"version\":\"1.0\",\"persons\":[" + persons + "],\"memberships\":[" + memberships + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A package accepted by the gateway. */
    record Pushed(long index, long id, int provider) {
    }

    /** A package at its end, as its report says. */
    record Finished(long index, long id, int provider, String status, int received, int applied, int refused, int flagged,
            long errorCount, Map<Integer, Integer> codes, OffsetDateTime receivedAt, OffsetDateTime finishedAt) {

        /** The package's end from its report ({@code GET /api/v1/gateway/packages/{id}}), or null while it is not finished. */
        static Finished of(long index, long id, int provider, JsonNode report) {
            JsonNode summary = report.path("summary");
            if (!summary.path("finishedAt").isTextual()) {
                return null;
            }
            Map<Integer, Integer> codes = new TreeMap<>();
            for (JsonNode error : report.path("errors")) {
                codes.merge(error.path("code").asInt(), 1, Integer::sum);
            }
            return new Finished(index, id, provider, summary.path("status").asText(), summary.path("received").asInt(),
                    summary.path("applied").asInt(), summary.path("refused").asInt(), summary.path("flagged").asInt(),
                    report.path("errorCount").asLong(), codes, OffsetDateTime.parse(summary.path("receivedAt").asText()),
                    OffsetDateTime.parse(summary.path("finishedAt").asText()));
        }
    }

    record PushResult(long packages, long bytes, Instant firstPush, long acceptMillis, List<Long> acceptLatencies,
            List<Finished> finished) {

        long received() {
            return finished.stream().mapToLong(Finished::received).sum();
        }

        long applied() {
            return finished.stream().mapToLong(Finished::applied).sum();
        }

        long refused() {
            return finished.stream().mapToLong(Finished::refused).sum();
        }

        long flagged() {
            return finished.stream().mapToLong(Finished::flagged).sum();
        }

        /** From the first push to the last package finished, by the server's clock (the same machine's). */
        long wallMillis() {
            OffsetDateTime last = finished.stream().map(Finished::finishedAt).max(OffsetDateTime::compareTo).orElseThrow();
            return Duration.between(firstPush, last.toInstant()).toMillis();
        }

        String oneLine() {
            return String.format(Locale.ROOT, "%,d packages, %,d records received, %,d applied, %,d refused in %.1f s",
                    finished.size(), received(), applied(), refused(), wallMillis() / 1000.0);
        }
    }

    static final class PushPhase {
        private static final Duration STALL_LIMIT = Duration.ofMinutes(30);
        private final Settings settings;
        private final Learners learners;
        private final Api api;
        private final Setup setup;
        private final AtomicLong nextPackage = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicReference<Instant> firstPush = new AtomicReference<>();
        private final AtomicLong lastAccepted = new AtomicLong();
        private final ConcurrentLinkedQueue<Long> acceptLatencies = new ConcurrentLinkedQueue<>();
        private final List<ConcurrentLinkedQueue<Pushed>> pending = new ArrayList<>();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final AtomicInteger sendersLeft;

        PushPhase(Settings settings, Learners learners, Api api, Setup setup) {
            this.settings = settings;
            this.learners = learners;
            this.api = api;
            this.setup = setup;
            this.sendersLeft = new AtomicInteger(settings.senders());
            for (int p = 0; p < setup.keys.size(); p++) {
                pending.add(new ConcurrentLinkedQueue<>());
            }
        }

        PushResult run() throws Exception {
            long started = System.nanoTime();
            List<Thread> senders = new ArrayList<>();
            for (int s = 0; s < settings.senders(); s++) {
                Thread sender = new Thread(this::send, "sender-" + s);
                senders.add(sender);
                sender.start();
            }
            List<Finished> finished = follow();
            for (Thread sender : senders) {
                sender.join();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("pushing failed", failure.get());
            }
            List<Long> latencies = new ArrayList<>(acceptLatencies);
            return new PushResult(settings.packages(), bytes.get(), firstPush.get(),
                    (lastAccepted.get() - started) / 1_000_000, latencies, finished);
        }

        private void send() {
            try {
                for (long k = nextPackage.getAndIncrement(); k < settings.packages() && failure.get() == null;
                        k = nextPackage.getAndIncrement()) {
                    byte[] body = packageJson(learners, settings, setup, k);
                    int provider = (int) (k % setup.keys.size());
                    firstPush.compareAndSet(null, Instant.now());
                    long t = System.nanoTime();
                    HttpResponse<String> answer = api.push(setup.keys.get(provider), "application/json", body,
                            "ingest-" + k, "ingest-" + k + ".json");
                    long now = System.nanoTime();
                    acceptLatencies.add((now - t) / 1_000_000);
                    lastAccepted.accumulateAndGet(now, Math::max);
                    JsonNode receipt = api.expect(answer, 202, "push package " + k);
                    bytes.addAndGet(body.length);
                    pending.get(provider).add(new Pushed(k, receipt.path("id").asLong(), provider));
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                sendersLeft.decrementAndGet();
            }
        }

        /**
         * Follows the packages to their end. A provider's packages are applied in the order they
         * came, so only the oldest unfinished one of each provider is asked about.
         */
        private List<Finished> follow() throws Exception {
            List<Finished> finished = new ArrayList<>();
            long lastProgress = System.nanoTime();
            long reported = 0;
            while (failure.get() == null && (sendersLeft.get() > 0 || pending.stream().anyMatch(q -> !q.isEmpty()))) {
                boolean progressed = false;
                for (ConcurrentLinkedQueue<Pushed> queue : pending) {
                    Pushed head;
                    while ((head = queue.peek()) != null) {
                        Finished done = finishedOrNull(head);
                        if (done == null) {
                            break;
                        }
                        queue.poll();
                        finished.add(done);
                        progressed = true;
                    }
                }
                if (progressed) {
                    lastProgress = System.nanoTime();
                    if (finished.size() - reported >= Math.max(1, settings.packages() / 10)) {
                        reported = finished.size();
                        log("  %,d of %,d packages finished", finished.size(), settings.packages());
                    }
                } else {
                    if (System.nanoTime() - lastProgress > STALL_LIMIT.toNanos()) {
                        throw new IllegalStateException("no package finished for " + STALL_LIMIT + "; " + finished.size()
                                + " of " + settings.packages() + " had finished, the last at " + (finished.isEmpty() ? "-"
                                        : finished.get(finished.size() - 1).finishedAt()));
                    }
                    Thread.sleep(200);
                }
            }
            return finished;
        }

        private Finished finishedOrNull(Pushed p) throws IOException {
            JsonNode report = api.expect(api.get(setup.keys.get(p.provider()), "/api/v1/gateway/packages/" + p.id()), 200,
                    "follow package " + p.id());
            return Finished.of(p.index(), p.id(), p.provider(), report);
        }
    }

    // ------------------------------------------------------------------------------------------
    // COPY: the same rows into plain tables shaped like the registry's, in the same database
    // ------------------------------------------------------------------------------------------

    record CopyResult(long rows, long copyNanos, long wallNanos) {
    }

    /** What the registry holds of the learners sent: persons with their СНИЛС, and those persons' memberships. */
    record RegistryCount(long persons, long memberships) {

        /** Counts the persons whose СНИЛС number is in [first, first + count) and their memberships. */
        static RegistryCount of(String url, long first, long count) throws SQLException {
            try (Connection c = DriverManager.getConnection(url, "postgres", "");
                 java.sql.PreparedStatement q = c.prepareStatement("SELECT count(DISTINCT p.id), count(m.id) FROM"
                         + " registry.person p LEFT JOIN registry.membership m ON m.person_id = p.id"
                         + " WHERE substr(p.snils, 1, 9)::bigint BETWEEN ? AND ?")) {
                q.setLong(1, first);
                q.setLong(2, first + count - 1);
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return new RegistryCount(rs.getLong(1), rs.getLong(2));
                }
            }
        }
    }

    static final class CopyPhase {
        private static final String SCHEMA = "ingest_copy";
        private static final String PERSON_COLUMNS = "id, surname, name, patronymic, surname_norm, name_norm, patronymic_norm,"
                + " birth_date, sex, snils, citizenship";
        private static final String MEMBERSHIP_COLUMNS = "id, person_id, organization_id, role, starts_on, study_form_code,"
                + " enrollment_order_number, enrollment_order_date";
        private final Settings settings;
        private final Learners learners;
        private final Setup setup;
        private final String url;

        CopyPhase(Settings settings, Learners learners, Setup setup, String url) {
            this.settings = settings;
            this.learners = learners;
            this.setup = setup;
            this.url = url;
        }

        CopyResult run() throws SQLException, IOException {
            long started = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                c.setAutoCommit(true);
                createTables(c);
                try {
                    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                    long copyNanos = 0;
                    long rows = 0;
                    for (long k = 0; k < settings.packages(); k++) {
                        byte[][] data = rows(k);
                        long t = System.nanoTime();
                        rows += copy.copyIn("COPY " + SCHEMA + ".person (" + PERSON_COLUMNS + ") FROM STDIN",
                                new ByteArrayInputStream(data[0]));
                        rows += copy.copyIn("COPY " + SCHEMA + ".membership (" + MEMBERSHIP_COLUMNS + ") FROM STDIN",
                                new ByteArrayInputStream(data[1]));
                        copyNanos += System.nanoTime() - t;
                    }
                    return new CopyResult(rows, copyNanos, System.nanoTime() - started);
                } finally {
                    try (Statement s = c.createStatement()) {
                        s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
                    }
                }
            }
        }

        /** Plain tables with the registry's columns, defaults and NOT NULLs, without keys, indexes, checks or triggers. */
        private static void createTables(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                s.execute("CREATE SCHEMA " + SCHEMA);
                s.execute("CREATE TABLE " + SCHEMA + ".person (LIKE registry.person INCLUDING DEFAULTS)");
                s.execute("CREATE TABLE " + SCHEMA + ".membership (LIKE registry.membership INCLUDING DEFAULTS)");
            }
        }

        /** The COPY text of one package's persons and memberships. */
        private byte[][] rows(long packageIndex) {
            int size = settings.packageSize(packageIndex);
            StringBuilder persons = new StringBuilder(size * 160);
            StringBuilder memberships = new StringBuilder(size * 80);
            for (int i = 0; i < size; i++) {
                long index = packageIndex * settings.batch() + i;
                Learner l = learners.of(index, "p-", PUSH_SNILS_BASE, setup.schools.size());
                long id = index + 1;
                persons.append(id).append('\t').append(l.surname()).append('\t').append(l.name()).append('\t')
                        .append(l.patronymic()).append('\t').append(normal(l.surname())).append('\t').append(normal(l.name()))
                        .append('\t').append(normal(l.patronymic())).append('\t').append(l.birthDate()).append('\t')
                        .append(l.sex()).append('\t').append(l.snils().replaceAll("[^0-9]", "")).append("\tRU\n");
                memberships.append(id).append('\t').append(id).append('\t').append(setup.schools.get(l.school()).id())
                        .append("\tlearner\t").append(l.startsOn()).append("\tfull-time\t").append(l.orderNumber())
                        .append('\t').append(l.orderDate()).append('\n');
            }
            return new byte[][] {persons.toString().getBytes(StandardCharsets.UTF_8),
                    memberships.toString().getBytes(StandardCharsets.UTF_8)};
        }

        private static String normal(String name) {
            return name.toLowerCase(Locale.ROOT).replace('ё', 'е');
        }
    }

    // ------------------------------------------------------------------------------------------
    // Excel: an official uploads a filled-in template
    // ------------------------------------------------------------------------------------------

    record ExcelResult(int learners, long sheetRows, long fileBytes, long writeMillis, long acceptMillis, long finishMillis,
            long uploadedAt, long finishedAt, Finished report) {
        String status() {
            return report.status();
        }
    }

    static final class ExcelPhase {
        private static final String PERSONS_SHEET = "Обучающиеся";
        private static final String MEMBERSHIPS_SHEET = "Зачисления";
        private final Settings settings;
        private final Learners learners;
        private final Api api;
        private final Session admin;
        private final Setup setup;

        ExcelPhase(Settings settings, Learners learners, Api api, Session admin, Setup setup) {
            this.settings = settings;
            this.learners = learners;
            this.api = api;
            this.admin = admin;
            this.setup = setup;
        }

        ExcelResult run() throws Exception {
            Session clerk = clerk();
            Map<String, List<String>> headers = templateHeaders(clerk);
            Path file = settings.work().resolve("upload.xlsx");
            long t = System.nanoTime();
            long rows = write(file, headers);
            long writeMillis = millisSince(t);
            log("excel: %,d rows written to %s (%,d bytes) in %.1f s; uploading", rows, file.getFileName(), Files.size(file),
                    writeMillis / 1000.0);
            long uploadedAt = System.currentTimeMillis();
            t = System.nanoTime();
            HttpResponse<String> answer = api.upload(clerk, file, "Контингент (нагрузочный тест).xlsx");
            long acceptMillis = millisSince(t);
            long id = api.expect(answer, 202, "upload the workbook").path("id").asLong();
            Finished report = await(clerk, id);
            long finishMillis = millisSince(t);
            return new ExcelResult(settings.excelLearners(), rows, Files.size(file), writeMillis, acceptMillis, finishMillis,
                    uploadedAt, System.currentTimeMillis(), report);
        }

        /** An employee of the region's top authority, signed in with their own password. */
        private Session clerk() throws IOException, InterruptedException {
            JsonNode created = api.expect(api.send(admin, "POST", "/api/v1/admin/users", "{\"login\":\"ingest-bench.clerk\","
                    + "\"displayName\":\"Специалист (нагрузочный тест)\",\"role\":\"EMPLOYEE\",\"scope\":{\"kind\":\"AUTHORITY\","
                    + "\"id\":" + setup.topAuthority + "}}"), 201, "create the employee");
            String oneTime = created.path("oneTimePassword").asText();
            Session first = api.signIn("ingest-bench.clerk", oneTime);
            api.expect(api.send(first, "POST", "/api/v1/session/password", "{\"currentPassword\":" + quoted(oneTime)
                    + ",\"newPassword\":" + quoted(CLERK_PASSWORD) + "}"), 200, "change the employee's password");
            return api.signIn("ingest-bench.clerk", CLERK_PASSWORD);
        }

        /** The header rows of the learners' and enrollments' sheets of the excel connector's complete template. */
        private Map<String, List<String>> templateHeaders(Session clerk) throws IOException {
            JsonNode templates = api.get(clerk, "/api/v1/gateway/templates");
            String href = null;
            for (JsonNode template : templates) {
                if ("excel".equals(template.path("format").asText()) && "all".equals(template.path("id").asText())) {
                    href = template.path("href").asText();
                }
            }
            if (href == null) {
                throw new IllegalStateException("No complete Excel template among " + templates);
            }
            byte[] workbook = api.download(clerk, href);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
                DataFormatter text = new DataFormatter();
                for (String name : List.of(PERSONS_SHEET, MEMBERSHIPS_SHEET)) {
                    XSSFSheet sheet = template.getSheet(name);
                    if (sheet == null) {
                        throw new IllegalStateException("The template has no sheet «" + name + "»");
                    }
                    List<String> row = new ArrayList<>();
                    sheet.getRow(0).forEach(cell -> row.add(text.formatCellValue(cell)));
                    headers.put(name, row);
                }
            }
            return headers;
        }

        /**
         * Writes the workbook with SXSSF (a window of rows in memory, the rest on disk) and shared
         * strings, as Excel saves a workbook: one learner a row, their enrollment a row of the
         * enrollments' sheet. Columns the benchmark has no value for are left empty.
         */
        private long write(Path file, Map<String, List<String>> headers) throws IOException {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true)) {
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
                SXSSFSheet persons = workbook.createSheet(PERSONS_SHEET);
                SXSSFSheet memberships = workbook.createSheet(MEMBERSHIPS_SHEET);
                header(persons, headers.get(PERSONS_SHEET));
                header(memberships, headers.get(MEMBERSHIPS_SHEET));
                for (int i = 0; i < settings.excelLearners(); i++) {
                    Learner l = learners.of(i, "x-", EXCEL_SNILS_BASE, setup.schools.size());
                    row(persons, i + 1, headers.get(PERSONS_SHEET), personValues(l), date);
                    row(memberships, i + 1, headers.get(MEMBERSHIPS_SHEET), membershipValues(l), date);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            }
            return 2L * settings.excelLearners();
        }

        private static void header(SXSSFSheet sheet, List<String> header) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                row.createCell(i).setCellValue(header.get(i));
            }
        }

        /** One data row: each column's value by its header, a date as a date cell. */
        private static void row(SXSSFSheet sheet, int number, List<String> header, Map<String, Object> values, CellStyle date) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(number);
            for (int i = 0; i < header.size(); i++) {
                Object value = values.get(header.get(i));
                if (value instanceof LocalDate day) {
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value != null) {
                    row.createCell(i).setCellValue(value.toString());
                }
            }
        }

        private static Map<String, Object> personValues(Learner l) {
            Map<String, Object> values = new HashMap<>();
            values.put("Идентификатор", l.id());
            values.put("Фамилия", l.surname());
            values.put("Имя", l.name());
            values.put("Отчество", l.patronymic());
            values.put("Дата рождения", l.birthDate());
            values.put("Пол", l.sex() == 'M' ? "М" : "Ж");
            values.put("СНИЛС", l.snils());
            values.put("Гражданство", "RU");
            return values;
        }

        private Map<String, Object> membershipValues(Learner l) {
            Map<String, Object> values = new HashMap<>();
            values.put("Идентификатор", l.membershipId());
            values.put("Идентификатор лица", l.id());
            // an official's upload names organizations by their registry number
            values.put("Код организации", Long.toString(setup.schools.get(l.school()).id()));
            values.put("Роль", "learner");
            values.put("Дата зачисления", l.startsOn());
            values.put("Номер приказа о зачислении", l.orderNumber());
            values.put("Дата приказа о зачислении", l.orderDate());
            values.put("Форма обучения", "full-time");
            return values;
        }

        private Finished await(Session clerk, long id) throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode report = api.get(clerk, "/api/v1/gateway/packages/" + id);
                Finished done = Finished.of(0, id, 0, report);
                if (done != null) {
                    return done;
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("upload " + id + " did not finish within 30 minutes");
        }
    }

    // ------------------------------------------------------------------------------------------
    // The platform: unpacked, configured, started and stopped
    // ------------------------------------------------------------------------------------------

    static final class Karaf {
        final Path home;
        final int httpPort;
        final int databasePort;
        private final Path work;
        private final String heap;
        private Process process;

        private Karaf(Path work, Path home, int httpPort, int databasePort, String heap) {
            this.work = work;
            this.heap = heap;
            this.home = home;
            this.httpPort = httpPort;
            this.databasePort = databasePort;
        }

        static Karaf unpack(Settings settings) throws IOException, InterruptedException {
            Path work = settings.work();
            Files.createDirectories(work);
            run(work, "tar", "-xzf", settings.archive().toAbsolutePath().toString());
            Path home;
            try (var entries = Files.list(work)) {
                home = entries.filter(p -> Files.isDirectory(p.resolve("bin"))).findFirst().orElseThrow();
            }
            Karaf karaf = new Karaf(work, home, freePort(), freePort(), settings.heap());
            karaf.configure(settings);
            return karaf;
        }

        private void configure(Settings settings) throws IOException {
            setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(httpPort));
            setProperty(home.resolve("etc/org.kontingent.security.cfg"), "initialAdminPassword", ADMIN_PASSWORD);
            setProperty(home.resolve("etc/org.kontingent.database.cfg"), "embedded.port", Integer.toString(databasePort));
            // the distribution starts empty; a small demo region brings the authorities and schools
            Files.writeString(home.resolve("etc/org.kontingent.demo.cfg"), "learners = " + settings.demoLearners()
                    + "\nseed = 2026\n");
        }

        Path gcLog() {
            return work.resolve("gc.log");
        }

        String databaseUrl() {
            return "jdbc:postgresql://127.0.0.1:" + databasePort + "/kontingent";
        }

        /** Starts {@code bin/karaf run} with the heap asked for and a GC log stamped with wall-clock milliseconds. */
        void start() throws IOException {
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("karaf-console.log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JAVA_MIN_MEM", "256m");
            env.put("JAVA_MAX_MEM", heap);
            // Karaf 4.4's start scripts no longer turn JAVA_MIN_MEM / JAVA_MAX_MEM into -Xms / -Xmx: give them directly
            env.put("EXTRA_JAVA_OPTS", "-Xms256m -Xmx" + heap + " -Xlog:gc,gc+init:file=" + gcLog() + ":uptime,timemillis"
                    + " -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=" + work);
            process = builder.start();
            Files.writeString(work.resolve("karaf.pid"), Long.toString(process.pid()) + "\n");
        }

        /** The Karaf JVM: bin/karaf itself once it has exec'd java, or its java child. */
        long jvmPid() {
            if (process.info().command().orElse("").endsWith("/java")) {
                return process.pid();
            }
            return process.descendants().filter(p -> p.info().command().orElse("").endsWith("/java")).findFirst()
                    .map(ProcessHandle::pid).orElseThrow(() -> new IllegalStateException("no Karaf JVM under " + process.pid()));
        }

        /** Records the Karaf JVM's process id beside the script's, for the shell's last-resort cleanup. */
        void notePids() throws IOException {
            if (process == null) {
                return;
            }
            StringBuilder pids = new StringBuilder().append(process.pid()).append('\n');
            process.descendants().forEach(p -> pids.append(p.pid()).append('\n'));
            Files.writeString(work.resolve("karaf.pid"), pids.toString());
        }

        /** Stops Karaf with bin/stop (SIGTERM, then SIGKILL if it hangs) and then any PostgreSQL it left running. */
        synchronized void stopQuietly() {
            try {
                if (process != null && process.isAlive()) {
                    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
                    run(home, home.resolve("bin/stop").toString());
                    if (!process.waitFor(90, TimeUnit.SECONDS)) {
                        process.destroy();
                        tree.forEach(ProcessHandle::destroy);
                        if (!process.waitFor(30, TimeUnit.SECONDS)) {
                            tree.forEach(ProcessHandle::destroyForcibly);
                            process.destroyForcibly().waitFor();
                        }
                    }
                    for (ProcessHandle p : tree) {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    }
                }
                stopPostgres();
            } catch (Exception e) {
                System.err.println("Stopping Karaf: " + e);
            }
        }

        /** The embedded PostgreSQL is a child of the Karaf JVM; should it outlive Karaf, its postmaster.pid names it. */
        private void stopPostgres() throws Exception {
            Path pidFile = home.resolve("data/postgresql/postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElse(null);
            if (postmaster == null || !postmaster.info().command().orElse("").contains("postgres")) {
                return;
            }
            System.err.println("The embedded PostgreSQL (" + pid + ") outlived Karaf; stopping it");
            postmaster.destroy();
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        }

        /** Lines of karaf.log at ERROR level or with an OutOfMemoryError. */
        List<String> errorsInLog() throws IOException {
            Path log = home.resolve("data/log/karaf.log");
            if (!Files.exists(log)) {
                return List.of();
            }
            try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                return lines.filter(l -> l.contains("| ERROR |") || l.contains("OutOfMemoryError")).limit(20).toList();
            } catch (java.io.UncheckedIOException e) {
                return List.of("karaf.log could not be read: " + e.getMessage());
            }
        }

        private static void setProperty(Path file, String key, String value) throws IOException {
            String text = Files.exists(file) ? Files.readString(file) : "";
            String line = key + " = " + value;
            Pattern pattern = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$");
            Files.writeString(file, pattern.matcher(text).find()
                    ? pattern.matcher(text).replaceAll(Matcher.quoteReplacement(line)) : text + "\n" + line + "\n");
        }
    }

    // ------------------------------------------------------------------------------------------
    // REST
    // ------------------------------------------------------------------------------------------

    /** A signed-in user's session cookie and CSRF token. */
    record Session(String cookie, String csrfToken) {
    }

    static final class Api {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;

        Api(String base) {
            this.base = base;
        }

        void awaitHealthy(Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (status("/api/v1/health") != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the platform was not healthy within " + limit);
                }
                Thread.sleep(250);
            }
        }

        /** Waits for the demo region's loader to finish; answers its health message. */
        String awaitDemoRegion(Duration limit) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                HttpResponse<String> health = send(null, "GET", "/api/v1/health", null);
                String message = JSON.readTree(health.body()).path("checks").path("demo-region").path("message").asText("");
                if (message.contains("loaded ") && !message.contains("not loaded")) {
                    return message;
                }
                if (message.contains("failed") || message.contains("not loaded")) {
                    throw new IllegalStateException(message);
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("the demo region was not loaded within " + limit);
        }

        /** Waits until the gateway's resources are served (they may come up just after health). */
        void awaitGateway(Session session, Duration limit) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (send(session, "GET", "/api/v1/gateway/formats", null).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the gateway was not served within " + limit);
                }
                Thread.sleep(250);
            }
        }

        Session signIn(String login, String password) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            HttpResponse<String> answer;
            do {
                answer = send(null, "POST", "/api/v1/session", "{\"login\":" + quoted(login) + ",\"password\":"
                        + quoted(password) + "}");
                if (answer.statusCode() == 404) {
                    Thread.sleep(250);
                }
            } while (answer.statusCode() == 404 && System.nanoTime() < deadline);
            JsonNode body = expect(answer, 200, "sign in as " + login);
            String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
            return new Session(cookie.substring(0, cookie.indexOf(';')), body.path("csrfToken").asText());
        }

        JsonNode get(Session session, String path) throws IOException {
            return expect(send(session, "GET", path, null), 200, "GET " + path);
        }

        HttpResponse<String> get(String apiKey, String path) throws IOException {
            return call(request(path).header("Authorization", "Bearer " + apiKey).GET().build());
        }

        byte[] download(Session session, String path) throws IOException {
            HttpRequest request = request(path).header("Cookie", session.cookie()).GET().build();
            try {
                HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
                }
                return answer.body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        HttpResponse<String> push(String apiKey, String mediaType, byte[] body, String idempotencyKey, String fileName)
                throws IOException {
            return call(request("/api/v1/gateway/packages").timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + apiKey).header("Content-Type", mediaType)
                    .header("Idempotency-Key", idempotencyKey)
                    .header("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        }

        HttpResponse<String> upload(Session session, Path file, String fileName) throws IOException {
            return call(request("/api/v1/gateway/uploads").timeout(Duration.ofMinutes(5))
                    .header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrfToken())
                    .header("Content-Type", XLSX).header("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        }

        HttpResponse<String> send(Session session, String method, String path, String json) throws IOException {
            HttpRequest.Builder request = request(path);
            if (session != null) {
                request.header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrfToken());
            }
            if (json != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return call(request.build());
        }

        JsonNode expect(HttpResponse<String> response, int status, String what) throws IOException {
            if (response.statusCode() != status) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(2000, response.body().length())));
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        }

        private int status(String path) {
            try {
                return send(null, "GET", path, null).statusCode();
            } catch (IOException e) {
                return -1;
            }
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        }

        private HttpResponse<String> call(HttpRequest request) throws IOException {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // The GC log: heap before and after each collection, by wall-clock time
    // ------------------------------------------------------------------------------------------

    /** One collection: when it ended (epoch ms), the heap before and after and the committed heap (MiB), its pause. */
    record Gc(long at, double beforeMiB, double afterMiB, double committedMiB, double pauseMillis, boolean full) {
    }

    /** The collections within a time window. */
    record GcWindow(int count, int full, double maxAfterMiB, double pauseMillis, double maxPauseMillis) {
    }

    static final class GcLog {
        // [12.345s][1763917000123ms] GC(5) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(256M) 3.456ms
        private static final Pattern LINE = Pattern.compile("\\[(\\d+)ms\\] GC\\(\\d+\\) (.*?) (\\d+)([KMG])->(\\d+)([KMG])"
                + "\\((\\d+)([KMG])\\) ([\\d.]+)ms");
        // [0.009s][1763917000010ms] Heap Max Capacity: 1G
        private static final Pattern MAX_HEAP = Pattern.compile("Heap Max Capacity: (\\d+)([KMG])");
        private final List<Gc> collections;
        /** The JVM's maximum heap as it reported at start (MiB), or 0 when not logged. */
        final double maxHeapMiB;

        private GcLog(List<Gc> collections, double maxHeapMiB) {
            this.collections = collections;
            this.maxHeapMiB = maxHeapMiB;
        }

        static GcLog read(Path file) throws IOException {
            List<Gc> collections = new ArrayList<>();
            double maxHeap = 0;
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = LINE.matcher(line);
                    Matcher max = MAX_HEAP.matcher(line);
                    if (m.find()) {
                        collections.add(new Gc(Long.parseLong(m.group(1)), mib(m.group(3), m.group(4)),
                                mib(m.group(5), m.group(6)), mib(m.group(7), m.group(8)), Double.parseDouble(m.group(9)),
                                m.group(2).startsWith("Pause Full")));
                    } else if (max.find()) {
                        maxHeap = mib(max.group(1), max.group(2));
                    }
                }
            }
            return new GcLog(collections, maxHeap);
        }

        private static double mib(String value, String unit) {
            double v = Double.parseDouble(value);
            return switch (unit) {
                case "K" -> v / 1024;
                case "G" -> v * 1024;
                default -> v;
            };
        }

        GcWindow window(long from, long to) {
            List<Gc> in = collections.stream().filter(g -> g.at() >= from && g.at() <= to).toList();
            return new GcWindow(in.size(), (int) in.stream().filter(Gc::full).count(),
                    in.stream().mapToDouble(Gc::afterMiB).max().orElse(0), in.stream().mapToDouble(Gc::pauseMillis).sum(),
                    in.stream().mapToDouble(Gc::pauseMillis).max().orElse(0));
        }
    }

    /** The Karaf JVM's heap in use (young and old generations), sampled by jstat twice a second. */
    static final class HeapSampler {
        /** One sample: when (epoch ms), heap used and committed (MiB). */
        record Sample(long at, double usedMiB, double committedMiB) {
        }

        private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        private final Process jstat;

        private HeapSampler(Process jstat) {
            this.jstat = jstat;
        }

        static HeapSampler start(long pid) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                    "-J-Duser.language=en", "-gc", Long.toString(pid), "500").redirectErrorStream(true);
            builder.environment().put("LC_ALL", "C");
            HeapSampler sampler = new HeapSampler(builder.start());
            Thread reader = new Thread(sampler::read, "heap-sampler");
            reader.setDaemon(true);
            reader.start();
            return sampler;
        }

        private void read() {
            try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(jstat.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                List<String> header = List.of(lines.readLine().trim().split("\\s+"));
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] values = line.trim().replace(',', '.').split("\\s+");
                    if (values.length == header.size() && !values[0].equals(header.get(0))) {
                        samples.add(new Sample(System.currentTimeMillis(),
                                kib(header, values, "S0U", "S1U", "EU", "OU") / 1024,
                                kib(header, values, "S0C", "S1C", "EC", "OC") / 1024));
                    }
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("jstat: " + e);
            }
        }

        private static double kib(List<String> header, String[] values, String... columns) {
            double sum = 0;
            for (String column : columns) {
                sum += Double.parseDouble(values[header.indexOf(column)]);
            }
            return sum;
        }

        void stop() {
            jstat.destroy();
        }

        List<Sample> window(long from, long to) {
            synchronized (samples) {
                return samples.stream().filter(s -> s.at() >= from && s.at() <= to).toList();
            }
        }
    }

    /** The heap over a time window: sampled use, and what the collections left (the live set) from the GC log. */
    record Heap(GcLog gc, HeapSampler sampler) {

        String window(long from, long to) {
            List<HeapSampler.Sample> samples = sampler.window(from, to);
            GcWindow w = gc.window(from, to);
            return String.format(Locale.ROOT, "%.0f MiB used at most (%d samples), %s after GC; %d collection(s) (%d full),"
                    + " pauses %.1f s, longest %.0f ms", samples.stream().mapToDouble(HeapSampler.Sample::usedMiB).max().orElse(0),
                    samples.size(), w.count() == 0 ? "no collection" : String.format(Locale.ROOT, "%.0f MiB", w.maxAfterMiB()),
                    w.count(), w.full(), w.pauseMillis() / 1000, w.maxPauseMillis());
        }

        String all() {
            return window(0, Long.MAX_VALUE) + String.format(Locale.ROOT, "; committed at most %.0f MiB",
                    sampler.window(0, Long.MAX_VALUE).stream().mapToDouble(HeapSampler.Sample::committedMiB).max().orElse(0));
        }
    }

    // ------------------------------------------------------------------------------------------
    // The report
    // ------------------------------------------------------------------------------------------

    record Report(Settings settings, long bootMillis, String demo, Setup setup, PushResult push, RegistryCount pushed,
            CopyResult copy, ExcelResult excel, RegistryCount uploaded, Heap heap, long[] pushWindow, List<String> errors) {

        void print() {
            PushResult p = push;
            double wall = p.wallMillis() / 1000.0;
            double pushRate = p.received() / wall;
            double copyRate = copy.rows() / (copy.copyNanos() / 1e9);
            System.out.println();
            System.out.printf(Locale.ROOT, "Push ingest: %,d learners with one enrollment each in packages of %,d persons + %,d"
                    + " memberships, %d sender(s), %d provider(s), %d schools; heap %s; demo region: %s; boot to healthy"
                    + " %.1f s.%n%n", settings.learners(), settings.batch(), settings.batch(), settings.senders(),
                    settings.providers(), setup.schools.size(), heap.gc().maxHeapMiB > 0 ? String.format(Locale.ROOT,
                            "%.0f MiB", heap.gc().maxHeapMiB) : settings.heap() + " (not confirmed by the GC log)", demo,
                    bootMillis / 1000.0);
            System.out.println("| measure | figure | target |");
            System.out.println("|---|---|---|");
            row("records pushed (persons + memberships)", String.format(Locale.ROOT, "%,d in %,d packages (%.1f MiB of JSON)",
                    p.received(), p.finished().size(), p.bytes() / 1048576.0), "");
            row("applied / refused / flagged records", String.format(Locale.ROOT, "%,d / %,d / %,d", p.applied(), p.refused(),
                    p.flagged()), "");
            row("package statuses", statuses(p.finished()), "");
            row("in the registry afterwards: persons with the pushed СНИЛС / their memberships", String.format(Locale.ROOT,
                    "%,d / %,d (of %,d learners sent)", pushed.persons(), pushed.memberships(), settings.learners()), "");
            row("wall time, first push to last package finished", String.format(Locale.ROOT, "%.1f s", wall), "");
            row("**ingest rate (records/s)**", String.format(Locale.ROOT, "**%,.0f**", pushRate), "≥ 10,000");
            row("ingest rate (learners/s)", String.format(Locale.ROOT, "%,.0f", p.received() / 2.0 / wall), "");
            row("push accept rate (HTTP 202, records/s)", String.format(Locale.ROOT, "%,.0f (all accepted in %.1f s; POST"
                    + " p50 %d ms, max %d ms)", p.received() / (p.acceptMillis() / 1000.0), p.acceptMillis() / 1000.0,
                    percentile(p.acceptLatencies(), 50), percentile(p.acceptLatencies(), 100)), "");
            row("apply time per package (between finishes while queued)", applyTimes(p.finished()), "");
            row("raw COPY into unindexed tables (rows/s)", String.format(Locale.ROOT, "%,.0f (%,d rows in %.1f s)", copyRate,
                    copy.rows(), copy.copyNanos() / 1e9), "");
            row("**push ingest / raw COPY**", String.format(Locale.ROOT, "**%.2f%%** (COPY is %,.1f× faster)",
                    100 * pushRate / copyRate, copyRate / pushRate), "");
            row("heap during the push", heap.window(pushWindow[0], pushWindow[1]), "≤ 1 GiB");
            if (excel != null) {
                excelRows();
            }
            row("heap over the run (samples from the first health 200, collections from the JVM start)", heap.all(), "≤ 1 GiB");
            System.out.println();
            errorCodes();
            if (!errors.isEmpty()) {
                System.out.println("karaf.log errors (first " + errors.size() + "):");
                errors.forEach(e -> System.out.println("- " + e.substring(0, Math.min(300, e.length()))));
            }
        }

        private void excelRows() {
            Finished r = excel.report();
            row("Excel workbook", String.format(Locale.ROOT, "%,d learners: %,d rows on 2 sheets, %.1f MiB .xlsx (written in"
                    + " %.1f s)", excel.learners(), excel.sheetRows(), excel.fileBytes() / 1048576.0,
                    excel.writeMillis() / 1000.0), "");
            row("Excel upload: accepted (HTTP 202) / finished", String.format(Locale.ROOT, "%.1f s / **%.1f s** (%s: %,d"
                    + " received, %,d applied, %,d refused, %,d flagged)", excel.acceptMillis() / 1000.0,
                    excel.finishMillis() / 1000.0, r.status(), r.received(), r.applied(), r.refused(), r.flagged()), "");
            row("Excel rate (records/s)", String.format(Locale.ROOT, "%,.0f", r.received() / (excel.finishMillis() / 1000.0)),
                    "");
            row("in the registry afterwards: persons with the uploaded СНИЛС / their memberships", String.format(Locale.ROOT,
                    "%,d / %,d (of %,d learners in the workbook)", uploaded.persons(), uploaded.memberships(), excel.learners()),
                    "");
            row("heap during the Excel upload", heap.window(excel.uploadedAt(), excel.finishedAt()), "bounded, ≤ 1 GiB");
        }

        private void errorCodes() {
            Map<Integer, Integer> codes = new TreeMap<>();
            for (Finished f : push.finished()) {
                f.codes().forEach((code, n) -> codes.merge(code, n, Integer::sum));
            }
            if (excel != null) {
                excel.report().codes().forEach((code, n) -> codes.merge(code, n, Integer::sum));
            }
            if (!codes.isEmpty()) {
                System.out.println("Findings by code (from the first 1,000 of each package's error packet): " + codes);
            }
        }

        private static String statuses(List<Finished> finished) {
            Map<String, Integer> counts = new TreeMap<>();
            finished.forEach(f -> counts.merge(f.status(), 1, Integer::sum));
            return counts.toString();
        }

        /** While packages wait in the queue, the time between two finishes of one provider is one package's apply time. */
        private static String applyTimes(List<Finished> finished) {
            Map<Integer, List<Finished>> byProvider = new HashMap<>();
            finished.forEach(f -> byProvider.computeIfAbsent(f.provider(), k -> new ArrayList<>()).add(f));
            List<Long> intervals = new ArrayList<>();
            for (List<Finished> list : byProvider.values()) {
                list.sort((a, b) -> a.finishedAt().compareTo(b.finishedAt()));
                for (int i = 1; i < list.size(); i++) {
                    if (!list.get(i).receivedAt().isAfter(list.get(i - 1).finishedAt())) {
                        intervals.add(Duration.between(list.get(i - 1).finishedAt(), list.get(i).finishedAt()).toMillis());
                    }
                }
            }
            if (intervals.isEmpty()) {
                return "n/a (no package waited)";
            }
            return String.format(Locale.ROOT, "p50 %.2f s, max %.2f s (%d packages)", percentile(intervals, 50) / 1000.0,
                    percentile(intervals, 100) / 1000.0, intervals.size());
        }

        private static void row(String what, String figure, String target) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", what, figure, target);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Small helpers
    // ------------------------------------------------------------------------------------------

    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static long longArg(String[] args, int index, long fallback) {
        return args.length > index && !args[index].isBlank() ? Long.parseLong(args[index].replace("_", "")) : fallback;
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[%s] " + format + "%n",
                prepend(DateTimeFormatter.ofPattern("HH:mm:ss").format(java.time.LocalTime.now()), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
