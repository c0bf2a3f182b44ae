package org.kontingent.report.forms.statistics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.testkit.ReportDatabase;
import org.kontingent.report.testkit.ReportFormContract;

/** A statistics form's test: the contract and the form's cases on the test {@link Region}, today its day D. */
abstract class StatisticsFormTest extends ReportFormContract {
    /** The arguments of a run per municipality. */
    static final Map<String, Object> MUNICIPALITIES = Map.of(Parameter.LEVEL, Level.MUNICIPALITY);

    @Override
    protected final void fixture(ReportDatabase database) {
        Region.load(database);
    }

    @Override
    protected final LocalDate today() {
        return Region.D;
    }

    /** The rows of a run in Russian. */
    final List<List<Object>> rows(Scope scope, Map<String, ?> arguments) {
        return run(scope, arguments).rows();
    }
}
