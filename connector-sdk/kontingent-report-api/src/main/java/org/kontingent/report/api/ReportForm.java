package org.kontingent.report.api;

import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A report form: register it as an OSGi service. The catalogue shows it while its bundle is
 * started; installing, upgrading or removing the bundle changes the catalogue at once.
 */
@ConsumerType
public interface ReportForm {

    /**
     * The form's definition in a language: the titles of the form, its parameters and columns.
     * The id, the parameter names and types and the column keys and types must not depend on
     * the locale.
     */
    ReportDefinition definition(Locale locale);

    /**
     * Runs the form: reads the report views through the context and writes rows in the order
     * of the definition's columns, sorted by its grouping columns.
     *
     * @throws ReportException for a clear refusal (an argument combination the form cannot
     *         answer); any other exception is reported as a failure of the form
     */
    void run(ReportContext context) throws Exception;
}
