package org.kontingent.report.engine.internal.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.kontingent.report.api.Column;
import org.kontingent.report.engine.internal.ResultRow;

/**
 * Lays a result's table out on PDF pages as its rows come: the title block on the first page,
 * the header row on top of every page, a row never split over two pages. A cell's text wraps
 * at spaces (inside a word longer than the cell); beyond {@value #MAX_CELL_LINES} lines it is
 * cut with an ellipsis. Numbers are right-aligned; subtotal and total rows are bold and shaded,
 * the total under a heavier rule. The bottom {@value #FOOTER_ROOM} points above the margin are
 * left free for the page number.
 */
final class PdfTable {
    static final float FOOTER_ROOM = 16f;
    private static final int MAX_CELL_LINES = 6;
    private static final int MAX_HEADER_LINES = 5;
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_INFO_LINES = 2;
    private static final float TITLE_SIZE = 14f;
    private static final float INFO_SIZE = 9f;
    private static final float HEADER_SHADE = 0.85f;
    private static final float SUBTOTAL_SHADE = 0.93f;
    private static final float TOTAL_SHADE = 0.88f;
    private static final float GRID_GREY = 0.55f;

    private final PDDocument document;
    private final PdfText text;
    private final PdfLayout layout;
    private final List<Column> columns;
    private final DisplayFormat format;
    private final ExportMessages messages;
    private final float[] widths;
    private final float size;
    private final float leading;
    private final float tableWidth;
    private final List<List<String>> header = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PdfTable(PDDocument document, PdfText text, PdfLayout layout, List<Column> columns, DisplayFormat format,
            ExportMessages messages) throws IOException {
        this.document = document;
        this.text = text;
        this.layout = layout;
        this.columns = columns;
        this.format = format;
        this.messages = messages;
        this.widths = layout.widths();
        this.size = layout.fontSize();
        this.leading = size * 1.2f;
        this.tableWidth = layout.tableWidth();
        for (int i = 0; i < columns.size(); i++) {
            header.add(text.wrap(columns.get(i).title(), true, size, widths[i] - 2 * PdfLayout.PADDING, MAX_HEADER_LINES));
        }
    }

    /** Starts the first page: the title, the lines under it, and the header row. */
    void begin(String title, List<String> info) throws IOException {
        newPage(false);
        float width = PdfLayout.usable(layout.page());
        for (String line : text.wrap(title, true, TITLE_SIZE, width, MAX_TITLE_LINES)) {
            y -= TITLE_SIZE * 1.2f;
            show(line, true, TITLE_SIZE, PdfLayout.MARGIN, y);
        }
        y -= 4;
        for (String item : info) {
            for (String line : text.wrap(item, false, INFO_SIZE, width, MAX_INFO_LINES)) {
                y -= INFO_SIZE * 1.3f;
                show(line, false, INFO_SIZE, PdfLayout.MARGIN, y);
            }
        }
        y -= 10;
        drawHeader();
    }

    /** Adds a row, on a new page when it does not fit this one. */
    void add(ResultRow row) throws IOException {
        boolean bold = row.kind() != ResultRow.Kind.DATA;
        int label = RowLabels.column(columns, row);
        Object[] values = row.values();
        List<List<String>> cells = new ArrayList<>(columns.size());
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Object value = i < values.length ? values[i] : null;
            String shown = i == label ? messages.rowLabel(row.kind()) : format.format(value, columns.get(i).type());
            List<String> cell = shown.isEmpty() ? List.of()
                    : text.wrap(shown, bold, size, widths[i] - 2 * PdfLayout.PADDING, MAX_CELL_LINES);
            cells.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * leading + 2 * PdfLayout.PADDING;
        if (y - height < PdfLayout.MARGIN + FOOTER_ROOM) {
            newPage(true);
        }
        float shade = switch (row.kind()) {
            case DATA -> 1f;
            case SUBTOTAL -> SUBTOTAL_SHADE;
            case TOTAL -> TOTAL_SHADE;
        };
        drawRow(cells, height, bold, shade, false);
        if (row.kind() == ResultRow.Kind.TOTAL) {
            content.setStrokingColor(0f);
            content.setLineWidth(1.2f);
            content.moveTo(PdfLayout.MARGIN, y + height);
            content.lineTo(PdfLayout.MARGIN + tableWidth, y + height);
            content.stroke();
        }
    }

    /** Ends the last page. */
    void finish() throws IOException {
        content.close();
    }

    private void newPage(boolean withHeader) throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(layout.page());
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = layout.page().getHeight() - PdfLayout.MARGIN;
        if (withHeader) {
            drawHeader();
        }
    }

    private void drawHeader() throws IOException {
        int lines = 1;
        for (List<String> cell : header) {
            lines = Math.max(lines, cell.size());
        }
        drawRow(header, lines * leading + 2 * PdfLayout.PADDING, true, HEADER_SHADE, true);
    }

    private void drawRow(List<List<String>> cells, float height, boolean bold, float shade, boolean centred)
            throws IOException {
        float bottom = y - height;
        if (shade < 1f) {
            content.setNonStrokingColor(shade);
            content.addRect(PdfLayout.MARGIN, bottom, tableWidth, height);
            content.fill();
        }
        content.setStrokingColor(GRID_GREY);
        content.setLineWidth(0.4f);
        float x = PdfLayout.MARGIN;
        for (float width : widths) {
            content.addRect(x, bottom, width, height);
            x += width;
        }
        content.stroke();

        content.setNonStrokingColor(0f);
        content.beginText();
        content.setFont(text.font(bold), size);
        x = PdfLayout.MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float baseline = y - PdfLayout.PADDING - size * 0.9f;
            boolean right = !centred && DisplayFormat.numeric(columns.get(i).type());
            for (String line : cells.get(i)) {
                float lineWidth = right || centred ? text.width(line, bold, size) : 0;
                float left = right ? x + widths[i] - PdfLayout.PADDING - lineWidth
                        : centred ? x + (widths[i] - lineWidth) / 2 : x + PdfLayout.PADDING;
                content.setTextMatrix(Matrix.getTranslateInstance(left, baseline));
                content.showText(line);
                baseline -= leading;
            }
            x += widths[i];
        }
        content.endText();
        y = bottom;
    }

    private void show(String line, boolean bold, float fontSize, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(text.font(bold), fontSize);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }
}
