package org.kontingent.itests;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition inside the container, polling every 100 ms up to a limit. (Awaitility
 * needs hamcrest, which is no OSGi bundle and cannot be wrapped before the container starts.)
 */
final class Eventually {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private Eventually() {
    }

    /** @throws AssertionError naming what was awaited when the limit passes first */
    static void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + limit.toSeconds() + " s for " + what);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
