package org.kontingent.report.api;

/**
 * What a parameter takes, and so how the engine checks it and what
 * {@link ReportArguments} gives back for it.
 */
public enum ParameterType {
    /** A day, written {@code 2026-09-01}; a {@link java.time.LocalDate}. */
    DATE,
    /** An academic year, written {@code 2026-2027}; its code as a {@link String}. */
    ACADEMIC_YEAR,
    /** The level rows are given at: a {@link Level}. */
    LEVEL,
    /** An authority's id; it must lie in the user's scope. A {@link Long}. */
    AUTHORITY,
    /** An organization's id; it must lie in the user's scope. A {@link Long}. */
    ORGANIZATION,
    /** A code of the dictionary the parameter names; a {@link String}. */
    DICTIONARY,
    /** One of the parameter's options; its value as a {@link String}. */
    CHOICE,
    /** A whole number; a {@link Long}. */
    INTEGER,
    /** Free text, at most 200 characters: a city or district, a settlement; a {@link String}. */
    TEXT
}
