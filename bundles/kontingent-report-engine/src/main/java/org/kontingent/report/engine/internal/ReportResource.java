package org.kontingent.report.engine.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.platform.api.rest.RestApi;
import org.kontingent.platform.api.security.Access;
import org.kontingent.platform.api.security.AccessJournal;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Caller;
import org.kontingent.platform.api.security.Permission;
import org.kontingent.report.api.Level;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;
import org.kontingent.report.api.ReportDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/reports}: the catalogue of report forms, their definitions, runs with their
 * progress, pages of their rows, and their exports (Excel, PDF, CSV). Texts come in the
 * request's language (Accept-Language; Russian by default).
 */
@Component(service = ReportResource.class)
@JaxrsResource
@JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
@Path(RestApi.BASE + "/reports")
@Produces(MediaType.APPLICATION_JSON)
@ApiDoc("Reports")
@Allowed(Permission.RUN_REPORTS)
public class ReportResource {
    private static final int MAX_PAGE = 1000;
    private static final long MAX_PDF_ROWS = 100_000;

    private final ReportEngine engine;
    private final AccessJournal journal;

    @Activate
    public ReportResource(@Reference ReportEngine engine, @Reference AccessJournal journal) {
        this.engine = engine;
        this.journal = journal;
    }

    @GET
    @ApiDoc("The report forms installed now, by category; forms that cannot give their definition are listed apart")
    public ReportJson.Catalogue catalogue(@Context HttpHeaders headers) {
        Locale locale = locale(headers);
        Map<String, List<ReportJson.FormSummary>> forms = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        List<ReportJson.Broken> broken = new ArrayList<>();
        List<FormCatalogue.Form> served = engine.catalogue().served();
        served.sort(Comparator.comparing(FormCatalogue.Form::id));
        for (FormCatalogue.Form form : served) {
            try {
                ReportDefinition definition = form.definition(locale);
                titles.putIfAbsent(definition.category().id(), definition.category().title());
                forms.computeIfAbsent(definition.category().id(), c -> new ArrayList<>()).add(new ReportJson.FormSummary(
                        definition.id(), definition.title(), definition.description(), form.bundle(), form.version().toString()));
            } catch (RuntimeException e) {
                broken.add(new ReportJson.Broken(form.bundle(), form.version().toString(), e.toString()));
            }
        }
        for (FormCatalogue.Form form : engine.catalogue().broken()) {
            broken.add(new ReportJson.Broken(form.bundle(), form.version().toString(), form.broken()));
        }
        List<ReportJson.CategoryForms> categories = new ArrayList<>();
        forms.forEach((id, list) -> categories.add(new ReportJson.CategoryForms(id, titles.get(id), list)));
        return new ReportJson.Catalogue(categories, broken);
    }

    @GET
    @Path("{id}")
    @ApiDoc(value = "A form's definition: parameters (titled, with defaults), columns, grouping, chart", responses = "404 no such form")
    public ReportJson.Definition definition(@PathParam("id") String id, @Context HttpHeaders headers) {
        Locale locale = locale(headers);
        FormCatalogue.Form form = engine.served(id);
        ReportDefinition definition = ReportEngine.definition(form, locale);
        EngineMessages messages = new EngineMessages(locale);
        List<ReportJson.ParameterJson> parameters = definition.parameters().stream().map(p -> new ReportJson.ParameterJson(
                p.name(), p.type().name(), p.title() != null ? p.title() : messages.text("parameter." + p.name()),
                p.required(), p.defaultValue(), p.dictionary(), p.type() == ParameterType.LEVEL
                        ? Arrays.stream(Level.values())
                                .map(l -> new Parameter.Option(l.value(), messages.text("level." + l.value()))).toList()
                        : p.options())).toList();
        return new ReportJson.Definition(definition.id(), definition.title(), definition.category().id(),
                definition.category().title(), definition.description(), parameters, definition.columns(),
                definition.grouping(), definition.chart(), form.bundle(), form.version().toString());
    }

    @POST
    @Path("{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(value = "Starts a run with the arguments given as a JSON object of parameter values (texts or numbers);"
            + " answers 202 with the run, which may already be done (a cached result)",
            responses = {"400 a wrong argument, named", "404 no such form"})
    public Response start(@PathParam("id") String id, Map<String, Object> arguments, @Context HttpHeaders headers,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        ReportRun run = engine.start(caller, id, arguments == null ? Map.of() : arguments, locale(headers));
        return Response.accepted(json(run)).build();
    }

