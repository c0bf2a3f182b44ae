package org.kontingent.connector.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.pull.Fetched;
import org.kontingent.connector.api.pull.LearnerQuery;
import org.kontingent.connector.api.pull.PullContext;
import org.kontingent.connector.api.pull.PullSource;

/**
 * The contract every {@link PullSource} keeps, run against the connector's fixtures: what it
 * fetches is read by the connector's own format without errors, the watermark moves on until
 * nothing more is waiting, one learner is found or not, and a source that cannot be reached is
 * reported as unavailable rather than failing otherwise. The subclass serves its fixtures (for
 * example with {@link FixtureServer}) and points the context at them.
 */
public abstract class PullSourceContract {

    /** The source under test. */
    protected abstract PullSource source();

    /** The connector's format for what the source fetches. */
    protected abstract PackageFormat format();

    /** A context whose settings point at the fixtures. */
    protected abstract PullContext context();

    /** How many records all the fixtures' changes read to, from the first call to the last. */
    protected abstract int expectedRecords();

    /** A learner the fixtures know. */
    protected abstract LearnerQuery knownLearner();

    /** A learner the fixtures do not know. */
    protected abstract LearnerQuery unknownLearner();

    /** The setting that holds the source's address, to point it at a closed port. */
    protected abstract String addressSetting();

    private ReadResult read(Fetched fetched) throws Exception {
        return format().read(new ByteArrayInputStream(fetched.body()), fetched.fileName());
    }

    @Test
    void declaresAMediaTypeItsFormatReads() {
        assertTrue(format().mediaTypes().contains(source().mediaType()), source().mediaType() + " is read by " + format().id());
    }

    @Test
    void fetchesEveryChangeOnceWithTheWatermarkMovingOn() throws Exception {
        PullSource source = source();
        String watermark = null;
        int records = 0;
        for (int call = 0; call < 1000; call++) {
            Fetched fetched = source.changesSince(watermark, context());
            assertNotNull(fetched.watermark(), "a call answers where the next goes on from");
            if (!fetched.empty()) {
                ReadResult read = read(fetched);
                assertEquals(List.of(), read.errors(), "the fixtures read without errors");
                records += read.received();
            }
            watermark = fetched.watermark();
            if (!fetched.more()) {
                assertEquals(expectedRecords(), records, "records over all calls");
                Fetched after = source.changesSince(watermark, context());
                assertFalse(after.more(), "nothing more after the last");
                assertEquals(0, after.empty() ? 0 : read(after).received(), "nothing new after the last");
                return;
            }
        }
        throw new AssertionError("the source kept answering that more was waiting");
    }

    @Test
    void findsAKnownLearnerAndNotAnUnknownOne() throws Exception {
        Optional<Fetched> known = source().learner(knownLearner(), context());
        assertTrue(known.isPresent(), "the known learner is found");
        ReadResult read = read(known.get());
        assertEquals(List.of(), read.errors());
        assertFalse(read.exchangePackage().persons().isEmpty(), "the answer holds the learner");
        assertTrue(source().learner(unknownLearner(), context()).isEmpty(), "the unknown learner is not found");
    }

    @Test
    void aSourceThatCannotBeReachedIsUnavailable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Map<String, String> settings = new HashMap<>(context().settings());
        settings.put(addressSetting(), "http://127.0.0.1:" + closed);
        PullContext unreachable = new PullContext(context().providerCode(), settings);
        assertThrows(org.kontingent.connector.api.pull.SourceUnavailableException.class,
                () -> source().changesSince(null, unreachable));
    }
}
