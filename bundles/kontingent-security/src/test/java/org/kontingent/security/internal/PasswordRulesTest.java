package org.kontingent.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;

import org.junit.jupiter.api.Test;

/** PBKDF2 hashes and the password policy. */
class PasswordRulesTest {
    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS, new SecureRandom());

    @Test
    void aHashMatchesItsPasswordOnlyAndIsSaltedEachTime() {
        String hash = hasher.hash("Зимний-лес-2026".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$210000$"));
        assertTrue(PasswordHasher.matches("Зимний-лес-2026".toCharArray(), hash));
        assertFalse(PasswordHasher.matches("зимний-лес-2026".toCharArray(), hash));
        assertNotEquals(hash, hasher.hash("Зимний-лес-2026".toCharArray()));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$abc"), "an unknown form matches nothing");
        assertFalse(PasswordHasher.matches("x".toCharArray(), null));
    }

    @Test
    void aWeakerHashIsRecognisedForRehashing() {
        String old = new PasswordHasher(PasswordHasher.MIN_ITERATIONS, new SecureRandom()).hash("a-password-1".toCharArray());
        assertTrue(new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS, new SecureRandom()).isWeaker(old));
        assertFalse(hasher.isWeaker(old));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1000, new SecureRandom()));
    }

    @Test
    void thePolicyNamesEveryRuleBroken() {
        assertEquals(List.of(), PasswordPolicy.problems("Зимний-лес-2026", "admin"));
        assertEquals(List.of("at least 12 characters"), PasswordPolicy.problems("Kot-2026", "admin"));
        assertEquals(List.of("a digit or another sign besides letters"), PasswordPolicy.problems("ЗимнийЛесБольшой", "admin"));
        assertTrue(PasswordPolicy.problems("petrova-2026-01", "petrova").contains("not containing the login"));
        assertTrue(PasswordPolicy.problems("qwerty123456", "admin").contains("not a common or repetitive password"));
        assertTrue(PasswordPolicy.problems("aaaaaaaaaaaa1", "admin").contains("not a common or repetitive password"));
        assertEquals(List.of("at least 12 characters"), PasswordPolicy.problems(null, "admin"));
    }

    @Test
    void generatedPasswordsMeetThePolicy() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 100; i++) {
            assertEquals(List.of(), PasswordPolicy.problems(Tokens.password(random), "admin"));
        }
    }
}
