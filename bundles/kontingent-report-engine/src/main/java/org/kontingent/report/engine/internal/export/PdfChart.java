package org.kontingent.report.engine.internal.export;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.ColumnType;
import org.kontingent.report.api.ReportDefinition;

/**
 * Draws a form's chart on a landscape page of its own with PDFBox's drawing operators: bars side
 * by side, stacked bars, lines, or a pie; axes with rounded ticks, the category labels (slanted
 * when they do not fit side by side), and a legend of the series (of the categories, for a pie).
 * At most {@value #MAX_CATEGORIES} categories are drawn, the largest; a caption says so when
 * some are left out.
 */
final class PdfChart {
    private static final int MAX_CATEGORIES = 30;
    private static final List<Color> PALETTE = List.of(new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759),
            new Color(0x76B7B2), new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
            new Color(0x9C755F), new Color(0xBAB0AC));
    private static final float TITLE_SIZE = 14f;
    private static final float CAPTION_SIZE = 9f;
    private static final float LABEL_SIZE = 8f;
    private static final float LEGEND_WIDTH = 190f;
    private static final float LEGEND_SWATCH = 9f;
    private static final float LEGEND_TEXT = LEGEND_WIDTH - LEGEND_SWATCH - 18;
    private static final float CATEGORY_ROOM = 110f;
    private static final float MARGIN = PdfLayout.MARGIN;

    private final PDPageContentStream content;
    private final PDRectangle page;
    private final PdfText text;
    private final DisplayFormat format;
    private final ExportMessages messages;

    private PdfChart(PDPageContentStream content, PDRectangle page, PdfText text, DisplayFormat format,
            ExportMessages messages) {
        this.content = content;
        this.page = page;
        this.text = text;
        this.format = format;
        this.messages = messages;
    }

    /** Adds a page with the chart of a definition, drawn from the gathered data. */
    static void addPage(PDDocument document, PdfText text, DisplayFormat format, ExportMessages messages,
            ReportDefinition definition, ChartData data) throws IOException {
        PDPage page = new PDPage(PdfLayout.a4(true));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            new PdfChart(content, page.getMediaBox(), text, format, messages).draw(definition, data);
        }
    }

    private void draw(ReportDefinition definition, ChartData data) throws IOException {
        Chart chart = definition.chart();
        List<Column> series = chart.seriesColumns().stream().map(key -> definition.columns().get(definition.columnIndex(key)))
                .toList();
        float y = page.getHeight() - MARGIN - TITLE_SIZE;
        float width = page.getWidth() - 2 * MARGIN;
        show(text.ellipsize(text.clean(definition.title()), true, TITLE_SIZE, width), true, TITLE_SIZE, MARGIN, y);
        List<String> captions = new ArrayList<>();
        if (chart.type() == Chart.Type.PIE) {
            captions.add(series.get(0).title());
        }
        if (data.categories() > MAX_CATEGORIES) {
            captions.add(messages.text("chart.cut", MAX_CATEGORIES, data.categories()));
        }
        List<ChartData.Point> points = data.largest(MAX_CATEGORIES);
        if (points.isEmpty()) {
            captions.add(messages.text("chart.empty"));
        }
        for (String caption : captions) {
            y -= CAPTION_SIZE * 1.5f;
            show(text.ellipsize(text.clean(caption), false, CAPTION_SIZE, width), false, CAPTION_SIZE, MARGIN, y);
        }
        if (points.isEmpty()) {
            return;
        }
        Area area = new Area(MARGIN, MARGIN + PdfTable.FOOTER_ROOM, page.getWidth() - MARGIN - LEGEND_WIDTH, y - 16);
        if (chart.type() == Chart.Type.PIE) {
            drawPie(points, area);
        } else {
            drawAxes(chart.type(), series, points, area);
            drawLegend(series.stream().map(Column::title).toList(), area.top);
        }
    }

    /** The drawing area: left, bottom, right, top. */
    private record Area(float left, float bottom, float right, float top) {
    }

    /** The value axis: its ends, rounded to its tick step. */
    private record Scale(double low, double high, double step) {
        static Scale of(List<ChartData.Point> points, boolean stacked) {
            double low = 0;
            double high = 0;
            for (ChartData.Point point : points) {
                double up = 0;
                double down = 0;
                for (double value : point.values()) {
                    if (stacked) {
                        up += Math.max(value, 0);
                        down += Math.min(value, 0);
                    } else {
                        up = Math.max(up, value);
                        down = Math.min(down, value);
                    }
                }
                high = Math.max(high, up);
                low = Math.min(low, down);
            }
            if (high == low) {
                high = low + 1;
            }
            double step = niceStep((high - low) / 5);
            return new Scale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
        }

        int ticks() {
            return (int) Math.round((high - low) / step);
        }
    }

    /** Where the plot lies on the page and how values map to heights in it. */
    private record Plot(float left, float bottom, float right, float top, float groupWidth, Scale scale) {
        float y(double value) {
            return bottom + (float) ((value - scale.low) / (scale.high - scale.low)) * (top - bottom);
        }

        float centre(int category) {
            return left + (category + 0.5f) * groupWidth;
        }
    }

    private void drawAxes(Chart.Type type, List<Column> series, List<ChartData.Point> points, Area area) throws IOException {
        Scale scale = Scale.of(points, type == Chart.Type.STACKED_BAR);
        ColumnType tickType = series.get(0).type() == ColumnType.INTEGER && scale.step < 1 ? ColumnType.DECIMAL
                : series.get(0).type();
        List<String> ticks = new ArrayList<>();
        float tickWidth = 0;
        for (int k = 0; k <= scale.ticks(); k++) {
            String tick = text.clean(format.format(scale.low + k * scale.step, tickType));
            ticks.add(tick);
            tickWidth = Math.max(tickWidth, text.width(tick, false, LABEL_SIZE));
        }
        float left = area.left + tickWidth + 6;
        float groupWidth = (area.right - left) / points.size();
        List<String> labels = new ArrayList<>();
        boolean flat = true;
        for (ChartData.Point point : points) {
            String label = text.clean(point.label());
            labels.add(label);
            flat &= text.width(label, false, LABEL_SIZE) <= groupWidth - 4;
        }
        Plot plot = new Plot(left, area.bottom + (flat ? LABEL_SIZE * 2 : CATEGORY_ROOM), area.right, area.top, groupWidth, scale);

        content.setLineWidth(0.3f);
        content.setStrokingColor(0.85f);
        for (int k = 0; k <= scale.ticks(); k++) {
            float y = plot.y(scale.low + k * scale.step);
            content.moveTo(plot.left, y);
            content.lineTo(plot.right, y);
            content.stroke();
            show(ticks.get(k), false, LABEL_SIZE, plot.left - 4 - text.width(ticks.get(k), false, LABEL_SIZE), y - LABEL_SIZE / 3);
        }
        if (type == Chart.Type.LINE) {
            drawLines(series.size(), points, plot);
        } else {
            drawBars(type == Chart.Type.STACKED_BAR, points, plot);
        }
        content.setStrokingColor(0f);
        content.setLineWidth(0.8f);
        content.moveTo(plot.left, plot.top);
        content.lineTo(plot.left, plot.bottom);
        content.lineTo(plot.right, plot.bottom);
        if (scale.low < 0) {
            content.moveTo(plot.left, plot.y(0));
            content.lineTo(plot.right, plot.y(0));
        }
        content.stroke();
        drawCategories(labels, flat, plot);
    }

    private void drawBars(boolean stacked, List<ChartData.Point> points, Plot plot) throws IOException {
        float barsWidth = plot.groupWidth * 0.75f;
        for (int i = 0; i < points.size(); i++) {
            double[] values = points.get(i).values();
            float barsLeft = plot.centre(i) - barsWidth / 2;
            double up = 0;
            double down = 0;
            for (int s = 0; s < values.length; s++) {
                content.setNonStrokingColor(color(s));
                if (stacked) {
                    double base = values[s] >= 0 ? up : down;
                    double end = base + values[s];
                    bar(barsLeft, barsWidth, plot.y(base), plot.y(end));
                    if (values[s] >= 0) {
                        up = end;
                    } else {
                        down = end;
                    }
                } else {
                    float barWidth = barsWidth / values.length;
                    bar(barsLeft + s * barWidth, barWidth, plot.y(0), plot.y(values[s]));
                }
            }
        }
    }

    private void drawLines(int seriesCount, List<ChartData.Point> points, Plot plot) throws IOException {
        content.setLineWidth(1.5f);
        for (int s = 0; s < seriesCount; s++) {
            content.setStrokingColor(color(s));
            content.setNonStrokingColor(color(s));
            for (int i = 0; i < points.size(); i++) {
                float y = plot.y(points.get(i).values()[s]);
                if (i == 0) {
                    content.moveTo(plot.centre(i), y);
                } else {
                    content.lineTo(plot.centre(i), y);
                }
            }
            content.stroke();
            for (int i = 0; i < points.size(); i++) {
                content.addRect(plot.centre(i) - 2, plot.y(points.get(i).values()[s]) - 2, 4, 4);
            }
            content.fill();
        }
    }

    /** The category labels under the axis: side by side when they fit, else slanted at 45° and cut to the room below. */
    private void drawCategories(List<String> labels, boolean flat, Plot plot) throws IOException {
        double angle = Math.toRadians(45);
        for (int i = 0; i < labels.size(); i++) {
            float centre = plot.centre(i);
            if (flat) {
                String label = labels.get(i);
                show(label, false, LABEL_SIZE, centre - text.width(label, false, LABEL_SIZE) / 2, plot.bottom - LABEL_SIZE * 1.4f);
            } else {
                String label = text.ellipsize(labels.get(i), false, LABEL_SIZE, (CATEGORY_ROOM - 8) / (float) Math.sin(angle));
                float length = text.width(label, false, LABEL_SIZE);
                content.setNonStrokingColor(0f);
                content.beginText();
                content.setFont(text.font(false), LABEL_SIZE);
                content.setTextMatrix(Matrix.getRotateInstance(angle, centre - (float) (length * Math.cos(angle)) + LABEL_SIZE / 3,
                        plot.bottom - 6 - (float) (length * Math.sin(angle))));
                content.showText(label);
                content.endText();
            }
        }
    }

    private void bar(float x, float width, float from, float to) throws IOException {
        content.addRect(x, Math.min(from, to), width, Math.abs(to - from));
        content.fill();
    }

    private void drawPie(List<ChartData.Point> points, Area area) throws IOException {
        double total = 0;
        for (ChartData.Point point : points) {
            total += Math.max(point.values()[0], 0);
        }
        List<String> legend = new ArrayList<>();
        for (ChartData.Point point : points) {
            double share = total > 0 ? Math.max(point.values()[0], 0) / total : 0;
            String suffix = text.clean(" — " + format.format(share, ColumnType.PERCENT));
            float room = LEGEND_TEXT - text.width(suffix, false, LABEL_SIZE);
            legend.add(text.ellipsize(text.clean(point.label()), false, LABEL_SIZE, room) + suffix);
        }
        drawLegend(legend, area.top);
        if (total <= 0) {
            return;
        }
        float centreX = (area.left + area.right) / 2;
        float centreY = (area.bottom + area.top) / 2;
        float radius = Math.min(area.right - area.left, area.top - area.bottom) / 2 - 10;
        double start = 90;
        content.setStrokingColor(1f);
        content.setLineWidth(1f);
        for (int i = 0; i < points.size(); i++) {
            double sweep = Math.max(points.get(i).values()[0], 0) / total * 360;
            if (sweep <= 0) {
                continue;
            }
            content.setNonStrokingColor(color(i));
            content.moveTo(centreX, centreY);
            int segments = Math.max(1, (int) Math.ceil(sweep / 2));
            for (int k = 0; k <= segments; k++) {
                double angle = Math.toRadians(start - sweep * k / segments);
                content.lineTo(centreX + radius * (float) Math.cos(angle), centreY + radius * (float) Math.sin(angle));
            }
            content.closePath();
            content.fillAndStroke();
            start -= sweep;
        }
    }

    private void drawLegend(List<String> entries, float top) throws IOException {
        float x = page.getWidth() - MARGIN - LEGEND_WIDTH + 12;
        float step = entries.size() > 20 ? LABEL_SIZE * 1.5f : LABEL_SIZE * 2f;
        float y = top - LEGEND_SWATCH;
        for (int i = 0; i < entries.size(); i++) {
            content.setNonStrokingColor(color(i));
            content.addRect(x, y, LEGEND_SWATCH, LEGEND_SWATCH);
            content.fill();
            String entry = text.ellipsize(text.clean(entries.get(i)), false, LABEL_SIZE, LEGEND_TEXT);
            show(entry, false, LABEL_SIZE, x + LEGEND_SWATCH + 5, y + 1);
            y -= step;
        }
    }

    private void show(String line, boolean bold, float size, float x, float y) throws IOException {
        content.setNonStrokingColor(0f);
        content.beginText();
        content.setFont(text.font(bold), size);
        content.newLineAtOffset(x, y);
        content.showText(line);
        content.endText();
    }

    private static Color color(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** A tick step near a raw one: 1, 2 or 5 times a power of ten. */
    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
