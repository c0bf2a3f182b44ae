package org.kontingent.report.forms.achievements.internal;

import org.kontingent.report.api.Category;
import org.kontingent.report.support.Texts;

/** What the achievements forms share: their category, and the names of the portfolio's codes in the run's language. */
final class Units {
    /** The catalogue group of the forms. */
    static final String CATEGORY = Category.ACHIEVEMENTS;

    private Units() {
    }

    /**
     * A code's name: the text {@code <prefix>.<code>} in the run's language, else (a code newer
     * than the form) the dictionary's name; the text {@code <prefix>.unknown} for no code.
     */
    static String named(Texts texts, String prefix, String code, String dictionaryName) {
        if (code == null) {
            return texts.get(prefix + ".unknown");
        }
        try {
            return texts.get(prefix + "." + code);
        } catch (IllegalStateException newerThanTheForm) {
            return dictionaryName == null ? code : dictionaryName;
        }
    }
}
