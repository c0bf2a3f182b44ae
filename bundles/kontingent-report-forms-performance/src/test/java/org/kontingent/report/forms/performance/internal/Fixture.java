package org.kontingent.report.forms.performance.internal;

import java.time.LocalDate;

import org.kontingent.extension.general.internal.GeneralExtension;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.testkit.ReportDatabase;
import org.kontingent.report.testkit.ReportFormContract;

/**
 * A performance form's test: the contract and the form's cases on the {@link SmallRegion} with the
 * general extension's schema and views, and the marks, exams and certificates of {@code region.sql}
 * beside this class (read its comments for who has what); today the end of the academic year
 * 2025-2026, so that the current year is that one.
 */
abstract class Fixture extends ReportFormContract {
    static final String YEAR = "2025-2026";
    static final LocalDate TODAY = LocalDate.of(2026, 8, 31);

    @Override
    protected final void views(ReportDatabase database) {
        database.migrateBundle(GeneralExtension.class);
    }

    @Override
    protected final void fixture(ReportDatabase database) {
        SmallRegion.load(database);
        database.executeResource(Fixture.class, "region.sql");
    }

    @Override
    protected final LocalDate today() {
        return TODAY;
    }
}
