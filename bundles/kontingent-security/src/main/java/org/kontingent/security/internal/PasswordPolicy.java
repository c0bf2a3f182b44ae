package org.kontingent.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least 12 characters with a letter and a digit or another
 * sign, not the login, not one of the passwords everyone tries first, not the same as before.
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    private static final Set<String> COMMON = Set.of("password1234", "qwerty123456", "123456789012", "administrator",
            "kontingent123", "пароль123456", "йцукенгшщзхъ", "1q2w3e4r5t6y", "qwertyuiop12");

    private PasswordPolicy() {
    }

    /** The rules a password breaks, in plain words; empty when it is acceptable. */
    static List<String> problems(String password, String login) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("at least " + MIN_LENGTH + " characters");
            if (password == null) {
                return problems;
            }
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("at most " + MAX_LENGTH + " characters");
        }
        if (password.chars().noneMatch(Character::isLetter)) {
            problems.add("a letter");
        }
        if (password.chars().allMatch(Character::isLetter)) {
            problems.add("a digit or another sign besides letters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (login != null && lower.contains(login.toLowerCase(Locale.ROOT))) {
            problems.add("not containing the login");
        }
        if (COMMON.contains(lower) || password.chars().distinct().count() < 5) {
            problems.add("not a common or repetitive password");
        }
        return problems;
    }
}
