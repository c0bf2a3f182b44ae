package org.kontingent.report.engine.internal;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.kontingent.demo.internal.DemoRegionDatabase;
import org.kontingent.extension.additional.internal.AdditionalDemoData;
import org.kontingent.extension.general.internal.GeneralDemoData;
import org.kontingent.extension.health.internal.HealthDemoData;
import org.kontingent.extension.portfolio.internal.PortfolioDemoData;
import org.kontingent.extension.preschool.internal.PreschoolDemoData;
import org.kontingent.extension.vocational.internal.VocationalDemoData;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.registry.api.extension.DemoData;
import org.kontingent.registry.core.testing.RegistryDatabase;
import org.kontingent.report.api.Category;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.engine.internal.export.ExcelExport;
import org.kontingent.report.engine.internal.export.PdfExport;
import org.kontingent.report.forms.contingent.internal.AttendingForm;
import org.kontingent.report.forms.contingent.internal.ClassFillingForm;
import org.kontingent.report.forms.contingent.internal.OrganizationRegistryForm;
import org.kontingent.report.forms.contingent.internal.OrganizationStructureForm;
import org.kontingent.report.forms.movement.internal.ArrivalsByGradeForm;
import org.kontingent.report.forms.movement.internal.BetweenOrganizationsForm;
import org.kontingent.report.forms.movement.internal.GraduatesForm;
import org.kontingent.report.forms.movement.internal.LeavingReasonsForm;
import org.kontingent.report.forms.movement.internal.PeriodStartEndForm;
import org.kontingent.report.forms.performance.internal.AverageMarkDynamicsForm;
import org.kontingent.report.forms.performance.internal.AverageMarkForm;
import org.kontingent.report.forms.performance.internal.ExamResultsForm;
import org.kontingent.report.forms.performance.internal.FinalAttestationForm;
import org.kontingent.report.forms.performance.internal.ResultsForm;
import org.kontingent.report.forms.preschool.internal.AgeGroupsForm;
import org.kontingent.report.forms.preschool.internal.GroupTypesForm;
import org.kontingent.report.forms.preschool.internal.MigrationForm;
import org.kontingent.report.forms.preschool.internal.OwnershipKindsForm;
import org.kontingent.report.forms.preschool.internal.QueueAgesForm;
import org.kontingent.report.forms.preschool.internal.QueueForm;
import org.kontingent.report.forms.preschool.internal.StayModesForm;
import org.kontingent.report.forms.vocational.internal.GraduateEmploymentForm;
import org.kontingent.report.forms.vocational.internal.LearnersBySpecialtyForm;
import org.kontingent.report.forms.statistics.internal.LearnersByOrganizationTypeForm;
import org.kontingent.report.forms.statistics.internal.OrganizationsByTypeForm;
import org.kontingent.report.forms.statistics.internal.ProviderLoadForm;
import org.kontingent.report.testkit.ReportDatabase;
import org.osgi.framework.Version;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Times every report form through the engine on a generated region (kept by
 * {@code benchmarks/run-registry.sh <learners> <folder>}), with the general, preschool,
 * vocational, additional, health and portfolio extensions' parts of it (generated here once), for the whole region and for single
 * organizations (fifty of the form's level in turn: kindergartens for the preschool forms, colleges for the vocational ones,
 * organizations of additional education for theirs, general schools for the rest), then exports a million-row result to Excel and a 10,000-row one to PDF.
 * Prints a Markdown report. Run by {@code benchmarks/run-reports.sh}.
 */
public final class ReportBenchmark {
    private static final int RUNS = 10;
    private static final int WARM_UP = 2;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** The year the performance forms are run for: the last that has ended, with its year's marks and exams. */
    private static final String ENDED_YEAR = "2025-2026";
    private static final Locale RU = Locale.forLanguageTag("ru");

    private ReportBenchmark() {
    }

