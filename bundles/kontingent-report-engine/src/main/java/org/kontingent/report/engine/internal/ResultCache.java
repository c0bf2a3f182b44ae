package org.kontingent.report.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finished results kept on disk by key (the form and its version, the language, the scope, the
 * arguments, the day and the data version), the least recently used dropped first once they
 * take more than the configured size. A result a run still holds is deleted only when the last
 * run lets it go.
 */
final class ResultCache {
    private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);

    private final Path folder;
    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Path, Entry> byFile = new java.util.HashMap<>();
    private long bytes;

    private static final class Entry {
        final String key;
        final SpooledResult result;
        int holders;
        boolean dropped;

        Entry(String key, SpooledResult result) {
            this.key = key;
            this.result = result;
        }
    }

    ResultCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(folder);
            try (Stream<Path> old = Files.list(folder)) {
                old.forEach(ResultCache::delete);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The results folder " + folder + " cannot be used", e);
        }
    }

    /** A new file for a result being written. */
    Path newFile() {
        return folder.resolve(UUID.randomUUID() + ".result");
    }

    /** The result kept under a key, held for a run. */
    synchronized Optional<SpooledResult> take(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        entry.holders++;
        return Optional.of(entry.result);
    }

    /** Keeps a new result under its key, held for the run that made it. */
    synchronized void put(String key, SpooledResult result) {
        Entry entry = new Entry(key, result);
        entry.holders = 1;
        Entry replaced = entries.put(key, entry);
        if (replaced != null) {
            drop(replaced);
        }
        byFile.put(result.spool().file(), entry);
        bytes += result.spool().bytes();
        Iterator<Entry> oldest = entries.values().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            Entry candidate = oldest.next();
            if (candidate != entry) {
                oldest.remove();
                drop(candidate);
            }
        }
    }

    /** A run no longer needs its result. */
    synchronized void release(SpooledResult result) {
        Entry entry = byFile.get(result.spool().file());
        if (entry != null && --entry.holders <= 0 && entry.dropped) {
            forget(entry);
        }
    }

    /** Deletes every result (the engine stops). */
    synchronized void clear() {
        entries.clear();
        byFile.values().forEach(e -> delete(e.result.spool().file()));
        byFile.clear();
        bytes = 0;
    }

    synchronized long bytes() {
        return bytes;
    }

    private void drop(Entry entry) {
        entry.dropped = true;
        if (entry.holders <= 0) {
            forget(entry);
        }
    }

    private void forget(Entry entry) {
        byFile.remove(entry.result.spool().file());
        bytes -= entry.result.spool().bytes();
        delete(entry.result.spool().file());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("The result file {} could not be deleted: {}", file, e.getMessage());
        }
    }
}
