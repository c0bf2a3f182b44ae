package org.kontingent.report.engine.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The engine's texts in a language, from its resource bundle {@code Messages}. */
final class EngineMessages {
    private final ResourceBundle bundle;
    private final Locale locale;

    EngineMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(EngineMessages.class.getPackageName() + ".Messages", locale,
                EngineMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of a key with its arguments filled in; the key itself when the bundle lacks it. */
    String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
