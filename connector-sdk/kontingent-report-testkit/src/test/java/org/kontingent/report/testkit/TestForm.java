package org.kontingent.report.testkit;

import java.util.List;
import java.util.Locale;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;

/** A form made of a definition and a body, for the testkit's own tests. */
final class TestForm implements ReportForm {

    /** What the form does when run. */
    @FunctionalInterface
    interface Body {
        void run(ReportContext context) throws Exception;
    }

    private final String id;
    private final List<Parameter> parameters;
    private final List<Column> columns;
    private final List<String> grouping;
    private final Body body;

    TestForm(String id, List<Parameter> parameters, List<Column> columns, List<String> grouping, Body body) {
        this.id = id;
        this.parameters = parameters;
        this.columns = columns;
        this.grouping = grouping;
        this.body = body;
    }

    /** A form with the parameters and columns given and no grouping. */
    static TestForm of(List<Parameter> parameters, List<Column> columns, Body body) {
        return new TestForm("testkit.test-form", parameters, columns, List.of(), body);
    }

    @Override
    public ReportDefinition definition(Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        return new ReportDefinition(id, english ? "A test form" : "Тестовая форма",
                new Category(Category.STATISTICS, english ? "Statistics" : "Статистика"),
                english ? "For the testkit's tests." : "Для тестов testkit.", parameters, columns, grouping, (Chart) null);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        body.run(context);
    }
}
