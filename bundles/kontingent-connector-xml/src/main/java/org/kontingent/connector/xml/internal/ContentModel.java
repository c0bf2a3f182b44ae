package org.kontingent.connector.xml.internal;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which elements the exchange XSD declares in each of its complex types, and which of them are
 * required or repeat: what the reader needs to name a field the XSD found missing, unknown or
 * given twice. Read from the XSD itself, which declares every field as a local element of a named
 * complex type.
 */
final class ContentModel {
    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /**
     * A declared element.
     *
     * @param type the local name of its type in the exchange namespace, or null for a built-in XSD
     *        type
     */
    record Declaration(String name, String type, boolean required, boolean repeated) {
    }

    private final Map<String, Declaration> globalElements;
    private final Map<String, Map<String, Declaration>> types;

    private ContentModel(Map<String, Declaration> globalElements, Map<String, Map<String, Declaration>> types) {
        this.globalElements = Map.copyOf(globalElements);
        this.types = Map.copyOf(types);
    }

    /** A global element, or null when the XSD declares none of that name. */
    Declaration globalElement(String name) {
        return globalElements.get(name);
    }

    /** The elements a type declares, by name, in the XSD's order; none for a simple type. */
    Map<String, Declaration> children(String type) {
        return type == null ? Map.of() : types.getOrDefault(type, Map.of());
    }

    static ContentModel read(InputStream xsd) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(xsd);
        String targetNamespace = null;
        Map<String, Declaration> globalElements = new HashMap<>();
        Map<String, Map<String, Declaration>> types = new HashMap<>();
        Map<String, Declaration> current = null;
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (!XSD.equals(xml.getNamespaceURI())) {
                    continue;
                }
                String element = xml.getLocalName();
                if (depth == 1) {
                    targetNamespace = xml.getAttributeValue(null, "targetNamespace");
                } else if (depth == 2 && element.equals("complexType")) {
                    current = types.computeIfAbsent(xml.getAttributeValue(null, "name"), k -> new LinkedHashMap<>());
                } else if (element.equals("element")) {
                    Declaration declaration = declaration(xml, targetNamespace);
                    (depth == 2 ? globalElements : current).put(declaration.name(), declaration);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new ContentModel(globalElements, types);
    }

    private static Declaration declaration(XMLStreamReader xml, String targetNamespace) {
        String type = xml.getAttributeValue(null, "type");
        int colon = type.indexOf(':');
        String namespace = xml.getNamespaceContext().getNamespaceURI(colon < 0 ? "" : type.substring(0, colon));
        return new Declaration(xml.getAttributeValue(null, "name"),
                targetNamespace.equals(namespace) ? type.substring(colon + 1) : null,
                !"0".equals(xml.getAttributeValue(null, "minOccurs")),
                "unbounded".equals(xml.getAttributeValue(null, "maxOccurs")));
    }
}
