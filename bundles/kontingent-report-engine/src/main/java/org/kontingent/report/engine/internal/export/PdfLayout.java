package org.kontingent.report.engine.internal.export;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.engine.internal.ResultRow;

/**
 * The page and the table's geometry of a PDF export: A4 portrait, or landscape when the table
 * has more than {@value #PORTRAIT_COLUMNS} columns or does not fit portrait at the smallest font
 * size; the largest font size (from {@value #MAX_FONT_SIZE} down to {@value #MIN_FONT_SIZE} pt)
 * at which every column gets its least width; and the column widths, measured on the header and
 * a sample of the first rows. Numbers and days keep their full width; text columns give way
 * first and wrap.
 *
 * @param page the page size
 * @param fontSize the table's font size in points
 * @param widths the width of each column in points, padding included
 */
record PdfLayout(PDRectangle page, float fontSize, float[] widths) {
    static final float MARGIN = 36f;
    static final float PADDING = 2.5f;
    static final float MAX_FONT_SIZE = 9f;
    static final float MIN_FONT_SIZE = 6f;
    private static final int PORTRAIT_COLUMNS = 6;
    /** A text column's natural width is at most this many points: longer texts wrap. */
    private static final float TEXT_NATURAL_CAP = 180f;
    /** A text column may shrink to this many points (or its longest header word). */
    private static final float TEXT_LEAST = 40f;

    /** Plans the layout of a table from its columns and a sample of its rows. */
    static PdfLayout plan(List<Column> columns, List<ResultRow> sample, PdfText text, DisplayFormat format,
            ExportMessages messages) throws IOException {
        PDRectangle portrait = a4(false);
        boolean wide = columns.size() > PORTRAIT_COLUMNS
                || sum(measure(columns, sample, text, format, messages, MIN_FONT_SIZE, true)) > usable(portrait);
        PDRectangle page = wide ? a4(true) : portrait;
        float available = usable(page);
        for (float size = MAX_FONT_SIZE; size >= MIN_FONT_SIZE; size -= 0.5f) {
            float[] least = measure(columns, sample, text, format, messages, size, true);
            if (sum(least) <= available) {
                return new PdfLayout(page, size, spread(least, measure(columns, sample, text, format, messages, size, false),
                        available));
            }
        }
        float[] least = measure(columns, sample, text, format, messages, MIN_FONT_SIZE, true);
        float scale = available / sum(least);
        for (int i = 0; i < least.length; i++) {
            least[i] *= scale;
        }
        return new PdfLayout(page, MIN_FONT_SIZE, least);
    }

    /** A new A4 page size, portrait or landscape. */
    static PDRectangle a4(boolean landscape) {
        float shortSide = PDRectangle.A4.getWidth();
        float longSide = PDRectangle.A4.getHeight();
        return landscape ? new PDRectangle(longSide, shortSide) : new PDRectangle(shortSide, longSide);
    }

    /** The width between the margins. */
    static float usable(PDRectangle page) {
        return page.getWidth() - 2 * MARGIN;
    }

    /** Each column's least width (longest header word, whole numbers and days) or natural width (one line where it can). */
    private static float[] measure(List<Column> columns, List<ResultRow> sample, PdfText text, DisplayFormat format,
            ExportMessages messages, float size, boolean least) throws IOException {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            String title = text.clean(columns.get(i).title());
            float header = 0;
            for (String word : title.split("\\s+")) {
                header = Math.max(header, text.width(word, true, size));
            }
            if (!least) {
                header = Math.max(header, Math.min(text.width(title, true, size), TEXT_NATURAL_CAP / 2));
            }
            widths[i] = header;
        }
        for (ResultRow row : sample) {
            int label = RowLabels.column(columns, row);
            boolean bold = row.kind() != ResultRow.Kind.DATA;
            for (int i = 0; i < widths.length && i < row.values().length; i++) {
                ColumnType type = columns.get(i).type();
                String shown = text.clean(i == label ? messages.rowLabel(row.kind()) : format.format(row.values()[i], type));
                float width = text.width(shown, bold, size);
                if (type == ColumnType.TEXT) {
                    width = Math.min(width, least ? TEXT_LEAST : TEXT_NATURAL_CAP);
                }
                widths[i] = Math.max(widths[i], width);
            }
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] += 2 * PADDING;
        }
        return widths;
    }

    /** Widths between the least and the natural ones that fill the available width. */
    private static float[] spread(float[] least, float[] natural, float available) {
        float[] widths = new float[least.length];
        float naturalSum = sum(natural);
        if (naturalSum <= available) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = natural[i] * available / naturalSum;
            }
            return widths;
        }
        float slack = naturalSum - sum(least);
        float room = available - sum(least);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = least[i] + (natural[i] - least[i]) * room / slack;
        }
        return widths;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }

    /** The width of the table. */
    float tableWidth() {
        return sum(widths);
    }
}
