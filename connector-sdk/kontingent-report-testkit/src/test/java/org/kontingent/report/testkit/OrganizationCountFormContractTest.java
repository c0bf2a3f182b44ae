package org.kontingent.report.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportForm;

/** A well-behaved form passes the contract, and a subclass's own tests use its database. */
class OrganizationCountFormContractTest extends ReportFormContract {

    @Override
    protected ReportForm form() {
        return new OrganizationCountForm();
    }

    @Override
    protected void fixture(ReportDatabase database) {
        database.executeResource(OrganizationCountFormContractTest.class, "region.sql");
    }

    @Test
    void countsInTheFixture() {
        assertEquals(4L, run(Scope.region(), Map.of()).value(0, "organizations"));
        assertEquals(1L, run(Scope.authority(3), Map.of()).value(0, "organizations"));
        assertEquals(4, run(Scope.authority(1), Map.of(Parameter.LEVEL, Level.MUNICIPALITY)).size());
        assertEquals(2, run(Scope.authority(2), Map.of(Parameter.LEVEL, Level.MUNICIPALITY)).size());
    }
}
