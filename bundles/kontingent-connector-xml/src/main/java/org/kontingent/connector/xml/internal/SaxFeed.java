package org.kontingent.connector.xml.internal;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;

import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Hands the event a StAX reader stands on to a SAX content handler (the XSD validator), with the
 * reader's position as the handler's locator, so that what the validator finds carries the line
 * and column of the package as received.
 */
final class SaxFeed implements Locator {
    private final XMLStreamReader xml;
    private final ContentHandler handler;
    private final int attributeLimit;

    /**
     * @param attributeLimit how many characters of an attribute's value are handed on; the
     *        validator is spared matching patterns against megabytes
     */
    SaxFeed(XMLStreamReader xml, ContentHandler handler, int attributeLimit) {
        this.xml = xml;
        this.handler = handler;
        this.attributeLimit = attributeLimit;
        handler.setDocumentLocator(this);
    }

    void startDocument() throws SAXException {
        handler.startDocument();
    }

    void endDocument() throws SAXException {
        handler.endDocument();
    }

    void startElement() throws SAXException {
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            handler.startPrefixMapping(orEmpty(xml.getNamespacePrefix(i)), orEmpty(xml.getNamespaceURI(i)));
        }
        AttributesImpl attributes = new AttributesImpl();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            QName name = xml.getAttributeName(i);
            attributes.addAttribute(orEmpty(name.getNamespaceURI()), name.getLocalPart(), qualified(name),
                    xml.getAttributeType(i), limited(xml.getAttributeValue(i)));
        }
        handler.startElement(orEmpty(xml.getNamespaceURI()), xml.getLocalName(), qualified(xml.getName()), attributes);
    }

    /** Hands on characters of the text event the reader stands on. */
    void characters(char[] text, int start, int length) throws SAXException {
        handler.characters(text, start, length);
    }

    void endElement() throws SAXException {
        handler.endElement(orEmpty(xml.getNamespaceURI()), xml.getLocalName(), qualified(xml.getName()));
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            handler.endPrefixMapping(orEmpty(xml.getNamespacePrefix(i)));
        }
    }

    @Override
    public String getPublicId() {
        return null;
    }

    @Override
    public String getSystemId() {
        return null;
    }

    @Override
    public int getLineNumber() {
        return xml.getLocation().getLineNumber();
    }

    @Override
    public int getColumnNumber() {
        return xml.getLocation().getColumnNumber();
    }

    private String limited(String value) {
        return value.length() <= attributeLimit ? value : value.substring(0, attributeLimit);
    }

    private static String qualified(QName name) {
        return name.getPrefix() == null || name.getPrefix().isEmpty() ? name.getLocalPart()
                : name.getPrefix() + ":" + name.getLocalPart();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
