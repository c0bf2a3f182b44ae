package org.kontingent.connector.xml.internal;

import java.io.CharConversionException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.osgi.service.component.annotations.Component;
import org.xml.sax.SAXException;

/**
 * The exchange model as XML, the format of automatic uploads: a {@code package} element of
 * namespace {@code urn:kontingent:exchange:1.0} with the lists of records, as the connector API's
 * {@code exchange-1.0.xsd} describes it. The package is streamed: each record is checked against
 * the XSD as it is read, and one that does not fit is named (list, place, id) with its field,
 * value and line while the others are read. Packages with a DTD are refused, so no entity is
 * ever expanded or fetched.
 */
@Component
public class XmlPackageFormat implements PackageFormat {
    /** How the JDK's parser starts a message with the place it also reports apart. */
    private static final String PARSE_ERROR_PREFIX = "(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message: ";

    private final ExchangeSchema schema = ExchangeSchema.load();

    @Override
    public String id() {
        return "xml";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/xml", "text/xml", "application/vnd.kontingent.exchange+xml");
    }

    @Override
    public ReadResult read(InputStream body, String fileName) throws UnreadablePackageException {
        Reader text = PackageEncoding.reader(body);
        try {
            return new PackageReader(inputFactory().createXMLStreamReader(text), schema).read();
        } catch (XMLStreamException e) {
            throw unreadable(e);
        } catch (SAXException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package could not be checked against the"
                    + " exchange XSD: " + e.getMessage(), e);
        }
    }

    /**
     * A parser for one package (the JDK's own, whatever else the framework offers): no DTD, no
     * external entity, whatever the JDK's defaults. A new one for each read, since a factory is
     * not promised to be thread-safe.
     */
    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static UnreadablePackageException unreadable(XMLStreamException e) {
        if (e.getNestedException() instanceof CharConversionException stop) {
            return new UnreadablePackageException(ErrorCode.ENCODING, "The package is not text in its encoding: "
                    + stop.getMessage() + "; declare the encoding it is written in, or send UTF-8", e);
        }
        Location at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        String message = String.valueOf(e.getMessage()).replaceFirst(PARSE_ERROR_PREFIX, "");
        return new UnreadablePackageException(ErrorCode.MALFORMED, "The package is not well-formed XML" + where + ": "
                + message, e);
    }
}
