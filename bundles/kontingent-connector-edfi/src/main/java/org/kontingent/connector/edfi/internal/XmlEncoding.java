package org.kontingent.connector.edfi.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.StrictText;
import org.kontingent.connector.support.ZipLimitExceeded;

/**
 * Decodes an XML document by its byte order mark or the encoding its declaration names (UTF-8
 * when neither), strictly: a byte sequence not in that encoding fails the read with a
 * {@link java.nio.charset.CharacterCodingException}, which the {@link ObservedReader} keeps for
 * the connector to tell from a parse error.
 */
final class XmlEncoding {
    private static final int HEAD = 1024;
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlEncoding() {
    }

    static ObservedReader reader(InputStream document, String source) throws UnreadablePackageException {
        BufferedInputStream in = new BufferedInputStream(document);
        try {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            Charset charset = charset(head, source);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                in.skipNBytes(3);
            }
            return new ObservedReader(new InputStreamReader(in, StrictText.decoder(charset)));
        } catch (ZipLimitExceeded e) {
            throw new UnreadablePackageException(ErrorCode.TOO_LARGE, e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, source + " could not be read: " + e.getMessage(), e);
        }
    }

    private static Charset charset(byte[] head, String source) throws UnreadablePackageException {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        if (head.length >= 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        Matcher declared = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1).replaceFirst("^\u00EF\u00BB\u00BF", ""));
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadablePackageException(ErrorCode.ENCODING, source + " declares the encoding " + declared.group(1)
                    + ", which the connector does not know; send UTF-8", e);
        }
    }
}
