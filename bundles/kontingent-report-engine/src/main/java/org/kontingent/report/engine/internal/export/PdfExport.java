package org.kontingent.report.engine.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.kontingent.report.api.ReportDefinition;
import org.kontingent.report.engine.internal.ReportResult;

/**
 * Writes a result as a PDF with PDFBox: A4, landscape for a wide table (see {@link PdfLayout}),
 * Liberation Sans embedded as a subset so Cyrillic prints. The first page carries the form's
 * title, the arguments, the scope and the time the result was made; the table follows with its
 * header row on every page (see {@link PdfTable}); the form's chart, if it has one, gets a page
 * of its own after the table (see {@link PdfChart}); every page ends with "Страница N из M",
 * written once the page count is known. Pages are buffered in memory up to
 * {@value #MEMORY_BYTES} bytes of content, beyond that in a temporary file.
 */
public final class PdfExport {
    private static final int SAMPLE_ROWS = 100;
    private static final long MEMORY_BYTES = 32L << 20;
    private static final float FOOTER_SIZE = 8f;

    private PdfExport() {
    }

    /** Writes the result to the stream, which is left open. */
    public static void write(ReportResult result, OutputStream out) throws IOException {
        ReportDefinition definition = result.definition();
        ExportMessages messages = new ExportMessages(result.locale());
        DisplayFormat format = new DisplayFormat(result.locale(), messages);
        try (LiberationFonts fonts = new LiberationFonts();
                PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(MEMORY_BYTES).streamCache)) {
            document.getDocumentInformation().setTitle(definition.title());
            PdfText text = new PdfText(fonts.load(document, false), fonts.load(document, true));
            PdfLayout layout = PdfLayout.plan(definition.columns(), result.rows(0, SAMPLE_ROWS), text, format, messages);
            PdfTable table = new PdfTable(document, text, layout, definition.columns(), format, messages);
            table.begin(definition.title(), titleBlock(result, messages));
            if (definition.chart() == null) {
                result.read(table::add);
                table.finish();
            } else {
                ChartData chart = new ChartData(definition, format);
                result.read(row -> {
                    table.add(row);
                    chart.add(row);
                });
                table.finish();
                PdfChart.addPage(document, text, format, messages, definition, chart);
            }
            writePageNumbers(document, text, messages);
            document.save(out);
        }
    }

    /** The lines under the title: the arguments, the scope, the time the result was made. */
    private static List<String> titleBlock(ReportResult result, ExportMessages messages) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> argument : result.shownArguments().entrySet()) {
            lines.add(messages.text("argument", argument.getKey(), argument.getValue()));
        }
        lines.add(messages.text("scope", result.scopeName()));
        lines.add(messages.text("generated", messages.dateTimeFormat().format(result.generatedAt())));
        return lines;
    }

    private static void writePageNumbers(PDDocument document, PdfText text, ExportMessages messages) throws IOException {
        int count = document.getNumberOfPages();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            String footer = text.clean(messages.text("page", number, count));
            float x = (page.getMediaBox().getWidth() - text.width(footer, false, FOOTER_SIZE)) / 2;
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                content.setNonStrokingColor(0.3f);
                content.beginText();
                content.setFont(text.font(false), FOOTER_SIZE);
                content.newLineAtOffset(x, PdfLayout.MARGIN);
                content.showText(footer);
                content.endText();
            }
        }
    }
}
