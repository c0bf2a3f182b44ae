package org.kontingent.connector.xml.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A package's bytes as text, decoded strictly: at a byte that is not text in the encoding it stops
 * with a {@link CharConversionException} naming the line and column where that character would
 * have stood. It never closes the stream, which belongs to the gateway.
 */
final class StrictText extends Reader {
    private static final int BUFFER = 8192;

    private final InputStream bytes;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer pending = ByteBuffer.allocate(BUFFER).flip();
    private boolean endOfBytes;
    private boolean flushed;
    private int line = 1;
    private int column = 1;

    StrictText(InputStream bytes, Charset charset) {
        this.bytes = bytes;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset && !flushed) {
            CoderResult result = decoder.decode(pending, out, endOfBytes);
            if (result.isError()) {
                count(buffer, offset, out.position());
                throw new CharConversionException("the byte at line " + line + ", column " + column + " is not "
                        + charset.name() + " text");
            }
            if (result.isUnderflow() && endOfBytes) {
                decoder.flush(out);
                flushed = true;
            } else if (result.isUnderflow()) {
                fill();
            }
        }
        count(buffer, offset, out.position());
        return out.position() == offset ? -1 : out.position() - offset;
    }

    private void fill() throws IOException {
        pending.compact();
        int read = bytes.read(pending.array(), pending.position(), pending.remaining());
        if (read < 0) {
            endOfBytes = true;
        } else {
            pending.position(pending.position() + read);
        }
        pending.flip();
    }

    private void count(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    @Override
    public void close() {
        // the stream is the gateway's to close
    }
}
