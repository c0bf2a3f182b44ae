package org.kontingent.registry.api.names;

import java.util.Objects;

/**
 * A person's surname, name and patronymic as written; the patronymic may be absent.
 *
 * @param surname the surname (фамилия)
 * @param name the given name (имя)
 * @param patronymic the patronymic (отчество), or null
 */
public record FullName(String surname, String name, String patronymic) {

    public FullName {
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(name, "name");
    }

    /** The same name in the normal form of {@link PersonNames#normalize(String)}; an absent patronymic becomes empty. */
    public FullName normalized() {
        return new FullName(PersonNames.normalize(surname), PersonNames.normalize(name), PersonNames.normalize(patronymic));
    }

    /** "Иванова Анна Сергеевна": surname, name and patronymic as written, separated by single spaces. */
    public String display() {
        return patronymic == null || patronymic.isBlank() ? surname + " " + name : surname + " " + name + " " + patronymic;
    }

    /** "Иванова А. С.": the surname with initials, as in lists. */
    public String withInitials() {
        StringBuilder text = new StringBuilder(surname).append(' ').append(initial(name));
        if (patronymic != null && !patronymic.isBlank()) {
            text.append(' ').append(initial(patronymic));
        }
        return text.toString();
    }

    private static String initial(String part) {
        String trimmed = part.strip();
        return trimmed.isEmpty() ? "" : trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)).toUpperCase() + ".";
    }
}
