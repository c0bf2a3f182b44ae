package org.kontingent.registry.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kontingent.registry.api.command.OrganizationData;
import org.kontingent.registry.api.command.PersonData;
import org.kontingent.registry.api.identifiers.DocumentType;
import org.kontingent.registry.api.identifiers.IdentityDocuments;
import org.kontingent.registry.api.identifiers.Inn;
import org.kontingent.registry.api.identifiers.Kpp;
import org.kontingent.registry.api.identifiers.Ogrn;
import org.kontingent.registry.api.identifiers.Snils;
import org.kontingent.registry.api.identifiers.Violation;
import org.kontingent.registry.api.names.PersonNames;

/**
 * The rules a person or an organization must keep that need nothing but the record itself:
 * required fields, letters in names, dates, identifiers with their checksums, documents per
 * type. The rules that need the registry (references, dictionary values, uniqueness) are
 * checked by {@link JdbcRegistryCommands}.
 */
final class RecordRules {
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final Set<String> EDUCATION_LEVELS = Set.of("preschool", "general", "additional", "vocational", "mixed");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 100;
    /** What names are written with: letters of any script, spaces, hyphens, apostrophes and dots. */
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{M} .'’ʼ-]+");

    private RecordRules() {
    }

    static List<Violation> person(PersonData p, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        namePart(violations, "surname", p.surname(), true);
        namePart(violations, "name", p.name(), true);
        namePart(violations, "patronymic", p.patronymic(), false);
        if (p.birthDate() != null && p.birthDate().isAfter(today)) {
            violations.add(new Violation("birthDate", p.birthDate().toString(), "birth-date.future",
                    "Birth date " + p.birthDate() + " is in the future"));
        } else if (p.birthDate() != null && p.birthDate().isBefore(EARLIEST_BIRTH)) {
            violations.add(new Violation("birthDate", p.birthDate().toString(), "birth-date.range",
                    "Birth date " + p.birthDate() + " is before " + EARLIEST_BIRTH));
        }
        if (p.sex() != null && !p.sex().equals("M") && !p.sex().equals("F")) {
            violations.add(new Violation("sex", p.sex(), "sex.value", "Sex \"" + p.sex() + "\" is neither M nor F"));
        }
        if (!blank(p.snils())) {
            violations.addAll(Snils.check("snils", p.snils()));
        }
        email(violations, p.email());
        text(violations, "citizenship", p.citizenship());
        text(violations, "birthplace", p.birthplace());
        text(violations, "registrationAddress", p.registrationAddress());
        text(violations, "residenceAddress", p.residenceAddress());
        text(violations, "phone", p.phone());
        text(violations, "email", p.email());
        for (int i = 0; i < p.documents().size(); i++) {
            text(violations, "documents[" + i + "].issuer", p.documents().get(i).issuer());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.documents().size(); i++) {
            document(violations, "documents[" + i + "]", p.documents().get(i), p.birthDate(), today, seen);
        }
        return violations;
    }

    private static void document(List<Violation> violations, String at, PersonData.DocumentData d, LocalDate birthDate,
            LocalDate today, Set<String> seen) {
        DocumentType type;
        try {
            type = DocumentType.fromCode(d.type());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(at + ".type", d.type(), "document.type", e.getMessage()));
            return;
        }
        for (Violation v : IdentityDocuments.check(type, d.series(), d.number(), d.issuedOn(), birthDate, today)) {
            violations.add(new Violation(at + v.field().substring(v.field().indexOf('.')), v.value(), v.rule(), v.message()));
        }
        String key = type.code() + " " + IdentityDocuments.normalizeSeries(type, d.series()) + " "
                + IdentityDocuments.normalizeNumber(type, d.number());
        if (!seen.add(key)) {
            violations.add(new Violation(at + ".number", d.number(), "document.repeated",
                    "The document " + key + " is given twice"));
        }
    }

    static List<Violation> organization(OrganizationData o) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "fullName", o.fullName(), "Full name");
        required(violations, "typeCode", o.typeCode(), "Organization type");
        if (o.educationLevel() == null || !EDUCATION_LEVELS.contains(o.educationLevel())) {
            violations.add(new Violation("educationLevel", o.educationLevel(), "education-level.value",
                    "Education level \"" + o.educationLevel() + "\" is not one of " + EDUCATION_LEVELS));
        }
        if (!blank(o.inn())) {
            List<Violation> inn = Inn.check("inn", o.inn());
            violations.addAll(inn);
            if (inn.isEmpty() && Inn.parse(o.inn()).digits().length() == 12) {
                violations.add(new Violation("inn", o.inn(), Inn.RULE_LENGTH,
                        "ИНН " + o.inn() + " is a person's (12 digits); an organization's has 10"));
            }
        }
        if (!blank(o.kpp())) {
            violations.addAll(Kpp.check("kpp", o.kpp()));
        }
        if (!blank(o.ogrn())) {
            List<Violation> ogrn = Ogrn.check("ogrn", o.ogrn());
            violations.addAll(ogrn);
            if (ogrn.isEmpty() && Ogrn.parse(o.ogrn()).digits().length() != 13) {
                violations.add(new Violation("ogrn", o.ogrn(), Ogrn.RULE_LENGTH,
                        "ОГРН " + o.ogrn() + " is an individual entrepreneur's (ОГРНИП); an organization's has 13 digits"));
            }
        }
        email(violations, o.email());
        return violations;
    }

    private static void namePart(List<Violation> violations, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                violations.add(Violation.required(field, value, capitalized(field)));
            }
        } else if (PersonNames.normalize(value).isEmpty()) {
            violations.add(new Violation(field, value, "name.letters", capitalized(field) + " \"" + value + "\" has no letters"));
        } else if (value.length() > MAX_NAME) {
            violations.add(new Violation(field, value, "name.length",
                    capitalized(field) + " is longer than " + MAX_NAME + " characters"));
        } else if (!NAME_CHARACTERS.matcher(value).matches()) {
            violations.add(new Violation(field, value, "name.characters", capitalized(field) + " \"" + value
                    + "\" has characters no name is written with; letters, spaces, hyphens, apostrophes and dots are"));
        }
    }

    /** Refuses control characters (but tab and line breaks) in free text: NUL cannot even be stored. */
    static void text(List<Violation> violations, String field, String value) {
        if (value != null && value.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7f)) {
            violations.add(new Violation(field, value, "text.control", "The " + field + " holds a control character"
                    + " (code below 32 or 127) that text may not hold"));
        }
    }

    private static void required(List<Violation> violations, String field, String value, String what) {
        if (blank(value)) {
            violations.add(Violation.required(field, value, what));
        }
    }

    private static void email(List<Violation> violations, String email) {
        if (!blank(email) && !EMAIL.matcher(email.strip()).matches()) {
            violations.add(new Violation("email", email, "email.format", "E-mail \"" + email + "\" is not an address"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
