package org.kontingent.report.support.testing;

import org.kontingent.report.testkit.ReportDatabase;
import org.kontingent.report.testkit.ReportFormContract;

/**
 * The contract on the {@link SmallRegion} with a bundle's own data: the resource {@code region.sql}
 * beside the test class (its classes, persons, memberships and placements), loaded after the
 * region. Extend it, give the form and the day the tests take as today.
 */
public abstract class SmallRegionContract extends ReportFormContract {

    @Override
    protected final void fixture(ReportDatabase database) {
        SmallRegion.load(database);
        database.executeResource(getClass(), "region.sql");
    }
}
