package org.kontingent.report.engine.internal.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text for a PDF in Liberation Sans: makes a text printable in the font (control characters
 * become spaces, characters the font lacks become {@code ?}), measures it, and breaks it into
 * lines of a width, cutting with an ellipsis what exceeds a number of lines. One per document.
 */
final class PdfText {
    static final String ELLIPSIS = "…";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    /** Widths of the characters of the Basic Multilingual Plane in glyph units, measured when first met (NaN before). */
    private final float[] regularWidths = new float[Character.MAX_VALUE + 1];
    private final float[] boldWidths = new float[Character.MAX_VALUE + 1];

    PdfText(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
        Arrays.fill(regularWidths, Float.NaN);
        Arrays.fill(boldWidths, Float.NaN);
    }

    /** The font, regular or bold. */
    PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The text with what the fonts cannot print replaced; line breaks and tabs become spaces. */
    String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int length = Character.charCount(codePoint);
            String replacement = Character.isISOControl(codePoint) ? " " : canPrint(codePoint) ? null : "?";
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(text, i, i + length);
                }
            }
            i += length;
        }
        return out == null ? text : out.toString();
    }

    /** The width of a clean text in points (PDFBox measures glyph by glyph, without kerning, as here). */
    float width(String text, boolean isBold, float size) throws IOException {
        PDType0Font font = font(isBold);
        float[] widths = isBold ? boldWidths : regularWidths;
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                int codePoint = text.codePointAt(i);
                units += font.getStringWidth(new String(Character.toChars(codePoint)));
                i += Character.charCount(codePoint) - 1;
                continue;
            }
            float width = widths[c];
            if (Float.isNaN(width)) {
                width = font.getStringWidth(String.valueOf(c));
                widths[c] = width;
            }
            units += width;
        }
        return units / 1000f * size;
    }

    /**
     * Breaks a text into lines no wider than a width, at spaces, or inside a word wider than a
     * line; beyond a number of lines the last one ends in an ellipsis.
     */
    List<String> wrap(String text, boolean isBold, float size, float width, int maxLines) throws IOException {
        String clean = clean(text).strip();
        List<String> lines = new ArrayList<>();
        if (width(clean, isBold, size) <= width) {
            lines.add(clean);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, isBold, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, isBold, size) > width && lines.size() <= maxLines) {
                int cut = fitting(rest, isBold, size, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            if (lines.size() > maxLines) {
                break;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, ellipsize(cut.get(maxLines - 1) + ELLIPSIS, isBold, size, width));
            return cut;
        }
        return lines;
    }

    /** A clean text cut to a width with an ellipsis at its end, or as it is when it fits. */
    String ellipsize(String text, boolean isBold, float size, float width) throws IOException {
        if (width(text, isBold, size) <= width) {
            return text;
        }
        String body = text.endsWith(ELLIPSIS) ? text.substring(0, text.length() - 1) : text;
        if (body.isEmpty()) {
            return ELLIPSIS;
        }
        int cut = fitting(body, isBold, size, width - width(ELLIPSIS, isBold, size));
        return body.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /** How many characters of a text fit a width: at least one, and never half a surrogate pair. */
    private int fitting(String text, boolean isBold, float size, float width) throws IOException {
        int low = 1;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (width(text.substring(0, middle), isBold, size) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        if (low < text.length() && Character.isHighSurrogate(text.charAt(low - 1))) {
            low = low > 1 ? low - 1 : low + 1;
        }
        return low;
    }

    private boolean canPrint(int codePoint) {
        return printable.computeIfAbsent(codePoint, this::encodable);
    }

    private boolean encodable(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        try {
            regular.encode(character);
            bold.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
