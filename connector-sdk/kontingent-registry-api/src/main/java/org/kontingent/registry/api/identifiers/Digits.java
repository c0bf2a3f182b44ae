package org.kontingent.registry.api.identifiers;

/** Small helpers over digits and white space, shared by the identifier classes. */
final class Digits {

    private Digits() {
    }

    /** @return whether the value is not empty and holds only the ASCII digits 0–9 */
    static boolean isDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return whether the value is {@code null} or only white space (including no-break spaces) */
    static boolean isBlank(String value) {
        return value == null || trim(value).isEmpty();
    }

    /** @return the value without white space (including no-break spaces) at either end */
    static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /** @return the value without any white space (including no-break spaces) */
    static String withoutSpaces(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** @return the value trimmed, with every run of white space (including no-break spaces) made one space */
    static String collapseSpaces(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** @return whether the character is white space, including a no-break space */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The argument check of the public check-digit helpers.
     *
     * @throws IllegalArgumentException unless the value is digits of one of the allowed lengths
     */
    static String require(String value, String what, int... lengths) {
        if (value != null && isDigits(value)) {
            for (int length : lengths) {
                if (value.length() == length) {
                    return value;
                }
            }
        }
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < lengths.length; i++) {
            expected.append(i == 0 ? "" : " or ").append(lengths[i]);
        }
        throw new IllegalArgumentException(what + " \"" + value + "\": expected " + expected + " digits");
    }

    /** @return the numeric value of the digit at the index */
    static int at(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
