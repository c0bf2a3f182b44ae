package org.kontingent.itests;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tests' JSON mapper. Inside the container the probe reaches Jackson by a dynamic import,
 * and Karaf installs Jackson with the boot features, which may still be under way when a test
 * class is first loaded. A class the JVM once failed to find stays missing for that class, so
 * the mapper is made only after the probe's bundle can load Jackson.
 */
final class Json {
    private static final String MAPPER_CLASS = "com.fasterxml.jackson.databind.ObjectMapper";
    private static final long PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(3);

    private Json() {
    }

    static ObjectMapper mapper() {
        awaitJackson();
        return new ObjectMapper();
    }

    private static void awaitJackson() {
        Bundle probe = FrameworkUtil.getBundle(Json.class);
        if (probe == null) {
            return; // outside a framework: Jackson is on the class path
        }
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (true) {
            try {
                probe.loadClass(MAPPER_CLASS);
                return;
            } catch (ClassNotFoundException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Jackson was not installed within three minutes", e);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            }
        }
    }
}
