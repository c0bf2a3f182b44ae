package org.kontingent.connector.xml.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

/**
 * The text encoding of a package, found as XML 1.0 (appendix F) says: a byte order mark, else the
 * encoding its XML declaration names, else UTF-8. The package is then decoded strictly, so that a
 * byte that is not text in that encoding stops the read instead of turning into a replacement
 * character.
 */
final class PackageEncoding {
    /** Enough bytes for any XML declaration a package starts with. */
    private static final int HEAD = 1024;
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml\\s[^>]*?\\bencoding\\s*=\\s*([\"'])([A-Za-z][A-Za-z0-9._-]*)\\1");
    private static final byte[] ASCII_START = "<?xml".getBytes(StandardCharsets.US_ASCII);

    private PackageEncoding() {
    }

    /**
     * The package as text, decoded strictly. Leaves the stream open for whoever gave it.
     *
     * @throws UnreadablePackageException ENCODING when the declared encoding is unknown or
     *         contradicts the byte order mark or the bytes
     */
    static Reader reader(InputStream body) throws UnreadablePackageException {
        try {
            BufferedInputStream in = new BufferedInputStream(body, HEAD);
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            Detected detected = detect(head);
            in.skipNBytes(detected.byteOrderMark());
            String declared = declared(Arrays.copyOfRange(head, detected.byteOrderMark(), head.length), detected.charset());
            Charset charset = detected.charset() != null ? checked(detected.charset(), declared) : declaredOrUtf8(declared);
            return new StrictText(in, charset);
        } catch (IOException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * What the first bytes tell.
     *
     * @param charset UTF-8 or UTF-16 when a byte order mark or UTF-16 markup says so, else null
     * @param byteOrderMark how many bytes of byte order mark to skip
     */
    private record Detected(Charset charset, int byteOrderMark) {
    }

    private static Detected detect(byte[] head) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0x00, 0x3C, 0x00, 0x3F)) {
            return new Detected(StandardCharsets.UTF_16BE, 0);
        }
        if (startsWith(head, 0x3C, 0x00, 0x3F, 0x00)) {
            return new Detected(StandardCharsets.UTF_16LE, 0);
        }
        return new Detected(null, 0);
    }

    /** The encoding an XML declaration names, or null; read as Latin-1 unless the bytes are UTF-16. */
    private static String declared(byte[] head, Charset charset) {
        Matcher m = DECLARED.matcher(new String(head, charset == null ? StandardCharsets.ISO_8859_1 : charset));
        return m.find() ? m.group(2) : null;
    }

    /** The encoding the byte order mark or UTF-16 markup says, if the declaration agrees. */
    private static Charset checked(Charset detected, String declared) throws UnreadablePackageException {
        if (declared == null) {
            return detected;
        }
        Charset named = charset(declared);
        boolean agrees = detected.equals(StandardCharsets.UTF_8) ? named.equals(StandardCharsets.UTF_8)
                : named.name().startsWith("UTF-16");
        if (!agrees) {
            throw new UnreadablePackageException(ErrorCode.ENCODING, "The package declares encoding " + declared
                    + " but starts as " + detected.name() + " text");
        }
        return detected;
    }

    /** The declared encoding of a package without a byte order mark; UTF-8 when it declares none. */
    private static Charset declaredOrUtf8(String declared) throws UnreadablePackageException {
        if (declared == null) {
            return StandardCharsets.UTF_8;
        }
        Charset named = charset(declared);
        if (!Arrays.equals(ASCII_START, "<?xml".getBytes(named))) {
            throw new UnreadablePackageException(ErrorCode.ENCODING, "The package declares encoding " + declared
                    + " but its declaration is written in ASCII bytes");
        }
        return named;
    }

    private static Charset charset(String name) throws UnreadablePackageException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadablePackageException(ErrorCode.ENCODING, "The package declares encoding " + name
                    + ", which is not known here; send UTF-8", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
