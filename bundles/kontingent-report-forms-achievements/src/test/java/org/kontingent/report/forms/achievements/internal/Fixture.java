package org.kontingent.report.forms.achievements.internal;

import java.time.LocalDate;

import org.kontingent.extension.portfolio.internal.PortfolioExtension;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.testkit.ReportDatabase;
import org.kontingent.report.testkit.ReportFormContract;

/**
 * An achievements form's test: the contract and the form's cases on the {@link SmallRegion} with
 * the portfolio extension's schema and views, and the learners, events and achievements of
 * {@code region.sql} beside this class (read its comments for who is where); today the last day
 * of June 2026, in the academic year 2025-2026.
 */
abstract class Fixture extends ReportFormContract {
    static final LocalDate D = LocalDate.of(2026, 6, 30);
    static final String REGION = "Все организации";
    static final String COLLEGE = "КГБПОУ «Северский политехнический колледж»";

    @Override
    protected final void views(ReportDatabase database) {
        database.migrateBundle(PortfolioExtension.class);
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
