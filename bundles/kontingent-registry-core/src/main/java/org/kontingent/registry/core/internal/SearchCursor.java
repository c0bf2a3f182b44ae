package org.kontingent.registry.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.kontingent.registry.api.query.PersonMatch.Kind;

/**
 * Where a page of search results ended: the tier and the last person's name and id, and a
 * fingerprint of the search so that a cursor is not taken to another search. Given to callers
 * as an opaque URL-safe string.
 */
record SearchCursor(String search, Kind kind, String surname, String name, String patronymic, long id) {
    private static final String SEPARATOR = "\u001F";

    String encode() {
        String text = String.join(SEPARATOR, search, kind.name(), surname, name, patronymic, Long.toString(id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException when the text is not a cursor of the given search
     */
    static SearchCursor decode(String cursor, String search) {
        try {
            String[] fields = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (fields.length == 6 && fields[0].equals(search)) {
                return new SearchCursor(search, Kind.valueOf(fields[1]), fields[2], fields[3], fields[4],
                        Long.parseLong(fields[5]));
            }
        } catch (IllegalArgumentException e) {
            // not base64, not a tier, not an id: answered below like any other foreign cursor
        }
        throw new IllegalArgumentException("cursor \"" + cursor + "\" is not one this search gave");
    }
}
