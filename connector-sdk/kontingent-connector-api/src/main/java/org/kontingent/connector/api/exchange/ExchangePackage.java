package org.kontingent.connector.api.exchange;

import java.util.List;

/**
 * One package of data from a provider, in the registry's exchange model. Records refer to each
 * other by the provider's own ids (a membership names its person's {@code id}); organizations are
 * named by the code they are registered under for the provider (by default the registry's id).
 * Within a package, records of one person are applied in the order given.
 *
 * @param version the exchange model version the package follows, {@value #VERSION} here
 */
public record ExchangePackage(String version, List<PersonRecord> persons, List<RepresentativeRecord> representatives,
        List<ClassGroupRecord> classes, List<MembershipRecord> memberships, List<GradeRecord> grades,
        List<ExtensionRecord> extensions) {

    /** The version of the exchange model this API describes. */
    public static final String VERSION = "1.0";

    public ExchangePackage {
        persons = persons == null ? List.of() : List.copyOf(persons);
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
        classes = classes == null ? List.of() : List.copyOf(classes);
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
        grades = grades == null ? List.of() : List.copyOf(grades);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    /** How many records the package holds, of every kind. */
    public int size() {
        return persons.size() + representatives.size() + classes.size() + memberships.size() + grades.size()
                + extensions.size();
    }
}
