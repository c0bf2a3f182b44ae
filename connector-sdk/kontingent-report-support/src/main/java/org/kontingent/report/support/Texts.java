package org.kontingent.report.support;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.kontingent.report.api.Category;
import org.kontingent.report.api.Chart;
import org.kontingent.report.api.Column;
import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ReportDefinition;

/**
 * A form bundle's texts in one language: the resource bundle {@value #NAME} in the package of the
 * form that asks, Russian by default ({@code messages.properties}) and English beside it
 * ({@code messages_en.properties}), read as UTF-8 with the form's own class loader (its bundle's).
 * There is no fallback to the JVM's default locale: a language without its own file gets the
 * Russian texts, whatever the default.
 *
 * <p>The keys the support classes read: {@code category} (the catalogue group's title),
 * {@code <form>.title} and {@code <form>.description} ({@link #definition}),
 * {@code parameter.educationLevel} and {@code level.<code>} ({@link EducationLevel#parameter}),
 * {@code error.levelOrganization} ({@link Levels#regionOrMunicipality}).
 */
public final class Texts {
    /** The base name of the resource bundle, beside the form's class. */
    public static final String NAME = "messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String base;
    private final ResourceBundle bundle;

    private Texts(String base, ResourceBundle bundle) {
        this.base = base;
        this.bundle = bundle;
    }

    /**
     * The texts for a language, from the resource bundle beside the form, read with its class loader.
     *
     * @param locale the language; null for the default texts (Russian)
     * @throws MissingResourceException when the form's package has no {@value #NAME} bundle
     */
    public static Texts of(Locale locale, Class<?> form) {
        String base = form.getPackageName() + "." + NAME;
        return new Texts(base, ResourceBundle.getBundle(base, locale == null ? Locale.ROOT : locale,
                form.getClassLoader(), NO_FALLBACK));
    }

    /**
     * A text by key.
     *
     * @throws IllegalStateException naming the key and the bundle when the text is missing
     */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The text " + key + " is missing from " + base + " for "
                    + bundle.getLocale(), e);
        }
    }

    /** A text by key with values put in for {0}, {1}, ... ({@link MessageFormat}, in the texts' language). */
    public String format(String key, Object... values) {
        return new MessageFormat(get(key), bundle.getLocale()).format(values);
    }

    /** The catalogue group of the given id, titled by the text {@code category}. */
    public Category category(String id) {
        return new Category(id, get("category"));
    }

    /**
     * A form's definition titled from these texts: its title {@code <key>.title}, its description
     * {@code <key>.description}, its category titled by {@code category}.
     *
     * @param chart the chart, or null for none
     */
    public ReportDefinition definition(String id, String categoryId, String key, List<Parameter> parameters,
            List<Column> columns, List<String> grouping, Chart chart) {
        return new ReportDefinition(id, get(key + ".title"), category(categoryId), get(key + ".description"),
                parameters, columns, grouping, chart);
    }
}