    @GET
    @Path("runs/{run}")
    @ApiDoc(value = "Where a run of the caller's is: status, progress, row count, error", responses = "404 no such run of the caller's")
    public ReportJson.Run run(@PathParam("run") String runId, @Context SecurityContext security) {
        return json(ownRun(runId, security));
    }

    @DELETE
    @Path("runs/{run}")
    @ApiDoc(value = "Cancels a run of the caller's", responses = "404 no such run of the caller's")
    public ReportJson.Run cancel(@PathParam("run") String runId, @Context SecurityContext security) {
        ReportRun run = ownRun(runId, security);
        run.cancel();
        return json(run);
    }

    @GET
    @Path("runs/{run}/rows")
    @ApiDoc(value = "A page of a finished run's rows (offset, limit up to 1000, default 100), subtotals and total included",
            responses = {"404 no such run of the caller's", "409 the run is not done"})
    public ReportJson.Rows rows(@PathParam("run") String runId, @QueryParam("offset") Long offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext security) throws IOException {
        SpooledResult result = result(ownRun(runId, security));
        long from = offset == null ? 0 : offset;
        int size = limit == null ? 100 : limit;
        if (from < 0 || size < 1 || size > MAX_PAGE) {
            throw new ApiException(400, "report.page", "offset must be 0 or more and limit between 1 and " + MAX_PAGE);
        }
        List<ReportJson.RowJson> rows = result.rows(from, size).stream()
                .map(r -> new ReportJson.RowJson(r.kind().name(), Arrays.asList(r.values()))).toList();
        return new ReportJson.Rows(from, size, result.rowCount(), result.definition().columns(), rows);
    }

    @GET
    @Path("runs/{run}/export")
    @Produces(MediaType.WILDCARD)
    @ApiDoc(value = "A finished run's result as a file: format xlsx, pdf or csv", responses = {"400 an unknown format",
            "404 no such run of the caller's", "409 the run is not done"})
    public Response export(@PathParam("run") String runId, @QueryParam("format") String format,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security.getUserPrincipal());
        ReportRun run = ownRun(runId, security);
        SpooledResult result = result(run);
        ExportFormat exportFormat = ExportFormat.of(format);
        if (exportFormat == ExportFormat.PDF && result.rowCount() > MAX_PDF_ROWS) {
            throw new ApiException(400, "report.pdf-too-large", "The result has " + result.rowCount() + " rows; a PDF takes at most "
                    + MAX_PDF_ROWS + " (some 3,000 pages): download it as Excel or CSV");
        }
        journal.record(caller, new Access(Access.Action.EXPORT, "GET " + RestApi.BASE + "/reports/runs/" + runId + "/export",
                List.of(), "report " + run.formId() + ", " + exportFormat.extension() + ", " + run.shownArguments()));
        StreamingOutput body = (OutputStream out) -> exportFormat.write(result, out);
        String fileName = run.formId() + "-" + LocalDate.now() + "." + exportFormat.extension();
        return Response.ok(body, exportFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private ReportRun ownRun(String runId, SecurityContext security) {
        return engine.run(Caller.of(security.getUserPrincipal()), runId)
                .orElseThrow(() -> new ApiException(404, "report.run-not-found", "There is no run " + runId + " of yours"));
    }

    private static SpooledResult result(ReportRun run) {
        if (run.status() != ReportRun.Status.DONE) {
            throw new ApiException(409, "report.not-done", "The run " + run.id() + " is " + run.status().name().toLowerCase(Locale.ROOT)
                    + (run.error() == null ? "" : ": " + run.error()));
        }
        return run.result();
    }

    private static ReportJson.Run json(ReportRun run) {
        SpooledResult result = run.result();
        return new ReportJson.Run(run.id(), run.formId(), run.status().name().toLowerCase(Locale.ROOT), run.progress(),
                run.cached(), run.shownArguments(), result == null ? null : result.scopeName(),
                result == null ? null : result.rowCount(), run.error(), run.createdAt(), run.finishedAt());
    }

    /** The request's language among those the engine speaks; Russian when none fits. */
    static Locale locale(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            if (wanted.getLanguage().equals("ru")) {
                break;
            }
        }
        return Locale.forLanguageTag("ru");
    }
}
