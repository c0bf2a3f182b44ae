package org.kontingent.demo.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.kontingent.platform.api.security.Scope;
import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.registry.api.query.OrganizationSearch;
import org.kontingent.registry.api.query.PageRequest;
import org.kontingent.registry.api.query.PersonSearch;
import org.kontingent.registry.api.query.PersonSearch.Who;
import org.kontingent.registry.core.internal.JdbcPersonQueries;
import org.kontingent.registry.core.internal.JdbcRegistryQueries;
import org.kontingent.registry.core.testing.RegistryDatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Generates and loads a region of N learners into a fresh embedded PostgreSQL, then times the
 * registry's queries on it. Run by {@code benchmarks/run-registry.sh}; prints a Markdown report.
 * Every loop is bounded; the database lives in a temporary folder and is removed afterwards.
 */
public final class RegistryBenchmark {
    private static final int RUNS = 300;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private RegistryBenchmark() {
    }

    /**
     * @param args the number of learners (default 300,000), and optionally a folder to keep the
     *        database in (a later run given the same folder times the queries on it again
     *        without generating a region) or the JDBC URL of a database that holds a region
     */
    public static void main(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        if (args.length > 1 && args[1].startsWith("jdbc:")) {
            org.postgresql.ds.PGSimpleDataSource database = new org.postgresql.ds.PGSimpleDataSource();
            database.setUrl(args[1]);
            report(database, learners, 0, 0);
            return;
        }
        boolean kept = args.length > 1;
        Path data = kept ? Path.of(args[1]) : Files.createTempDirectory("kontingent-registry-benchmark");
        boolean reused = Files.exists(data.resolve("PG_VERSION"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(!kept)
                .setServerConfig("shared_buffers", "2GB").setServerConfig("maintenance_work_mem", "1GB")
                .setServerConfig("max_wal_size", "8GB").start()) {
            DataSource database = postgres.getPostgresDatabase();
            if (reused) {
                report(database, learners, 0, 0);
                return;
            }
            try (Connection c = database.getConnection()) {
                RegistryDatabase.migrate(c);
                DemoRegionDatabase.migrate(c);
            }
            long started = System.nanoTime();
            long rows;
            try (Connection c = database.getConnection(); RegistryCopyLoader loader = new RegistryCopyLoader(c)) {
                new DemoRegionGenerator(new RussianNames(), RegionTerritory.altaiKrai(), 2026, learners, TODAY).generate(loader);
                loader.commit();
                rows = loader.rows();
                System.out.println("Load: " + loader.phases() + ".");
                DemoRecords.regionLoaded(c, 2026, learners, TODAY);
            }
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            report(database, learners, rows, loadSeconds);
        }
    }

    /**
     * One open connection handed out again and again, as a connection pool hands them out: the
     * figures then time the queries, not the opening of connections.
     */
    private static DataSource pooled(DataSource database) throws Exception {
        Connection connection = database.getConnection();
        Connection kept = (Connection) java.lang.reflect.Proxy.newProxyInstance(RegistryBenchmark.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(RegistryBenchmark.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> method.getName().equals("getConnection")
                        ? kept : method.invoke(database, arguments));
    }

    private static void report(DataSource unpooled, int learners, long rows, double loadSeconds) throws Exception {
        DataSource database = pooled(unpooled);
        MigratedSchema schema = RegistryDatabase.schema();
        JdbcRegistryQueries registry = new JdbcRegistryQueries(database, schema);
        JdbcPersonQueries persons = new JdbcPersonQueries(database, schema);
        List<String> snils = sample(database, "SELECT snils FROM registry.person TABLESAMPLE SYSTEM (1) LIMIT " + RUNS);
        List<String> learnerIds = sample(database, "SELECT DISTINCT person_id::text FROM registry.membership"
                + " TABLESAMPLE SYSTEM (1) LIMIT " + RUNS);
        List<String> organizations = sample(database, "SELECT id::text FROM registry.organization"
                + " WHERE education_level <> 'additional' ORDER BY random() LIMIT " + RUNS);
        List<String> districts = sample(database, "SELECT id::text FROM registry.authority WHERE level = 'municipal'");
        String[] fragments = {"школа", "гимназия", "детский сад", "колледж", "№ 1", "лицей", "центр"};
        SplittableRandom random = new SplittableRandom(1);

        if (rows > 0) {
            System.out.printf(Locale.ROOT, "Region: %,d learners, %,d rows, generated and loaded in %.0f s (%,.0f rows/s); database %s.%n%n",
                    learners, rows, loadSeconds, rows / loadSeconds, size(database));
        } else {
            System.out.printf(Locale.ROOT, "Region: %,d learners, loaded by an earlier run; database %s.%n%n", learners, size(database));
        }
        System.out.println("| query | runs | p50 | p95 | max |");
        System.out.println("|---|---|---|---|---|");
        time("person by СНИЛС", i -> persons.bySnils(snils.get(i % snils.size()), Scope.region()));
        time("person card (documents, representatives, memberships)",
                i -> persons.person(Long.parseLong(learnerIds.get(i % learnerIds.size())), TODAY, Scope.region()));
        List<String[]> names = sample(database, "SELECT surname || '|' || name FROM registry.person TABLESAMPLE SYSTEM (1)"
                + " WHERE merged_into IS NULL LIMIT " + RUNS).stream().map(n -> n.split("\\|")).toList();
        PersonSearch anyone = PersonSearch.everyone().within(Who.ALL, null, null, TODAY);
        time("person search: partial surname and name (\"Смир Ан\"), first page", i -> {
            String[] n = names.get(i % names.size());
            persons.search(anyone.withNames(start(n[0], 3 + i % 4), start(n[1], 1 + i % 3), null), PageRequest.first(25), null, Scope.region());
        });
        time("person search: whole surname and name", i -> {
            String[] n = names.get(i % names.size());
            persons.search(anyone.withNames(n[0], n[1], null), PageRequest.first(25), null, Scope.region());
        });
        time("person search: a fragment from inside the surname", i -> {
            String[] n = names.get(i % names.size());
            persons.search(anyone.withNames(n[0].substring(1, Math.min(n[0].length(), 5)), null, null), PageRequest.first(25), null, Scope.region());
        });
        time("person search: surname with one typo, and name", i -> {
            String[] n = names.get(i % names.size());
            persons.search(anyone.withNames(typo(n[0]), n[1], null), PageRequest.first(25), null, Scope.region());
        });
        time("person search: learners of a district by surname start", i -> {
            String[] n = names.get(i % names.size());
            persons.search(anyone.within(Who.LEARNERS, Long.parseLong(districts.get(i % districts.size())), null, TODAY)
                    .withNames(start(n[0], 3), null, null), PageRequest.first(25), null, Scope.region());
        });
        scopeOverhead(database, persons);
        time("learners of an organization on a past day, first page",
                i -> persons.learnersOf(Long.parseLong(organizations.get(i % organizations.size())),
                        TODAY.minusDays(30 + random.nextInt(300)), PageRequest.first(25), Scope.region()));
        time("organization search by name fragment",
                i -> registry.organizations(new OrganizationSearch(fragments[i % fragments.length], null, null, null, null,
                        null, null), PageRequest.first(25), Scope.region()));
        time("organization card (classes with learners today)",
                i -> registry.organization(Long.parseLong(organizations.get(i % organizations.size())), "2026-2027", TODAY, Scope.region()));
        time("district authority card (counts on a day)",
                i -> registry.authority(Long.parseLong(districts.get(i % districts.size())), TODAY, Scope.region()));
    }

    /**
     * The cost of scope for a municipal user: the same searches (names of learners of sampled
     * districts) as the region's administrator and as each district's administrator.
     */
    private static void scopeOverhead(DataSource database, JdbcPersonQueries persons) throws Exception {
        List<String[]> inDistricts = sample(database, "SELECT p.surname || '|' || p.name || '|' || a.ancestor_id"
                + " FROM registry.membership m TABLESAMPLE SYSTEM (1) JOIN registry.person p ON p.id = m.person_id"
                + " JOIN registry.organization o ON o.id = m.organization_id"
                + " JOIN registry.authority_closure a ON a.descendant_id = o.authority_id"
                + " JOIN registry.authority d ON d.id = a.ancestor_id AND d.level = 'municipal'"
                + " WHERE m.role = 'learner' AND m.ends_on IS NULL LIMIT " + RUNS).stream().map(n -> n.split("\\|")).toList();
        PersonSearch anyone = PersonSearch.everyone().within(Who.ALL, null, null, TODAY);
        for (boolean scoped : new boolean[] {false, true}) {
            String who = scoped ? "the district's administrator" : "the region's administrator";
            time("person search as " + who + ": partial surname and name of a district's learner", i -> {
                String[] n = inDistricts.get(i % inDistricts.size());
                persons.search(anyone.withNames(start(n[0], 3 + i % 4), start(n[1], 1 + i % 3), null), PageRequest.first(25),
                        null, scoped ? Scope.authority(Long.parseLong(n[2])) : Scope.region());
            });
            time("person search as " + who + ": whole surname and name of a district's learner", i -> {
                String[] n = inDistricts.get(i % inDistricts.size());
                persons.search(anyone.withNames(n[0], n[1], null), PageRequest.first(25), null,
                        scoped ? Scope.authority(Long.parseLong(n[2])) : Scope.region());
            });
        }
    }

    private static String start(String text, int length) {
        return text.substring(0, Math.min(text.length(), length));
    }

    /** The word with its middle letter replaced: one typo. */
    private static String typo(String word) {
        int middle = word.length() / 2;
        char replacement = word.charAt(middle) == 'о' ? 'а' : 'о';
        return word.substring(0, middle) + replacement + word.substring(middle + 1);
    }

    private static void time(String what, IntConsumer query) {
        for (int i = 0; i < 20; i++) {
            query.accept(i);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            query.accept(i);
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms |%n", what, RUNS,
                millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.get(RUNS - 1));
    }

    private static List<String> sample(DataSource database, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String size(DataSource database) throws Exception {
        return sample(database, "SELECT pg_size_pretty(pg_database_size(current_database()))").get(0);
    }
}