    /** @param args the folder of a kept region database, or the JDBC URL of one */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("Give the folder of a region database kept by run-registry.sh, or its JDBC URL");
        }
        if (args[0].startsWith("jdbc:")) {
            org.postgresql.ds.PGSimpleDataSource database = new org.postgresql.ds.PGSimpleDataSource();
            database.setUrl(args[0]);
            run(database);
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false).setServerConfig("shared_buffers", "2GB").setServerConfig("work_mem", "64MB")
                .start()) {
            run(postgres.getPostgresDatabase());
        }
    }

    private static void run(DataSource database) throws Exception {
        addGatewaySchema(database);
        addExtension(database, new GeneralDemoData(), "general.mark");
        addExtension(database, new PreschoolDemoData(), "preschool.enrollment");
        addExtension(database, new VocationalDemoData(), "vocational.programme");
        addExtension(database, new AdditionalDemoData(), "additional.programme");
        addExtension(database, new HealthDemoData(), "health.conclusion");
        addExtension(database, new PortfolioDemoData(), "portfolio.event");
        Path results = Files.createTempDirectory("kontingent-report-benchmark");
        ReportEngine engine = new ReportEngine(database, RegistryDatabase.schema(), EngineFixture.config(results, 30, 1024));
        HeapWatch heap = new HeapWatch();
        try {
            List<ReportForm> forms = List.of(new OrganizationsByTypeForm(), new LearnersByOrganizationTypeForm(),
                    new ProviderLoadForm(), new AttendingForm(), new ClassFillingForm(), new OrganizationRegistryForm(),
                    new OrganizationStructureForm(), new ArrivalsByGradeForm(), new LeavingReasonsForm(),
                    new BetweenOrganizationsForm(), new GraduatesForm(), new PeriodStartEndForm(), new ResultsForm(),
                    new AverageMarkForm(), new AverageMarkDynamicsForm(), new ExamResultsForm(), new FinalAttestationForm(),
                    new OwnershipKindsForm(), new MigrationForm(), new AgeGroupsForm(), new StayModesForm(),
                    new GroupTypesForm(), new QueueForm(), new QueueAgesForm(), new LearnersBySpecialtyForm(),
                    new GraduateEmploymentForm(), new org.kontingent.report.forms.additional.internal.ContingentForm(),
                    new org.kontingent.report.forms.additional.internal.ResultsForm(),
                    new org.kontingent.report.forms.health.internal.HealthGroupsForm(),
                    new org.kontingent.report.forms.achievements.internal.EventsForm(),
                    new org.kontingent.report.forms.achievements.internal.AchievementsForm());
            // -Dkontingent.benchmark.forms=id,id times those forms only, and no exports
            String only = System.getProperty("kontingent.benchmark.forms");
            if (only != null) {
                List<String> ids = List.of(only.split(","));
                forms = forms.stream().filter(f -> ids.contains(f.definition(RU).id())).toList();
            }
            long service = 1;
            for (ReportForm form : forms) {
                engine.catalogue().add(service++, 0, "benchmark", Version.emptyVersion, form);
            }
            System.out.printf(Locale.ROOT, "Region: %,d learner memberships, %,d organizations; database %s.%n%n",
                    count(database, "SELECT count(*) FROM registry.membership WHERE role = 'learner'"),
                    count(database, "SELECT count(*) FROM registry.organization"), size(database));
            Map<String, List<Long>> organizations = new HashMap<>();
            System.out.println("| form | region p50 | region p95 | region max | one organization p50 | p95 | max | cached |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (ReportForm form : forms) {
                String id = form.definition(RU).id();
                Timings region = time(database, engine, id, i -> Scope.region(), i -> arguments(form, i));
                List<Long> ofLevel = organizations.computeIfAbsent(level(id), l -> organizations(database, l));
                Timings single = time(database, engine, id, i -> Scope.organization(ofLevel.get(i % ofLevel.size())),
                        i -> arguments(form, i));
                // the single organizations' runs moved the data version on: run once to cache, then time the cached run
                once(engine, id, Scope.region(), arguments(form, WARM_UP));
                double cached = once(engine, id, Scope.region(), arguments(form, WARM_UP));
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", id, ms(region.p50()),
                        ms(region.p95()), ms(region.max()), ms(single.p50()), ms(single.p95()), ms(single.max()), ms(cached));
            }
            System.out.println();
            if (only == null) {
                exports(engine, heap);
            }
        } finally {
            heap.stop();
            engine.deactivate();
        }
    }

    /** Arguments that differ run by run where they can (the day of a count, the end of a period). */
    private static Map<String, Object> arguments(ReportForm form, int run) {
        Map<String, Object> arguments = new HashMap<>();
        String id = form.definition(RU).id();
        boolean performance = id.startsWith("performance.") || id.equals("vocational.graduate-employment")
                || id.equals("additional.results") || id.startsWith("portfolio.");
        for (Parameter parameter : form.definition(RU).parameters()) {
            if (parameter.name().equals(Parameter.DATE)) {
                arguments.put(Parameter.DATE, TODAY.minusDays(run).toString());
            } else if (parameter.name().equals(Parameter.TO)) {
                arguments.put(Parameter.TO, TODAY.minusDays(run).toString());
            } else if (parameter.name().equals(Parameter.FROM)) {
                arguments.put(Parameter.FROM, "2026-09-01");
            } else if (parameter.name().equals(Parameter.ACADEMIC_YEAR)) {
                arguments.put(Parameter.ACADEMIC_YEAR, performance ? ENDED_YEAR : "2026-2027");
            } else if (parameter.name().equals("lastYear")) {
                arguments.put("lastYear", ENDED_YEAR);
            }
        }
        return arguments;
    }

    private record Timings(double p50, double p95, double max) {
    }

    private static Timings time(DataSource database, ReportEngine engine, String id, IntFunction<Scope> scope,
            IntFunction<Map<String, Object>> arguments) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            dataChanged(database);
            double took = once(engine, id, scope.apply(i), arguments.apply(i));
            if (i >= WARM_UP) {
                millis.add(took);
            }
        }
        Collections.sort(millis);
        return new Timings(millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
    }

    /** Moves the data version on (an update of no rows fires the statement triggers): no timed run is a cached one. */
    private static void dataChanged(DataSource database) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE registry.academic_year SET ends_on = ends_on WHERE false");
        }
    }

    private static double once(ReportEngine engine, String id, Scope scope, Map<String, Object> arguments) throws Exception {
        long started = System.nanoTime();
        ReportRun run = engine.start(EngineFixture.caller(1, scope), id, arguments, RU);
        while (!run.status().finished()) {
            Thread.sleep(1);
        }
        if (run.status() != ReportRun.Status.DONE) {
            throw new IllegalStateException(id + " in " + scope + ": " + run.error());
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /** A million rows of ten columns to Excel, ten thousand to PDF, through the engine's spool. */
    private static void exports(ReportEngine engine, HeapWatch heap) throws Exception {
        engine.catalogue().add(1000, 0, "benchmark", Version.emptyVersion, new ManyRows("benchmark.million", 1_000_000));
        engine.catalogue().add(1001, 0, "benchmark", Version.emptyVersion, new ManyRows("benchmark.ten-thousand", 10_000));
        long started = System.nanoTime();
        ReportRun million = engine.start(EngineFixture.caller(1, Scope.region()), "benchmark.million", Map.of(), RU);
        while (!million.status().finished()) {
            Thread.sleep(5);
        }
        double spooled = (System.nanoTime() - started) / 1e9;
        heap.reset();
        started = System.nanoTime();
        CountingStream excel = new CountingStream();
        ExcelExport.write(million.result(), excel);
        double excelSeconds = (System.nanoTime() - started) / 1e9;
        long excelHeap = heap.peak();

        ReportRun tenThousand = engine.start(EngineFixture.caller(1, Scope.region()), "benchmark.ten-thousand", Map.of(), RU);
        while (!tenThousand.status().finished()) {
            Thread.sleep(5);
        }
        heap.reset();
        started = System.nanoTime();
        CountingStream pdf = new CountingStream();
        PdfExport.write(tenThousand.result(), pdf);
        double pdfSeconds = (System.nanoTime() - started) / 1e9;
        System.out.println("| export | rows | time | rate | file | peak heap used |");
        System.out.println("|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| form to result (spool) | %,d | %.1f s | %,.0f rows/s | | |%n", million.result().rowCount(),
                spooled, million.result().rowCount() / spooled);
        System.out.printf(Locale.ROOT, "| Excel | %,d | %.1f s | %,.0f rows/s | %,d MB | %,d MiB (max heap %,d MiB) |%n",
                million.result().rowCount(), excelSeconds, million.result().rowCount() / excelSeconds, excel.count >> 20,
                excelHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "| PDF | %,d | %.1f s | %,.0f rows/s | %,d MB | %,d MiB |%n", tenThousand.result().rowCount(),
                pdfSeconds, tenThousand.result().rowCount() / pdfSeconds, pdf.count >> 20, heap.peak() >> 20);
    }

    /** A form writing many rows of ten columns. */
    private record ManyRows(String id, int rows) implements ReportForm {
        @Override
        public ReportDefinition definition(Locale locale) {
            return new ReportDefinition(id, "Синтетический отчёт", new Category(Category.STATISTICS, "Статистика"), null,
                    List.of(), List.of(Column.text("municipality", "Муниципалитет"), Column.text("organization", "Организация"),
                            Column.text("surname", "Фамилия"), Column.text("name", "Имя"), Column.date("born", "Дата рождения"),
                            Column.integer("grade", "Класс"), Column.count("learners", "Обучающихся"),
                            Column.count("boys", "Мальчиков"), Column.decimal("mark", "Средний балл"),
                            Column.percent("share", "Доля")), List.of("municipality"), null);
        }

        @Override
        public void run(ReportContext context) {
            for (int i = 0; i < rows; i++) {
                context.row("Муниципальный район № " + (i / 50_000), "МБОУ «Средняя общеобразовательная школа № " + (i / 500) + "»",
                        "Иванова", "Анастасия", TODAY.minusDays(3650 + i % 2000), (long) (1 + i % 11), (long) (20 + i % 9),
                        (long) (i % 13), 3.0 + (i % 200) / 100.0, (i % 100) / 100.0);
            }
        }
    }

    /** Samples the used heap every 20 ms and keeps the peak. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapWatch() {
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void reset() {
            System.gc();
            peak.set(0);
        }

        long peak() {
            return peak.get();
        }

        void stop() {
            running = false;
            thread.interrupt();
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }

    /** A region kept by the registry benchmark has the registry's schema only: the gateway's is added once. */
    /**
     * An extension's tables and views (when the table given is not there), and its part of the demo
     * region, once per database: the extension's forms read them.
     */
    private static void addExtension(DataSource database, DemoData extension, String table) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT to_regclass('demo.region') IS NOT NULL,"
                    + " to_regclass('" + table + "') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new IllegalStateException("The region was generated before its demo records (schema demo):"
                            + " generate it again with benchmarks/run-registry.sh");
                }
                if (!rs.getBoolean(2)) {
                    RegistryDatabase.migrateBundle(c, extension.getClass());
                }
            }
            long started = System.nanoTime();
            DemoRegionDatabase.generate(c, extension).ifPresent(rows -> System.out.printf(Locale.ROOT,
                    "The %s extension's part of the region: %,d rows in %.0f s.%n%n", extension.id(), rows,
                    (System.nanoTime() - started) / 1e9));
        }
    }

    private static void addGatewaySchema(DataSource database) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT to_regclass('gateway.package') IS NOT NULL")) {
            rs.next();
            if (rs.getBoolean(1)) {
                return;
            }
        }
        try (Connection c = database.getConnection()) {
            ReportDatabase.migrateGateway(c);
        }
    }

    /** The education level of the organizations a form is timed for one at a time: its own for a level's form, else general. */
    private static String level(String formId) {
        String prefix = formId.substring(0, formId.indexOf('.'));
        return List.of("preschool", "vocational", "additional").contains(prefix) ? prefix : "general";
    }

    /** Fifty organizations of the level given, the same in every run. */
    private static List<Long> organizations(DataSource database, String level) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM registry.organization WHERE education_level = '" + level + "'"
                        + " ORDER BY hashint8(id) LIMIT 50")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static long count(DataSource database, String sql) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String size(DataSource database) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%,.0f ms", millis);
    }
}
