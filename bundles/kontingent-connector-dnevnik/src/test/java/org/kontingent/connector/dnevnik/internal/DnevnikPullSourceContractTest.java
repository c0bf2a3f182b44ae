package org.kontingent.connector.dnevnik.internal;

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

/** The Dnevnik source keeps the testkit's contract against an API of two schools and three classes. */
class DnevnikPullSourceContractTest extends PullSourceContract {
    private DnevnikFixtures fixtures;

    @BeforeEach
    void serve() throws IOException {
        fixtures = new DnevnikFixtures();
    }

    @AfterEach
    void stop() {
        fixtures.close();
    }

    @Override
    protected PullSource source() {
        return new DnevnikPullSource(HttpClient.newHttpClient(), DnevnikFixtures.CLOCK);
    }

    @Override
    protected PackageFormat format() {
        return new DnevnikPackageFormat();
    }

    @Override
    protected PullContext context() {
        return fixtures.context();
    }

    /** Three classes, seven learners with seven memberships, four marks. */
    @Override
    protected int expectedRecords() {
        return 3 + 7 + 7 + 4;
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
