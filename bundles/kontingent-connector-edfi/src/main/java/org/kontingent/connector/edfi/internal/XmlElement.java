package org.kontingent.connector.edfi.internal;

import java.util.List;
import java.util.Map;

/**
 * One element of an interchange with its attributes, text and child elements, by local name.
 * Only the entities the connector maps are held this way, one at a time as they are read.
 */
final class XmlElement {
    private final String name;
    private final Map<String, String> attributes;
    private final String text;
    private final List<XmlElement> children;

    XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children) {
        this.name = name;
        this.attributes = Map.copyOf(attributes);
        this.text = text;
        this.children = List.copyOf(children);
    }

    String name() {
        return name;
    }

    /** The attribute's value, or null. */
    String attribute(String localName) {
        return attributes.get(localName);
    }

    /** The child elements with the name, in document order. */
    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The element at a path of child names such as {@code Name/FirstName}, taking the first of each; or null. */
    XmlElement at(String path) {
        XmlElement current = this;
        for (String step : path.split("/")) {
            XmlElement next = null;
            for (XmlElement child : current.children) {
                if (child.name.equals(step)) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }

    /** The trimmed text of the element at the path, or null when it is absent or blank. */
    String text(String path) {
        XmlElement element = at(path);
        return element == null ? null : element.text();
    }

    /** The element's own trimmed text, or null when blank. */
    String text() {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
