package org.kontingent.report.engine.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.kontingent.platform.api.rest.ApiException;
import org.kontingent.report.engine.internal.export.CsvExport;
import org.kontingent.report.engine.internal.export.ExcelExport;
import org.kontingent.report.engine.internal.export.PdfExport;

/** The files a result can be downloaded as. */
enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** @throws ApiException 400 for a format not offered */
    static ExportFormat of(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new ApiException(400, "report.format", "The format " + name + " is not one of xlsx, pdf, csv");
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    void write(ReportResult result, OutputStream out) throws IOException {
        switch (this) {
            case XLSX -> ExcelExport.write(result, out);
            case PDF -> PdfExport.write(result, out);
            case CSV -> CsvExport.write(result, out);
        }
    }
}
