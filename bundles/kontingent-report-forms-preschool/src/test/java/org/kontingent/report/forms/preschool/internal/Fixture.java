package org.kontingent.report.forms.preschool.internal;

import java.time.LocalDate;

import org.kontingent.extension.preschool.internal.PreschoolExtension;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.support.testing.SmallRegionContract;
import org.kontingent.report.testkit.ReportDatabase;

/**
 * A preschool form's test: the contract and the form's cases on the {@link SmallRegion} with the
 * preschool extension's schema and views, and the kindergartens, groups, children, enrollments and
 * applications of {@code region.sql} beside this class (read its comments for who is where); today
 * the day {@link #D} most tests count on.
 */
abstract class Fixture extends SmallRegionContract {
    /** The day counted in most tests. */
    static final LocalDate D = LocalDate.of(2026, 3, 1);
    static final String SOLNYSHKO = SmallRegion.KINDERGARTEN;
    static final String BERYOZKA = "Детский сад «Берёзка»";
    static final String RADUGA = "ЦРР «Радуга»";

    @Override
    protected final void views(ReportDatabase database) {
        database.migrateBundle(PreschoolExtension.class);
    }

    @Override
    protected final LocalDate today() {
        return D;
    }
}
