package org.kontingent.connector.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * Text decoded strictly: a byte sequence that is not text in its encoding refuses the package with
 * {@link ErrorCode#ENCODING} instead of turning into replacement characters the registry would keep.
 */
public final class StrictText {

    private StrictText() {
    }

    /** A decoder that reports malformed and unmappable input rather than replacing it. */
    public static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The bytes as UTF-8 text.
     *
     * @param what what the bytes are, to begin the message: {@code The package}, {@code users.csv}
     * @param advice what the sender should do, ending the message after a semicolon; or null
     */
    public static String utf8(byte[] bytes, String what, String advice) throws UnreadablePackageException {
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadablePackageException(ErrorCode.ENCODING, what + " is not UTF-8 text (" + e + ")"
                    + (advice == null ? "" : "; " + advice), e);
        }
    }

    /**
     * The whole package, read and checked to be UTF-8 text, as its bytes (for parsers that take bytes).
     * A stream that fails is {@link ErrorCode#MALFORMED}. The stream is not closed.
     *
     * @param advice what the sender should do, ending the message after a semicolon; or null
     */
    public static byte[] utf8Package(InputStream body, String advice) throws UnreadablePackageException {
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package could not be read: " + e.getMessage(), e);
        }
        utf8(bytes, "The package", advice);
        return bytes;
    }
}
