package org.kontingent.report.engine.internal.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans, regular and bold, for PDFs: Cyrillic glyphs, embedded as a subset of the
 * glyphs used. In the bundle the fonts are at {@code /fonts/}; outside OSGi (unit tests) they are
 * read from the openpdf-fonts-extra jar at {@code /liberation/}; always through this class's own
 * class loader. A place that holds no TrueType font (a folder of that name, say) is passed over.
 * Glyph substitution (GSUB: Latin ligatures) is turned off: PDFBox applies it to every text shown,
 * at a high cost, and reports need none. Close it after the document is saved.
 */
final class LiberationFonts implements Closeable {
    private static final List<String> FOLDERS = List.of("/fonts/", "/liberation/");

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    LiberationFonts() throws IOException {
        this.regular = parse("LiberationSans-Regular.ttf");
        try {
            this.bold = parse("LiberationSans-Bold.ttf");
        } catch (IOException | RuntimeException e) {
            regular.close();
            throw e;
        }
    }

    /** The font, regular or bold, for a document, to be embedded as a subset. */
    PDType0Font load(PDDocument document, boolean isBold) throws IOException {
        return PDType0Font.load(document, isBold ? bold : regular, true);
    }

    @Override
    public void close() throws IOException {
        try {
            regular.close();
        } finally {
            bold.close();
        }
    }

    /** Parses the first of the font's places that holds a TrueType font (a build can leave a folder of the name). */
    private static TrueTypeFont parse(String file) throws IOException {
        for (String folder : FOLDERS) {
            byte[] bytes;
            try (InputStream in = LiberationFonts.class.getResourceAsStream(folder + file)) {
                if (in == null) {
                    continue;
                }
                bytes = in.readAllBytes();
            }
            if (isTrueType(bytes)) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                font.setEnableGsub(false);
                return font;
            }
        }
        throw new IOException("The font " + file + " is neither at /fonts/ nor at /liberation/ of the bundle");
    }

    /** Whether bytes start as a TrueType font does: the version 1.0 or the tag {@code true}. */
    private static boolean isTrueType(byte[] bytes) {
        return bytes.length > 12 && (bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0
                || bytes[0] == 't' && bytes[1] == 'r' && bytes[2] == 'u' && bytes[3] == 'e');
    }
}
