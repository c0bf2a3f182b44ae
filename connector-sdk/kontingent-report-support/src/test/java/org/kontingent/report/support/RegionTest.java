package org.kontingent.report.support;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.ReportForm;
import org.kontingent.report.support.testing.SmallRegion;
import org.kontingent.report.testkit.FormRunner;
import org.kontingent.report.testkit.ReportDatabase;

/** A test class on the small region in a real PostgreSQL, started once for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegionTest {
    private ReportDatabase database;

    /** What the test class adds to the small region; nothing by default. */
    protected void more(ReportDatabase database) {
    }

    @BeforeAll
    final void startTheDatabase() {
        database = ReportDatabase.start();
        SmallRegion.load(database);
        more(database);
    }

    @AfterAll
    final void stopTheDatabase() {
        database.close();
    }

    /** Runs a form on the region as the engine would, and gives its rows. */
    protected final List<List<Object>> rows(ReportForm form, Scope scope, Map<String, ?> arguments) {
        return new FormRunner(database).run(form, scope, arguments).rows();
    }
}
