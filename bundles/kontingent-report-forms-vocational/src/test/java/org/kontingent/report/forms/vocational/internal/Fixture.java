package org.kontingent.report.forms.vocational.internal;

import java.time.LocalDate;

import org.kontingent.extension.vocational.internal.VocationalExtension;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.testkit.ReportDatabase;
import org.kontingent.report.testkit.ReportFormContract;

/**
 * A vocational form's test: the contract and the form's cases on the {@link SmallRegion} with the
 * vocational extension's schema and views, and the students, graduates, programmes, transfers,
 * diplomas and employment of {@code region.sql} beside this class (read its comments for who is
 * where); today the day most tests count on, in the academic year 2025-2026.
 */
abstract class Fixture extends ReportFormContract {
    static final LocalDate D = LocalDate.of(2025, 11, 1);
    static final String TECHNICAL_SCHOOL = "Южный аграрный техникум";
    static final String PROGRAMMING = "Программирование в компьютерных системах";
    static final String COOK = "Повар, кондитер";
    static final String TRACTOR_DRIVER = "Тракторист-машинист сельскохозяйственного производства";
    static final String MECHANIZATION = "Механизация сельского хозяйства";
    static final String UNKNOWN = "Специальность (профессия) не указана";

    @Override
    protected final void views(ReportDatabase database) {
        database.migrateBundle(VocationalExtension.class);
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
