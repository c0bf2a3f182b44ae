package org.kontingent.report.support;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;

/** A form for the tests: the parameters and columns given, and a body that reads and writes rows. */
final class TestForm implements ReportForm {
    /** What the form does when run. */
    @FunctionalInterface
    interface Body {
        void run(ReportContext context) throws Exception;
    }

    private final Function<Texts, List<Parameter>> parameters;
    private final List<Column> columns;
    private final Body body;

    TestForm(Function<Texts, List<Parameter>> parameters, List<Column> columns, Body body) {
        this.parameters = parameters;
        this.columns = columns;
        this.body = body;
    }

    @Override
    public ReportDefinition definition(Locale locale) {
        Texts texts = Texts.of(locale, getClass());
        return texts.definition("support.test", Category.STATISTICS, "test", parameters.apply(texts), columns, List.of(), null);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        body.run(context);
    }
}
