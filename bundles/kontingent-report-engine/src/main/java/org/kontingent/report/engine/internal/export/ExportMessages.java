package org.kontingent.report.engine.internal.export;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import org.kontingent.report.engine.internal.ResultRow;

/**
 * The texts of the exports in a result's language, from the resource bundle
 * {@code ExportMessages} (Russian by default), loaded with this bundle's class loader.
 */
final class ExportMessages {
    private final ResourceBundle bundle;
    private final Locale locale;

    ExportMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(ExportMessages.class.getName(), locale, ExportMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of a key with its arguments filled in; arguments are given as text, so numbers are not regrouped. */
    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The label written in a subtotal or total row ("Итого", "Всего"). */
    String rowLabel(ResultRow.Kind kind) {
        return switch (kind) {
            case SUBTOTAL -> text("row.subtotal");
            case TOTAL -> text("row.total");
            case DATA -> throw new IllegalArgumentException("A data row has no label");
        };
    }

    /** How days are written, for example 01.09.2026. */
    DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofPattern(text("format.date"), locale);
    }

    /** How the time a result was made is written, for example 01.09.2026 14:05. */
    DateTimeFormatter dateTimeFormat() {
        return DateTimeFormatter.ofPattern(text("format.dateTime"), locale);
    }
}
