package org.kontingent.signin.esia.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** base64url without padding, as JOSE and PKCE write it. */
final class Base64Url {
    private Base64Url() {
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] decode(String text) {
        return Base64.getUrlDecoder().decode(text);
    }

    /** 256 random bits. */
    static String random(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return encode(bytes);
    }
}
