package org.kontingent.connector.api.exchange;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The named complex types of an XSD written in the exchange schema's style (named types, fields
 * as local elements in xs:all or xs:sequence, attributes), read with DOM for tests that compare
 * the XSD with the Java records.
 */
final class XsdTypes {
    private final Map<String, Type> types = new LinkedHashMap<>();
    private final Map<String, String> globalElements = new LinkedHashMap<>();

    /**
     * One complex type.
     *
     * @param elements its child elements, by name, with their type's local name
     * @param required the child elements and attributes that must be given
     */
    record Type(String name, Map<String, String> elements, Set<String> attributes, Set<String> required) {

        /** The fields it declares: its child elements and attributes. */
        Set<String> fields() {
            Set<String> fields = new LinkedHashSet<>(elements.keySet());
            fields.addAll(attributes);
            return fields;
        }
    }

    static XsdTypes read(InputStream xsd) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(xsd);
        XsdTypes read = new XsdTypes();
        Element schema = document.getDocumentElement();
        for (Element child : children(schema, "element")) {
            read.globalElements.put(child.getAttribute("name"), localName(child.getAttribute("type")));
        }
        for (Element complexType : children(schema, "complexType")) {
            Map<String, String> elements = new LinkedHashMap<>();
            Set<String> attributes = new LinkedHashSet<>();
            Set<String> required = new LinkedHashSet<>();
            for (Element element : descendants(complexType, "element")) {
                elements.put(element.getAttribute("name"), localName(element.getAttribute("type")));
                if (!"0".equals(element.getAttribute("minOccurs"))) {
                    required.add(element.getAttribute("name"));
                }
            }
            for (Element attribute : descendants(complexType, "attribute")) {
                attributes.add(attribute.getAttribute("name"));
                if ("required".equals(attribute.getAttribute("use"))) {
                    required.add(attribute.getAttribute("name"));
                }
            }
            String name = complexType.getAttribute("name");
            read.types.put(name, new Type(name, elements, attributes, required));
        }
        return read;
    }

    /** The type of a global element. */
    Type ofGlobalElement(String name) {
        return type(globalElements.get(name));
    }

    /** A complex type by its name; fails when there is none. */
    Type type(String name) {
        Type type = types.get(name);
        if (type == null) {
            throw new AssertionError("the XSD has no complex type " + name + "; it has " + types.keySet());
        }
        return type;
    }

    private static String localName(String qualified) {
        return qualified.substring(qualified.indexOf(':') + 1);
    }

    private static Iterable<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                children.add(e);
            }
        }
        return children;
    }

    private static Iterable<Element> descendants(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
