package org.kontingent.connector.oneroster.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.support.RecordRefusal;

/**
 * Users with the role student, parent or guardian as persons, keyed by their sourcedId: familyName
 * is the surname, givenName the name, middleName the patronymic (the third part of the name);
 * birthDate and sex come from the user's row of demographics.csv, when there is one. The phone
 * is phone, else sms. Users of other roles (teachers, administrators, aides, proctors, relatives)
 * are not persons the registry takes from a roster.
 */
final class PersonMapping {
    static final Set<String> ROLES = Set.of("student", "parent", "guardian");

    /** OneRoster 1.1 writes male and female; other and unspecified (1.2) leave the sex unknown. */
    private static final Map<String, String> SEX = Map.of("male", "M", "female", "F", "other", "", "unspecified", "");

    private PersonMapping() {
    }

    /** Whether a row of users.csv is of a role the registry takes. */
    static boolean isPerson(CsvFile.Row user) {
        return user.problem() != null || ROLES.contains(Values.token(user.get("role")));
    }

    /**
     * @param demographics the rows of demographics.csv by sourcedId
     */
    static PersonRecord person(CsvFile.Row user, Map<String, CsvFile.Row> demographics) throws RecordRefusal {
        Values.readable(user);
        String id = Values.required(user, "sourcedId");
        String surname = Values.name("familyName", Values.required(user, "familyName"));
        String name = Values.name("givenName", Values.required(user, "givenName"));
        String patronymic = Values.name("middleName", user.get("middleName"));
        String phone = user.get("phone") != null ? user.get("phone") : user.get("sms");
        CsvFile.Row demographic = demographics.get(id);
        LocalDate birthDate = null;
        String sex = null;
        if (demographic != null) {
            if (demographic.problem() != null) {
                throw new RecordRefusal(ErrorCode.FORMAT, "demographics", null, demographic.place() + " " + demographic.problem());
            }
            birthDate = Values.date(demographic, "birthDate");
            sex = sex(demographic);
        }
        return new PersonRecord(id, surname, name, patronymic, birthDate, sex, null, null, null, null, null, phone,
                user.get("email"), List.of());
    }

    /** M, F, or null when demographics.csv gives none or one the registry does not record. */
    static String sex(CsvFile.Row demographic) throws RecordRefusal {
        String value = demographic.get("sex");
        if (value == null) {
            return null;
        }
        String sex = SEX.get(Values.token(value));
        if (sex == null) {
            throw new RecordRefusal(ErrorCode.DICTIONARY, "sex", value, "sex in " + demographic.place()
                    + " is male or female (other and unspecified leave it unknown)");
        }
        return sex.isEmpty() ? null : sex;
    }
}
