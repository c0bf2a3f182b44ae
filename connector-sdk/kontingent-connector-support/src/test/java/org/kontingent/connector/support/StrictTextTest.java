package org.kontingent.connector.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;

class StrictTextTest {
    private static final byte[] WINDOWS_1251 = "Иванов".getBytes(Charset.forName("windows-1251"));

    @Test
    void utf8TextIsDecoded() throws Exception {
        assertEquals("Иванов", StrictText.utf8("Иванов".getBytes(StandardCharsets.UTF_8), "users.csv", null));
    }

    @Test
    void bytesThatAreNotUtf8AreAnEncodingError() {
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class,
                () -> StrictText.utf8(WINDOWS_1251, "users.csv", "send UTF-8"));
        assertEquals(ErrorCode.ENCODING, e.code());
        assertTrue(e.getMessage().startsWith("users.csv is not UTF-8 text ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); send UTF-8"), e.getMessage());
    }

    @Test
    void aPackageIsReadWholeAndChecked() throws Exception {
        byte[] json = "{\"a\": \"б\"}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(json, StrictText.utf8Package(new ByteArrayInputStream(json), null));
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class,
                () -> StrictText.utf8Package(new ByteArrayInputStream(WINDOWS_1251), null));
        assertEquals(ErrorCode.ENCODING, e.code());
        assertTrue(e.getMessage().startsWith("The package is not UTF-8 text"), e.getMessage());
    }

    @Test
    void aFailingStreamIsMalformed() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        UnreadablePackageException e = assertThrows(UnreadablePackageException.class, () -> StrictText.utf8Package(failing, null));
        assertEquals(ErrorCode.MALFORMED, e.code());
        assertEquals("The package could not be read: connection reset", e.getMessage());
    }

    @Test
    void theDecoderReportsInsteadOfReplacing() {
        assertThrows(CharacterCodingException.class,
                () -> StrictText.decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(WINDOWS_1251)));
    }
}
