package org.kontingent.report.engine.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * How result rows are written to a spool file: a kind byte, then per value a tag byte and the
 * value (text as UTF-8 with its length, whole numbers and days as longs, fractions as doubles).
 */
final class SpoolFormat {
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte WHOLE = 2;
    private static final byte FRACTION = 3;
    private static final byte DAY = 4;

    private SpoolFormat() {
    }

    static void write(DataOutputStream out, ResultRow row) throws IOException {
        out.writeByte(row.kind().ordinal());
        for (Object value : row.values()) {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String text) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                out.writeByte(TEXT);
                out.writeInt(bytes.length);
                out.write(bytes);
            } else if (value instanceof Long whole) {
                out.writeByte(WHOLE);
                out.writeLong(whole);
            } else if (value instanceof Double fraction) {
                out.writeByte(FRACTION);
                out.writeDouble(fraction);
            } else if (value instanceof LocalDate day) {
                out.writeByte(DAY);
                out.writeLong(day.toEpochDay());
            } else {
                throw new IllegalArgumentException("A result value cannot be a " + value.getClass().getName());
            }
        }
    }

    static ResultRow read(DataInputStream in, int width) throws IOException {
        ResultRow.Kind kind = ResultRow.Kind.values()[in.readUnsignedByte()];
        Object[] values = new Object[width];
        for (int i = 0; i < width; i++) {
            byte tag = in.readByte();
            values[i] = switch (tag) {
                case NULL -> null;
                case TEXT -> {
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    yield new String(bytes, StandardCharsets.UTF_8);
                }
                case WHOLE -> in.readLong();
                case FRACTION -> in.readDouble();
                case DAY -> LocalDate.ofEpochDay(in.readLong());
                default -> throw new IOException("A damaged result file: value tag " + tag);
            };
        }
        return new ResultRow(kind, values);
    }
}
