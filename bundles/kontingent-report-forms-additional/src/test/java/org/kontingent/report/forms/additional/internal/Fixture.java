package org.kontingent.report.forms.additional.internal;

import java.time.LocalDate;

import org.kontingent.extension.additional.internal.AdditionalExtension;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.testkit.ReportDatabase;
import org.kontingent.report.testkit.ReportFormContract;

/**
 * An additional education form's test: the contract and the form's cases on the
 * {@link SmallRegion} with the additional education extension's schema and views, and the
 * learners, programmes and documents of {@code region.sql} beside this class (read its comments
 * for who is where); today the day most tests count on, in the academic year 2025-2026.
 */
abstract class Fixture extends ReportFormContract {
    static final LocalDate D = LocalDate.of(2025, 11, 1);
    static final String CENTRE = "ЦДТ «Радуга»";
    static final String SPORTS_SCHOOL = "СШ Южного района";
    static final String GENERAL = "Дополнительная общеразвивающая программа";
    static final String PRE_PROFESSIONAL = "Дополнительная предпрофессиональная программа";
    static final String UNKNOWN_KIND = "Вид программы не указан";

    @Override
    protected final void views(ReportDatabase database) {
        database.migrateBundle(AdditionalExtension.class);
    }

    @Override
    protected final void fixture(ReportDatabase database) {
        SmallRegion.load(database);
        database.executeResource(Fixture.class, "region.sql");
    }

    @Override
    protected final LocalDate today() {
        return D;
    }
}
