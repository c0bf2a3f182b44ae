package org.kontingent.report.api;

import java.util.List;
import java.util.Objects;

/**
 * A parameter of a report form. The standard parameters of the seeds' report forms have
 * factories here; their titles (left null) and their checks are the engine's, so every form
 * asks for a period, a level or an authority the same way.
 *
 * @param name the name, also the key in requests
 * @param type what it takes
 * @param title the label shown; null for a standard parameter, which the engine labels
 * @param required whether a run needs it (a default counts as given)
 * @param defaultValue the value taken when none is given: a literal value, or for a
 *        {@link ParameterType#DATE} {@value #TODAY} or {@value #ACADEMIC_YEAR_START}, for an
 *        {@link ParameterType#ACADEMIC_YEAR} {@value #CURRENT}; null when none
 * @param dictionary the dictionary of a {@link ParameterType#DICTIONARY} parameter, else null
 * @param options the choices of a {@link ParameterType#CHOICE} parameter, else empty
 */
public record Parameter(String name, ParameterType type, String title, boolean required, String defaultValue,
        String dictionary, List<Option> options) {
    /** The start of a period (a day, inclusive). */
    public static final String FROM = "from";
    /** The end of a period (a day, inclusive). The engine refuses a period that ends before it starts. */
    public static final String TO = "to";
    /** The day a count is taken on. */
    public static final String DATE = "date";
    /** The level of the rows. */
    public static final String LEVEL = "level";
    /** A managing authority: only organizations under it (with its subordinates). */
    public static final String AUTHORITY = "authority";
    /** One organization. */
    public static final String ORGANIZATION = "organization";
    /** A city or district, as organizations name it. */
    public static final String DISTRICT = "district";
    /** A settlement, as organizations name it. */
    public static final String SETTLEMENT = "settlement";
    /** A kind (type) of organization, from the dictionary {@code organization-type}. */
    public static final String ORGANIZATION_TYPE = "organizationType";
    /** An academic year. */
    public static final String ACADEMIC_YEAR = "academicYear";

    /** Default of a day: the day the report runs. */
    public static final String TODAY = "today";
    /** Default of a day: 1 September of the current academic year. */
    public static final String ACADEMIC_YEAR_START = "academic-year-start";
    /** Default of an academic year: the current one. */
    public static final String CURRENT = "current";

    /** A choice of a {@link ParameterType#CHOICE} parameter. */
    public record Option(String value, String title) {
        public Option {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(title, "title");
        }
    }

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        if ((type == ParameterType.DICTIONARY) != (dictionary != null)) {
            throw new IllegalArgumentException("Parameter " + name + ": a dictionary goes with DICTIONARY parameters only");
        }
        if ((type == ParameterType.CHOICE) == options.isEmpty()) {
            throw new IllegalArgumentException("Parameter " + name + ": options go with CHOICE parameters only");
        }
    }

    /** The start of the period, by default 1 September of the current academic year. */
    public static Parameter from() {
        return new Parameter(FROM, ParameterType.DATE, null, true, ACADEMIC_YEAR_START, null, null);
    }

    /** The end of the period, by default today. */
    public static Parameter to() {
        return new Parameter(TO, ParameterType.DATE, null, true, TODAY, null, null);
    }

    /** The day of a count, by default today. */
    public static Parameter date() {
        return new Parameter(DATE, ParameterType.DATE, null, true, TODAY, null, null);
    }

    /** The level of the rows, by default the one given. */
    public static Parameter level(Level byDefault) {
        return new Parameter(LEVEL, ParameterType.LEVEL, null, true, byDefault.value(), null, null);
    }

    /** An optional managing authority. */
    public static Parameter authority() {
        return new Parameter(AUTHORITY, ParameterType.AUTHORITY, null, false, null, null, null);
    }

    /** An optional organization. */
    public static Parameter organization() {
        return new Parameter(ORGANIZATION, ParameterType.ORGANIZATION, null, false, null, null, null);
    }

    /** An optional city or district. */
    public static Parameter district() {
        return new Parameter(DISTRICT, ParameterType.TEXT, null, false, null, null, null);
    }

    /** An optional settlement. */
    public static Parameter settlement() {
        return new Parameter(SETTLEMENT, ParameterType.TEXT, null, false, null, null, null);
    }

    /** An optional kind of organization. */
    public static Parameter organizationType() {
        return new Parameter(ORGANIZATION_TYPE, ParameterType.DICTIONARY, null, false, null, "organization-type", null);
    }

    /** The academic year, by default the current one. */
    public static Parameter academicYear() {
        return new Parameter(ACADEMIC_YEAR, ParameterType.ACADEMIC_YEAR, null, true, CURRENT, null, null);
    }
}
