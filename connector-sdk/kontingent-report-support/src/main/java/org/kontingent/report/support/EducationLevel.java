package org.kontingent.report.support;

import java.util.List;

import org.kontingent.report.api.Parameter;
import org.kontingent.report.api.ParameterType;

/**
 * The education level an organization counts at, and the optional parameter that picks one.
 *
 * <p>The registry gives each organization one of {@code preschool}, {@code general},
 * {@code additional}, {@code vocational} or {@code mixed}. A mixed organization (an education
 * centre, a school with a kindergarten) counts at the level of its type: the parent code of its
 * type in the dictionary {@code organization-type}; when its type names none, or is not known (an
 * organization outside the user's scope, which the views show by id and level only), it counts
 * as general.
 */
public final class EducationLevel {
    /** The name of the optional education level parameter. */
    public static final String PARAMETER = "educationLevel";
    /** The levels an organization counts at, in the order they are offered. */
    public static final List<String> LEVELS = List.of("preschool", "general", "additional", "vocational");

    private EducationLevel() {
    }

    /**
     * The SQL expression of the level an organization counts at.
     *
     * @param educationLevel the SQL of its education level as the registry gives it (a column)
     * @param typeParent the SQL of its type's parent code in the dictionary {@code organization-type}:
     *        a column, or {@code NULL} when the type is not known
     */
    public static String of(String educationLevel, String typeParent) {
        return "CASE WHEN " + educationLevel + " <> 'mixed' THEN " + educationLevel
                + " ELSE coalesce(" + typeParent + ", 'general') END";
    }

    /**
     * The optional choice of one level, {@value #PARAMETER}, titled by the texts
     * {@code parameter.educationLevel} and {@code level.<code>}; {@link Organizations#with} keeps
     * the organizations that count at it.
     */
    public static Parameter parameter(Texts texts) {
        return new Parameter(PARAMETER, ParameterType.CHOICE, texts.get("parameter.educationLevel"), false, null, null,
                LEVELS.stream().map(level -> new Parameter.Option(level, texts.get("level." + level))).toList());
    }
}
