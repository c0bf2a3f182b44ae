package org.kontingent.connector.netschool.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.pull.LearnerQuery;
import org.kontingent.connector.api.pull.PullContext;
import org.kontingent.connector.api.pull.PullSource;
import org.kontingent.connector.testkit.PullSourceContract;

/** The NetSchool source keeps the testkit's contract against a Web API of two schools, in pages. */
class NetSchoolPullSourceContractTest extends PullSourceContract {
    private NetSchoolFixtures fixtures;

    @BeforeEach
    void serve() throws IOException {
        fixtures = new NetSchoolFixtures();
    }

    @AfterEach
    void stop() {
        fixtures.close();
    }

    @Override
    protected PullSource source() {
        return new NetSchoolPullSource(HttpClient.newHttpClient(), NetSchoolFixtures.CLOCK);
    }

    @Override
    protected PackageFormat format() {
        return new NetSchoolPackageFormat();
    }

    @Override
    protected PullContext context() {
        return fixtures.context();
    }

    /** Three classes, four students with four enrollments, five marks. */
    @Override
    protected int expectedRecords() {
        return 3 + 4 + 4 + 5;
    }

    @Override
    protected LearnerQuery knownLearner() {
        return new LearnerQuery("123-456-789 64", null, null, null, null);
    }

    @Override
    protected LearnerQuery unknownLearner() {
        return new LearnerQuery(null, "Неизвестная", "Анна", null, LocalDate.of(2015, 1, 1));
    }

    @Override
    protected String addressSetting() {
        return Settings.URL;
    }
}
