package org.kontingent.report.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arguments of a run, checked by the engine against the form's parameters and the user's
 * scope, defaults filled in. Each value has the Java type its {@link ParameterType} names.
 */
public final class ReportArguments {
    private final Map<String, Object> values;

    /** @param values the checked values by parameter name; parameters not given are absent */
    public ReportArguments(Map<String, ?> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Whether a parameter has a value. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Every value by parameter name, in the order of the form's parameters. */
    public Map<String, Object> values() {
        return values;
    }

    /** A {@link ParameterType#DATE}; null when not given. */
    public LocalDate date(String name) {
        return get(name, LocalDate.class);
    }

    /** An {@link ParameterType#AUTHORITY}, {@link ParameterType#ORGANIZATION} or {@link ParameterType#INTEGER}; null when not given. */
    public Long number(String name) {
        return get(name, Long.class);
    }

    /** A text, a dictionary code, a choice or an academic year; null when not given. */
    public String text(String name) {
        return get(name, String.class);
    }

    /** The {@link ParameterType#LEVEL} named {@value Parameter#LEVEL}; null when the form has none. */
    public Level level() {
        return get(Parameter.LEVEL, Level.class);
    }

    private <T> T get(String name, Class<T> type) {
        Object value = values.get(name);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException("The argument " + name + " is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
