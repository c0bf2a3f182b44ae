package org.kontingent.connector.edfi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.kontingent.connector.support.ZipLimitExceeded;

/**
 * Reads one interchange document with StAX: checks that it is an Ed-Fi 5.x interchange and
 * gathers the entities the connector maps, skipping the rest as it streams. DTDs are refused, so
 * no entity is expanded and nothing outside the package is ever opened.
 */
final class InterchangeReader {
    /** The namespace of the Ed-Fi Data Standard 5.0, 5.1 and 5.2 interchanges starts so. */
    private static final String SUPPORTED_NAMESPACE = "http://ed-fi.org/5.";
    private static final String ED_FI_NAMESPACE = "http://ed-fi.org/";
    private static final int MAX_DEPTH = 64;

    private InterchangeReader() {
    }

    /**
     * Reads a document into the package's entities.
     *
     * @param source the file's name, used in places and messages
     */
    static void read(InputStream document, String source, Interchanges into) throws UnreadablePackageException {
        ObservedReader input = XmlEncoding.reader(document, source);
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(input);
            String namespace = root(reader, source);
            into.interchange(reader.getLocalName());
            Map<String, Integer> ordinals = new HashMap<>();
            for (int event = nextInside(reader, source); event != XMLStreamConstants.END_ELEMENT;
                    event = nextInside(reader, source)) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    int ordinal = ordinals.merge(name, 1, Integer::sum);
                    String place = source + ", " + name + " " + ordinal + ", line " + reader.getLocation().getLineNumber();
                    if (Interchanges.MAPPED.contains(name) && namespace.equals(reader.getNamespaceURI())) {
                        into.add(new Interchanges.Located(place, element(reader, source, 1)));
                    } else {
                        skip(reader, source);
                    }
                }
            }
            while (reader.hasNext()) {
                refuseEntities(reader.next(), reader, source);
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw unreadable(source, e, input.failure());
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Moves to the root element and checks it is an Ed-Fi 5.x interchange; returns its namespace. */
    private static String root(XMLStreamReader reader, String source) throws XMLStreamException, UnreadablePackageException {
        int event = reader.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            refuseEntities(event, reader, source);
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, source + " holds no root element");
            }
            event = reader.next();
        }
        String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        String name = reader.getLocalName();
        if (!namespace.startsWith(ED_FI_NAMESPACE) || !name.startsWith("Interchange")) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, source + " is not an Ed-Fi interchange: its root is "
                    + name + (namespace.isEmpty() ? " without a namespace" : " in " + namespace));
        }
        if (!namespace.startsWith(SUPPORTED_NAMESPACE)) {
            throw new UnreadablePackageException(ErrorCode.UNSUPPORTED_VERSION, source + " follows " + namespace
                    + "; the connector reads the Ed-Fi Data Standard 5.x (" + SUPPORTED_NAMESPACE + "*)");
        }
        return namespace;
    }

    /** The next event within an element; DTDs, entities and an end of the document there are refused. */
    private static int nextInside(XMLStreamReader reader, String source) throws XMLStreamException, UnreadablePackageException {
        int event = reader.next();
        refuseEntities(event, reader, source);
        if (event == XMLStreamConstants.END_DOCUMENT) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, source + " ends inside an element");
        }
        return event;
    }

    private static void refuseEntities(int event, XMLStreamReader reader, String source) throws UnreadablePackageException {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, source + " declares a DTD or entities at line "
                    + reader.getLocation().getLineNumber() + "; interchanges are plain XML without them");
        }
    }

    /** The element the reader stands at, read whole; the reader ends at its end tag. */
    private static XmlElement element(XMLStreamReader reader, String source, int depth)
            throws XMLStreamException, UnreadablePackageException {
        if (depth > MAX_DEPTH) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, source + " nests elements deeper than " + MAX_DEPTH
                    + " levels at line " + reader.getLocation().getLineNumber());
        }
        String name = reader.getLocalName();
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<XmlElement> children = new ArrayList<>();
        for (int event = nextInside(reader, source); event != XMLStreamConstants.END_ELEMENT;
                event = nextInside(reader, source)) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(element(reader, source, depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(reader.getText());
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
        return new XmlElement(name, attributes, text.toString(), children);
    }

    /** Skips the element the reader stands at; the reader ends at its end tag. */
    private static void skip(XMLStreamReader reader, String source) throws XMLStreamException, UnreadablePackageException {
        int depth = 1;
        while (depth > 0) {
            int event = nextInside(reader, source);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Why the parser stopped: the stream beneath it failed (encoding, size, reading) or the XML is broken. */
    private static UnreadablePackageException unreadable(String source, XMLStreamException e, IOException failure) {
        if (failure instanceof ZipLimitExceeded) {
            return new UnreadablePackageException(ErrorCode.TOO_LARGE, failure.getMessage(), e);
        }
        if (failure instanceof CharacterCodingException) {
            return new UnreadablePackageException(ErrorCode.ENCODING, source + " is not in the encoding it declares"
                    + " (UTF-8 when it declares none): " + failure, e);
        }
        if (failure != null) {
            return new UnreadablePackageException(ErrorCode.MALFORMED, source + " could not be read: " + failure.getMessage(), e);
        }
        Location location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
        return new UnreadablePackageException(ErrorCode.MALFORMED, source + " is not well-formed XML" + where + ": "
                + parserMessage(e), e);
    }

    /** The parser's own words, without the position it prefixes them with. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return at < 0 ? message : message.substring(at + "Message: ".length());
    }
}
