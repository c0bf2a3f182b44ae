package org.kontingent.report.engine.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.kontingent.platform.api.database.MigratedSchema;
import org.kontingent.platform.api.database.Migrations;
import org.kontingent.platform.api.rest.ApiError;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Scope;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.api.ReportException;
import org.kontingent.report.api.ReportForm;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs report forms: keeps the catalogue of the forms registered now, checks a run's
 * arguments in the caller's scope, reuses a cached result or runs the form on a worker, and
 * keeps each run for its user until it expires. A form that throws fails its own run only; a
 * form whose bundle is replaced during a run is run again on the new version.
 */
@Component(service = ReportEngine.class, configurationPid = "org.kontingent.report.engine")
@Designate(ocd = ReportEngineConfiguration.class)
public class ReportEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ReportEngine.class);

    private final DataSource dataSource;
    private final ReportEngineConfiguration config;
    private final FormCatalogue catalogue = new FormCatalogue();
    private final ResultCache cache;
    private final Map<String, ReportRun> runs = new ConcurrentHashMap<>();
    private final ExecutorService workers;
    private final ScheduledExecutorService housekeeping;
    private final boolean reportRole;

    @Activate
    public ReportEngine(@Reference(target = "(dataSourceName=kontingent)") DataSource dataSource,
            @Reference(target = "(" + Migrations.OWNER_PROPERTY + "=kontingent-registry-core)") MigratedSchema schema,
            ReportEngineConfiguration config) throws SQLException {
        this.dataSource = dataSource;
        this.config = config;
        this.reportRole = ReportSession.reportRoleHeld(dataSource);
        if (!reportRole) {
            LOG.warn("The database user does not hold the role {}: forms' queries run with the user's own rights"
                    + " (see docs/operations.md, Reports)", ReportSession.ROLE);
        }
        Path folder = config.folder().isBlank() ? Path.of(System.getProperty("karaf.data", "data"), "reports")
                : Path.of(config.folder());
        this.cache = new ResultCache(folder, config.cacheMegabytes() * 1024L * 1024L);
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.workers(),
                r -> new Thread(r, "kontingent-report-" + threads.incrementAndGet()));
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kontingent-report-expiry"));
        housekeeping.scheduleWithFixedDelay(this::expire, 1, 1, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        housekeeping.shutdownNow();
        runs.values().forEach(ReportRun::cancel);
        workers.shutdownNow();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        runs.clear();
        cache.clear();
    }

    @Reference(service = ReportForm.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addForm(ServiceReference<ReportForm> reference, ReportForm form) {
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        catalogue.add((Long) reference.getProperty(Constants.SERVICE_ID), ranking instanceof Integer r ? r : 0,
                reference.getBundle().getSymbolicName(), reference.getBundle().getVersion(), form);
    }

    void removeForm(ServiceReference<ReportForm> reference) {
        catalogue.remove((Long) reference.getProperty(Constants.SERVICE_ID));
    }

    /** Whether forms' queries run under the report role. */
    boolean reportRole() {
        return reportRole;
    }

    FormCatalogue catalogue() {
        return catalogue;
    }

    long cachedBytes() {
        return cache.bytes();
    }

    /**
     * Starts a run: checks the arguments now (a wrong one is refused at once) and runs the form
     * on a worker, or takes a cached result of the same form, arguments, scope and data.
     *
     * @throws ApiException 404 for an unknown form, 400 naming a wrong argument
     */
    ReportRun start(Caller caller, String formId, Map<String, ?> arguments, Locale locale) {
        FormCatalogue.Form form = served(formId);
        ReportDefinition definition = definition(form, locale);
        EngineMessages messages = new EngineMessages(locale);
        LocalDate today = LocalDate.now();
        try (ReportSession session = ReportSession.open(dataSource, caller.scope(), reportRole, config.statementTimeoutSeconds())) {
            ArgumentChecker.Checked checked = new ArgumentChecker(session, messages, today).check(definition, arguments);
            Prepared prepared = new Prepared(form, definition, checked, scopeName(session, caller.scope(), messages), locale, today,
                    caller.scope());
            ReportRun run = new ReportRun(UUID.randomUUID().toString(), caller.accountId(), formId, checked.shown());
            runs.put(run.id(), run);
            Optional<SpooledResult> cached = cache.take(prepared.key(session.dataVersion()));
            if (cached.isPresent()) {
                run.done(cached.get().reusedFor(definition, locale, checked.shown(), prepared.scopeName()), true);
                return run;
            }
            workers.execute(() -> execute(run, prepared));
            return run;
        } catch (ReportException e) {
            Object given = e.parameter() == null ? null : arguments.get(e.parameter());
            throw new ApiException(400, new ApiError("report.argument", e.getMessage(), List.of(new ApiError.Violation(
                    formId, e.parameter(), given == null ? null : given.toString(), e.getMessage()))));
        } catch (SQLException e) {
            throw new ApiException(503, "report.database", "The report's arguments could not be checked: " + e.getMessage());
        }
    }

    /** A run of the caller's; empty for another account's or an expired run. */
    Optional<ReportRun> run(Caller caller, String runId) {
        ReportRun run = runs.get(runId);
        return run != null && run.accountId() == caller.accountId() ? Optional.of(run) : Optional.empty();
    }

    /** Everything a run needs once its arguments were checked. */
    private record Prepared(FormCatalogue.Form form, ReportDefinition definition, ArgumentChecker.Checked checked,
            String scopeName, Locale locale, LocalDate today, Scope scope) {

        String key(long dataVersion) {
            return String.join("|", form.id(), form.bundle(), form.version().toString(), locale.toLanguageTag(),
                    ReportSession.scopeSetting(scope), checked.canonical(), today.toString(), Long.toString(dataVersion));
        }

        Prepared on(FormCatalogue.Form replacement) {
            return new Prepared(replacement, replacement.definition(locale), checked, scopeName, locale, today, scope);
        }
    }

    private void execute(ReportRun run, Prepared prepared) {
        if (run.cancelled()) {
            run.failed(new EngineMessages(prepared.locale()).text("error.cancelled"));
            return;
        }
        EngineMessages messages = new EngineMessages(prepared.locale());
        Prepared attempt = prepared;
        while (true) {
            try {
                SpooledResult result = runOnce(run, attempt);
                run.done(result, false);
                return;
            } catch (CancellationException e) {
                run.failed(messages.text("error.cancelled"));
                return;
            } catch (ReportException e) {
                run.failed(e.getMessage());
                return;
            } catch (Exception | LinkageError e) {
                if (run.cancelled()) {
                    run.failed(messages.text("error.cancelled"));
                    return;
                }
                Optional<FormCatalogue.Form> replacement = replacement(attempt.form());
                if (replacement.isPresent()) {
                    LOG.info("Report {} was replaced while run {} ran; running it again on {} {}", attempt.form().id(),
                            run.id(), replacement.get().bundle(), replacement.get().version());
                    attempt = attempt.on(replacement.get());
                    continue;
                }
                if (!catalogue.isCurrent(attempt.form())) {
                    run.failed(messages.text("error.form-gone", attempt.definition().title()));
                    return;
                }
                String reason = e instanceof SQLException sql && "57014".equals(sql.getSQLState())
                        ? messages.text("error.timeout", attempt.definition().title(), String.valueOf(config.statementTimeoutSeconds()))
                        : messages.text("error.form-failed", attempt.definition().title(), String.valueOf(e.getMessage()));
                LOG.warn("Run {} of report {} failed", run.id(), attempt.form().id(), e);
                run.failed(reason);
                return;
            }
        }
    }

    /** The form's new version when the one given was replaced (or is being replaced) during a run. */
    private Optional<FormCatalogue.Form> replacement(FormCatalogue.Form form) {
        if (catalogue.isCurrent(form)) {
            return Optional.empty();
        }
        try {
            return catalogue.awaitReplacement(form, Duration.ofSeconds(config.upgradeWaitSeconds()).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private SpooledResult runOnce(ReportRun run, Prepared prepared) throws Exception {
        try (ReportSession session = ReportSession.open(dataSource, prepared.scope(), reportRole, config.statementTimeoutSeconds());
                SpoolWriter spool = new SpoolWriter(cache.newFile(), prepared.definition())) {
            run.running(session::cancel);
            String key = prepared.key(session.dataVersion());
            RunContext context = new RunContext(session, prepared.definition(), prepared.checked().arguments(),
                    prepared.locale(), prepared.today(), spool, run);
            prepared.form().form().run(context);
            run.checkNotCancelled();
            SpooledResult result = new SpooledResult(prepared.definition(), prepared.locale(), prepared.checked().shown(),
                    prepared.scopeName(), ZonedDateTime.now(), spool.finish());
            cache.put(key, result);
            return result;
        }
    }

    /**
     * The form served under an id, waited for while its bundle is being upgraded.
     *
     * @throws ApiException 404 when there is none
     */
    FormCatalogue.Form served(String formId) {
        try {
            return catalogue.awaitServed(formId, Duration.ofSeconds(config.upgradeWaitSeconds()).toMillis())
                    .orElseThrow(() -> new ApiException(404, "report.not-found", "There is no report form " + formId));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "report.interrupted", "The platform is stopping");
        }
    }

    /**
     * A form's definition in a language.
     *
     * @throws ApiException 503 when the form cannot give it
     */
    static ReportDefinition definition(FormCatalogue.Form form, Locale locale) {
        try {
            return form.definition(locale);
        } catch (RuntimeException e) {
            throw new ApiException(503, "report.broken", "The report form " + form.id() + " of " + form.bundle()
                    + " cannot give its definition: " + e.getMessage());
        }
    }

    private static String scopeName(ReportSession session, Scope scope, EngineMessages messages) throws SQLException {
        String view = switch (scope.kind()) {
            case REGION -> null;
            case AUTHORITY -> "report.authority";
            case ORGANIZATION -> "report.organization";
            case PROVIDER -> "";
        };
        if (view == null) {
            return messages.text("scope.region");
        }
        if (view.isEmpty()) {
            return messages.text("scope.none");
        }
        String[] name = {scope.toString()};
        session.query("SELECT full_name FROM " + view + " WHERE id = ?", List.of(scope.id()), rs -> name[0] = rs.getString(1));
        return name[0];
    }

    private void expire() {
        Instant limit = Instant.now().minus(Duration.ofMinutes(config.runRetentionMinutes()));
        runs.values().removeIf(run -> {
            boolean expired = run.status().finished() && run.finishedAt().isBefore(limit);
            if (expired && run.result() != null) {
                cache.release(run.result());
            }
            return expired;
        });
    }
}
