package org.kontingent.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class PluginManagerVersionTest {

    private static List<String> newestLast(String... versions) {
        return Stream.of(versions)
                .sorted(Comparator.comparing(PluginManager::version, PluginManager.NEWEST_LAST))
                .toList();
    }

    @Test
    void featureVersionsSortOldestFirst() {
        assertEquals(List.of("0.1.0.SNAPSHOT", "0.2.0", "1.0.0-SNAPSHOT"), newestLast("1.0.0-SNAPSHOT", "0.1.0.SNAPSHOT", "0.2.0"));
    }

    @Test
    void aReleaseIsNewerThanItsSnapshotAndItsCandidates() {
        assertEquals(List.of("1.0.0-SNAPSHOT", "1.0.0-rc-1", "1.0.0"), newestLast("1.0.0", "1.0.0-SNAPSHOT", "1.0.0-rc-1"));
    }

    @Test
    void mavenAndOsgiSpellingsAreTheSameVersion() {
        assertEquals(PluginManager.version("0.1.0.SNAPSHOT"), PluginManager.version("0.1.0-SNAPSHOT"));
        assertEquals(new Version(1, 0, 0, "SNAPSHOT"), PluginManager.version("1.0-SNAPSHOT"));
        assertEquals(new Version(1, 0, 0, "rc-1"), PluginManager.version("1.0.0-rc-1"));
        assertEquals(new Version(2, 0, 0), PluginManager.version("2"));
    }

    @Test
    void differentUnparsableTextsAreDifferentVersions() {
        assertEquals(new Version(0, 0, 0, "latest"), PluginManager.version("latest"));
        assertNotEquals(PluginManager.version("latest"), PluginManager.version("stable"));
    }
}
