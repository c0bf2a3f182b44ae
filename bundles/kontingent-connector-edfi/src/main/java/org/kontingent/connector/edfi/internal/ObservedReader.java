package org.kontingent.connector.edfi.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers the first failure of the stream beneath it. The XML parser reports a
 * failing stream as a parse error and does not always keep the cause; this tells an encoding
 * error or a zip over its limit from broken XML.
 */
final class ObservedReader extends FilterReader {
    private IOException failure;

    ObservedReader(Reader in) {
        super(in);
    }

    /** The first exception the stream threw, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw observed(e);
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw observed(e);
        }
    }

    private IOException observed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
