package org.kontingent.report.forms.preschool.internal;

import java.util.Locale;

import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Distribution of the children of preschool organizations by group type on a day (the orientation
 * of their group as their enrollment gives it: общеразвивающая, компенсирующая, оздоровительная,
 * комбинированная, присмотр и уход, семейная), for the region, per municipality or per organization.
 */
@Component(service = ReportForm.class)
public final class GroupTypesForm implements ReportForm {
    static final String ID = "preschool.group-types";

    @Override
    public ReportDefinition definition(Locale locale) {
        return UnitDistribution.definition(Texts.of(locale, getClass()), ID, "groupTypes", Distribution.GROUP_TYPE);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        UnitDistribution.run(context, Texts.of(context.locale(), getClass()), Distribution.GROUP_TYPE);
    }
}
