package org.kontingent.report.engine.internal;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;

/** Forms for the engine's tests. */
final class TestForms {
    private TestForms() {
    }

    /** Organizations per municipality and type, with an optional authority and a period. */
    static class OrganizationsByType implements ReportForm {
        private final String label;

        OrganizationsByType(String label) {
            this.label = label;
        }

        @Override
        public ReportDefinition definition(Locale locale) {
            String title = locale.getLanguage().equals("en") ? "Organizations by type" : "Организации по видам";
            return new ReportDefinition("test.organizations", title, new Category(Category.STATISTICS, "Статистика"),
                    "Counts organizations", List.of(Parameter.from(), Parameter.to(), Parameter.authority(),
                            Parameter.organizationType()),
                    List.of(Column.text("municipality", "Муниципалитет"), Column.text("type", "Вид"),
                            Column.count("organizations", "Организаций"), Column.text("label", "Версия")),
                    List.of("municipality"), null);
        }

        @Override
        public void run(ReportContext context) throws Exception {
            Long authority = context.arguments().number(Parameter.AUTHORITY);
            String type = context.arguments().text(Parameter.ORGANIZATION_TYPE);
            context.query("SELECT municipality_name, type_code, count(*) FROM report.organization"
                    + " WHERE (?::bigint IS NULL OR municipality_id = ?::bigint) AND (?::text IS NULL OR type_code = ?::text)"
                    + " GROUP BY 1, 2 ORDER BY 1, 2", java.util.Arrays.asList(authority, authority, type, type),
                    rs -> context.row(rs.getString(1), rs.getString(2), rs.getLong(3), label));
        }
    }

    /** Fails in its run. */
    static class Failing implements ReportForm {
        @Override
        public ReportDefinition definition(Locale locale) {
            return new ReportDefinition("test.failing", "Падающий отчёт", new Category(Category.STATISTICS, "Статистика"),
                    null, List.of(), List.of(Column.count("n", "N")), List.of(), null);
        }

        @Override
        public void run(ReportContext context) {
            throw new IllegalStateException("the form's own bug");
        }
    }

    /** Reads a core table instead of the report views. */
    static class ReadingCoreTables implements ReportForm {
        @Override
        public ReportDefinition definition(Locale locale) {
            return new ReportDefinition("test.sneaky", "Чтение таблиц ядра", new Category(Category.STATISTICS, "Статистика"),
                    null, List.of(), List.of(Column.count("n", "N")), List.of(), null);
        }

        @Override
        public void run(ReportContext context) throws Exception {
            context.query("SELECT count(*) FROM registry.person", List.of(), rs -> context.row(rs.getLong(1)));
        }
    }

    /** Writes a value of the wrong type. */
    static class WrongType implements ReportForm {
        @Override
        public ReportDefinition definition(Locale locale) {
            return new ReportDefinition("test.wrong-type", "Неверный тип", new Category(Category.STATISTICS, "Статистика"),
                    null, List.of(), List.of(Column.count("n", "N")), List.of(), null);
        }

        @Override
        public void run(ReportContext context) {
            context.row("seven");
        }
    }

    /** Waits until released, then fails unless told to finish: a form whose bundle is replaced mid-run. */
    static class Blocking extends OrganizationsByType {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean failAfterRelease;

        Blocking(String label) {
            super(label);
        }

        @Override
        public void run(ReportContext context) throws Exception {
            started.countDown();
            if (!release.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
            if (failAfterRelease) {
                throw new NoClassDefFoundError("org/example/Gone (the bundle was uninstalled)");
            }
            super.run(context);
        }
    }
}
