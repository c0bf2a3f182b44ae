package org.kontingent.report.engine.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * One run of a form for a user: queued, running, done, failed or cancelled, with its progress
 * and, when done, its result. Only the account that started it may read it.
 */
final class ReportRun {
    /** Where a run is. */
    enum Status {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    private final String id;
    private final long accountId;
    private final String formId;
    private final Map<String, String> shownArguments;
    private final Instant createdAt = Instant.now();
    private volatile Status status = Status.QUEUED;
    private volatile int progress;
    private volatile String error;
    private volatile boolean cached;
    private volatile SpooledResult result;
    private volatile Instant finishedAt;
    private volatile boolean cancelRequested;
    private volatile Runnable onCancel = () -> { };

    ReportRun(String id, long accountId, String formId, Map<String, String> shownArguments) {
        this.id = id;
        this.accountId = accountId;
        this.formId = formId;
        this.shownArguments = Collections.unmodifiableMap(new LinkedHashMap<>(shownArguments));
    }

    String id() {
        return id;
    }

    long accountId() {
        return accountId;
    }

    String formId() {
        return formId;
    }

    Map<String, String> shownArguments() {
        return shownArguments;
    }

    Instant createdAt() {
        return createdAt;
    }

    Status status() {
        return status;
    }

    int progress() {
        return progress;
    }

    String error() {
        return error;
    }

    boolean cached() {
        return cached;
    }

    SpooledResult result() {
        return result;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    void running(Runnable onCancel) {
        this.onCancel = onCancel;
        status = Status.RUNNING;
    }

    void progress(int percent) {
        progress = percent;
    }

    synchronized void done(SpooledResult result, boolean fromCache) {
        this.result = result;
        this.cached = fromCache;
        progress = 100;
        finish(Status.DONE);
    }

    synchronized void failed(String message) {
        error = message;
        finish(cancelRequested ? Status.CANCELLED : Status.FAILED);
    }

    private void finish(Status end) {
        finishedAt = Instant.now();
        status = end;
    }

    /** Asks the run to stop: a waiting run never starts, a running one has its query cancelled. */
    void cancel() {
        cancelRequested = true;
        onCancel.run();
    }

    boolean cancelled() {
        return cancelRequested;
    }

    /** @throws CancellationException when the run was cancelled */
    void checkNotCancelled() {
        if (cancelRequested) {
            throw new CancellationException();
        }
    }
}
