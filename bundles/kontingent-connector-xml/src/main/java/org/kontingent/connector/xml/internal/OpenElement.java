package org.kontingent.connector.xml.internal;

/**
 * An element of the package the reader is inside.
 *
 * @param depth 1 for the package, 2 for a list, 3 for a record, more for its fields
 * @param declaration what the XSD declares it as, or null for an element the XSD does not know
 * @param element the element in the record's tree, or null above the records
 * @param field its path within the record, for example {@code documents[0].number}; empty for the
 *        record itself, null above the records
 * @param holdsValue whether it is a field whose value is its text
 * @param validated whether its events go to the validator: not for a record the list does not
 *        know, which is refused without it, so that the validator never stops judging the list
 */
record OpenElement(OpenElement parent, int depth, String name, ContentModel.Declaration declaration, XmlElement element,
        String field, boolean holdsValue, boolean validated) {

    /** Its path for a record's error: null for the record itself. */
    String fieldOrNull() {
        return field == null || field.isEmpty() ? null : field;
    }
}
