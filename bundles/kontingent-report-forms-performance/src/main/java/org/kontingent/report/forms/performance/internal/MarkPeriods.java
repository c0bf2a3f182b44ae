package org.kontingent.report.forms.performance.internal;

import java.util.List;

import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;
import org.kontingent.report.support.Texts;

/**
 * The periods marks are given for, as the general extension names them ({@code report.mark.period}),
 * and the choice of one: terms, halves, the year and the final mark. Current marks are not a
 * period: the forms count the marks of a period.
 */
final class MarkPeriods {
    /** The name of the period parameter. */
    static final String PARAMETER = "period";
    static final List<String> CODES = List.of("term-1", "term-2", "term-3", "term-4", "half-1", "half-2", "year", "final");

    private MarkPeriods() {
    }

    /** The choice of a period, the year's marks by default, titled by the texts {@code parameter.period} and {@code period.<code>}. */
    static Parameter parameter(Texts texts) {
        return new Parameter(PARAMETER, ParameterType.CHOICE, texts.get("parameter.period"), true, "year", null,
                CODES.stream().map(code -> new Parameter.Option(code, texts.get("period." + code))).toList());
    }
}
