package org.kontingent.report.forms.preschool.internal;

import java.util.Locale;

import org.kontingent.report.api.ReportContext;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.Texts;
import org.osgi.service.component.annotations.Component;

/**
 * Distribution of the children of preschool organizations by age group on a day (the age group of
 * their enrollment: младенческого возраста, раннего возраста, младшая, средняя, старшая,
 * подготовительная, разновозрастная), for the region, per municipality or per organization.
 */
@Component(service = ReportForm.class)
public final class AgeGroupsForm implements ReportForm {
    static final String ID = "preschool.age-groups";

    @Override
    public ReportDefinition definition(Locale locale) {
        return UnitDistribution.definition(Texts.of(locale, getClass()), ID, "ageGroups", Distribution.AGE_GROUP);
    }

    @Override
    public void run(ReportContext context) throws Exception {
        UnitDistribution.run(context, Texts.of(context.locale(), getClass()), Distribution.AGE_GROUP);
    }
}
