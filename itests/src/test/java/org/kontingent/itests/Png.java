package org.kontingent.itests;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Makes a screenshot small enough to commit: a screen of the console has few colours (its
 * palette, the grey of the lines, the anti-aliasing of the text), so its 256 most frequent
 * colours are kept and every other pixel takes the nearest of them, written as a palette PNG
 * (about a third of the browser's true-colour file).
 */
final class Png {
    private Png() {
    }

    static void compact(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            int width = image.getWidth();
            int height = image.getHeight();
            int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
            Map<Integer, Integer> counts = new HashMap<>();
            for (int pixel : pixels) {
                counts.merge(pixel & 0xffffff, 1, Integer::sum);
            }
            int[] palette = counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()).limit(256)
                    .mapToInt(Map.Entry::getKey).toArray();
            byte[] r = new byte[palette.length];
            byte[] g = new byte[palette.length];
            byte[] b = new byte[palette.length];
            Map<Integer, Integer> index = new HashMap<>();
            for (int i = 0; i < palette.length; i++) {
                r[i] = (byte) (palette[i] >> 16);
                g[i] = (byte) (palette[i] >> 8);
                b[i] = (byte) palette[i];
                index.put(palette[i], i);
            }
            BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
                    new IndexColorModel(8, palette.length, r, g, b));
            WritableRaster raster = indexed.getRaster();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int rgb = pixels[y * width + x] & 0xffffff;
                    raster.setSample(x, y, 0, index.computeIfAbsent(rgb, c -> nearest(palette, c)));
                }
            }
            ImageIO.write(indexed, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int nearest(int[] palette, int rgb) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long dr = ((palette[i] >> 16) & 0xff) - ((rgb >> 16) & 0xff);
            long dg = ((palette[i] >> 8) & 0xff) - ((rgb >> 8) & 0xff);
            long db = (palette[i] & 0xff) - (rgb & 0xff);
            long distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
