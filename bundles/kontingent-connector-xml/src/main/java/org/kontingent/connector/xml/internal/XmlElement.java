package org.kontingent.connector.xml.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of the record being read, with its text and child elements: a record is held as a
 * small tree until it ends, then bound to its Java record or refused.
 */
final class XmlElement {
    private final String name;
    private final String nameAttribute;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    /**
     * @param name the element's local name
     * @param nameAttribute its {@code name} attribute (the name of an extension's field), or null
     */
    XmlElement(String name, String nameAttribute) {
        this.name = name;
        this.nameAttribute = nameAttribute;
    }

    String name() {
        return name;
    }

    String nameAttribute() {
        return nameAttribute;
    }

    /** Its character content, as received. */
    String text() {
        return text.toString();
    }

    /** How many characters of text it has. */
    int length() {
        return text.length();
    }

    void append(char[] characters, int start, int length) {
        text.append(characters, start, length);
    }

    List<XmlElement> children() {
        return children;
    }

    void add(XmlElement child) {
        children.add(child);
    }

    /** The first child of a name, or null. */
    XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** How many children of a name it has so far. */
    int count(String childName) {
        int count = 0;
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                count++;
            }
        }
        return count;
    }
}
