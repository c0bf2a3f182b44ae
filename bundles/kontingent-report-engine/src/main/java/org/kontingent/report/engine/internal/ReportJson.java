package org.kontingent.report.engine.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;

/** The JSON shapes of the report API. */
final class ReportJson {
    private ReportJson() {
    }

    /** The catalogue: categories with their forms, and the forms that cannot give their definition. */
    record Catalogue(List<CategoryForms> categories, List<Broken> broken) {
    }

    record CategoryForms(String id, String title, List<FormSummary> forms) {
    }

    record FormSummary(String id, String title, String description, String bundle, String version) {
    }

    record Broken(String bundle, String version, String error) {
    }

    /** A form's definition with its parameters titled. */
    record Definition(String id, String title, String category, String categoryTitle, String description,
            List<ParameterJson> parameters, List<Column> columns, List<String> grouping, Chart chart, String bundle,
            String version) {
    }

    record ParameterJson(String name, String type, String title, boolean required, String defaultValue,
            String dictionary, List<Parameter.Option> options) {
    }

    /** Where a run is. */
    record Run(String id, String report, String status, int progress, boolean cached, Map<String, String> arguments,
            String scope, Long rowCount, String error, Instant createdAt, Instant finishedAt) {
    }

    /** A page of a result's rows. */
    record Rows(long offset, int limit, long total, List<Column> columns, List<RowJson> rows) {
    }

    record RowJson(String kind, List<Object> values) {
    }
}
