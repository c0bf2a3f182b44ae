package org.kontingent.connector.xml.internal;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.kontingent.connector.api.exchange.ClassGroupRecord;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.ExchangePackage;
import org.kontingent.connector.api.exchange.ExtensionRecord;
import org.kontingent.connector.api.exchange.GradeRecord;
import org.kontingent.connector.api.exchange.MembershipRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.exchange.RepresentativeRecord;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads one package, event by event. Each event goes to the XSD validator as it is read, so that
 * what the validator finds is laid at the door of the record being read; each record is held only
 * until its end tag, then bound to its exchange record or refused. What the validator finds
 * outside any record makes the whole package unreadable. Not thread-safe: one reader per package.
 */
final class PackageReader {
    /** Deeper than any package goes; the exchange model itself nests six elements deep. */
    static final int MAX_DEPTH = 32;
    /**
     * The longest text a field of the exchange XSD takes (its largest maxLength). Of a longer
     * value or attribute the validator is given one character more, enough to refuse it: its
     * pattern matching takes time in the square of a value's length, so megabytes in one field
     * would stall it.
     */
    static final int MAX_VALUE = 1000;
    /** The longest name of an extension's field that a field path repeats; a longer one is named by its index. */
    private static final int NAME_IN_PATH = 100;
    private static final int RECORD_DEPTH = 3;
    private static final Map<String, Class<?>> RECORDS = Map.of("persons", PersonRecord.class, "representatives",
            RepresentativeRecord.class, "classes", ClassGroupRecord.class, "memberships", MembershipRecord.class, "grades",
            GradeRecord.class, "extensions", ExtensionRecord.class);

    private final XMLStreamReader xml;
    private final ContentModel model;
    private final SchemaFindings schemaFindings;
    private final SaxFeed validator;
    private final List<SAXParseException> findings = new ArrayList<>();
    private final Map<String, List<Object>> records = new HashMap<>();
    private final Map<String, List<String>> places = new HashMap<>();
    private final Map<String, Integer> recordsInList = new HashMap<>();
    private final List<RecordError> errors = new ArrayList<>();
    private int unreadable;
    private OpenElement current;
    private RecordInProgress record;

    PackageReader(XMLStreamReader xml, ExchangeSchema schema) throws SAXException {
        this.xml = xml;
        this.model = schema.model();
        this.schemaFindings = new SchemaFindings(model);
        this.validator = new SaxFeed(xml, schema.validator(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // A warning does not make a record invalid; the exchange XSD raises none.
            }

            @Override
            public void error(SAXParseException e) {
                findings.add(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                findings.add(e);
            }
        }), MAX_VALUE + 1);
    }

    ReadResult read() throws XMLStreamException, SAXException, UnreadablePackageException {
        validator.startDocument();
        root();
        while (current != null) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> start();
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> characters();
                default -> {
                    // comments and processing instructions carry nothing of the package
                }
            }
        }
        while (xml.hasNext()) {
            xml.next();
        }
        validator.endDocument();
        attribute();
        ExchangePackage read = new ExchangePackage(ExchangePackage.VERSION, list("persons"), list("representatives"),
                list("classes"), list("memberships"), list("grades"), list("extensions"));
        return new ReadResult(read, places, errors, unreadable);
    }

    /** Goes to the root element and checks that it is a package of the exchange model this connector reads. */
    private void root() throws XMLStreamException, SAXException, UnreadablePackageException {
        int event = xml.next();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package has a document type declaration"
                        + " (DOCTYPE) at line " + xml.getLocation().getLineNumber() + "; exchange packages carry none");
            }
            event = xml.next();
        }
        if (!"package".equals(xml.getLocalName())) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package's root element is <" + xml.getLocalName()
                    + ">; an exchange package is <package xmlns=\"" + ExchangeSchema.NAMESPACE + "\" version=\""
                    + ExchangePackage.VERSION + "\">");
        }
        String namespace = xml.getNamespaceURI();
        if (!ExchangeSchema.NAMESPACE.equals(namespace)) {
            throw new UnreadablePackageException(ErrorCode.UNSUPPORTED_VERSION, "The package is "
                    + (namespace == null || namespace.isEmpty() ? "in no namespace" : "in namespace " + namespace)
                    + "; this connector reads the exchange model " + ExchangePackage.VERSION + ", namespace "
                    + ExchangeSchema.NAMESPACE);
        }
        String version = xml.getAttributeValue(null, "version");
        if (!ExchangePackage.VERSION.equals(version)) {
            throw new UnreadablePackageException(ErrorCode.UNSUPPORTED_VERSION, (version == null
                    ? "The package names no exchange model version" : "The package follows exchange model version " + version)
                    + "; this connector reads version=\"" + ExchangePackage.VERSION + "\"");
        }
        current = new OpenElement(null, 1, "package", model.globalElement("package"), null, null, false, true);
        validator.startElement();
        attribute();
    }

    private void start() throws SAXException, UnreadablePackageException {
        int depth = current.depth() + 1;
        if (depth > MAX_DEPTH) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package nests elements deeper than " + MAX_DEPTH
                    + " at line " + xml.getLocation().getLineNumber() + "; the exchange model goes six deep");
        }
        String name = xml.getLocalName();
        ContentModel.Declaration declaration = ExchangeSchema.NAMESPACE.equals(xml.getNamespaceURI())
                && current.declaration() != null ? model.children(current.declaration().type()).get(name) : null;
        if (depth < RECORD_DEPTH) {
            recordsInList.clear();
            current = new OpenElement(current, depth, name, declaration, null, null, false, true);
        } else if (depth == RECORD_DEPTH) {
            current = startRecord(name, declaration);
        } else {
            String nameAttribute = xml.getAttributeValue(null, "name");
            XmlElement element = new XmlElement(name, nameAttribute == null || nameAttribute.length() <= MAX_VALUE
                    ? nameAttribute : nameAttribute.substring(0, MAX_VALUE + 1));
            String field = field(current, element, declaration);
            current.element().add(element);
            current = new OpenElement(current, depth, name, declaration, element, field,
                    declaration != null && model.children(declaration.type()).isEmpty(), current.validated());
        }
        if (current.validated()) {
            validator.startElement();
            attribute();
        }
    }

    /** A record begins; one of a kind its list does not hold is refused here and kept from the validator. */
    private OpenElement startRecord(String name, ContentModel.Declaration declaration) {
        XmlElement element = new XmlElement(name, null);
        record = new RecordInProgress(current.name(), current.name() + "/" + name + "["
                + recordsInList.merge(name, 1, Integer::sum) + "]", element);
        if (declaration == null) {
            record.refuse(ErrorCode.FORMAT, null, null, "The list " + current.name() + " holds "
                    + String.join(", ", model.children(current.declaration().type()).keySet()) + " records, not " + name
                    + " (line " + xml.getLocation().getLineNumber() + ")");
        }
        return new OpenElement(current, RECORD_DEPTH, name, declaration, element, "", false, declaration != null);
    }

    /**
     * A field's path within its record: {@code enrollmentOrder.date}, {@code documents[0].number},
     * {@code data.level} (an extension's field by its name).
     */
    private static String field(OpenElement parent, XmlElement element, ContentModel.Declaration declaration) {
        if (declaration != null && declaration.repeated()) {
            String named = element.nameAttribute();
            return named != null && !named.isBlank() && named.length() <= NAME_IN_PATH ? joined(parent.field(), named)
                    : parent.field() + "[" + parent.element().count(element.name()) + "]";
        }
        return joined(parent.field(), element.name());
    }

    static String joined(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private void characters() throws SAXException, UnreadablePackageException {
        if (!current.validated()) {
            return;
        }
        if (!current.holdsValue()) {
            validator.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        } else if (current.element().length() <= MAX_VALUE) {
            int taken = Math.min(xml.getTextLength(), MAX_VALUE + 1 - current.element().length());
            current.element().append(xml.getTextCharacters(), xml.getTextStart(), taken);
            validator.characters(xml.getTextCharacters(), xml.getTextStart(), taken);
        }
        attribute();
    }

    private void end() throws SAXException, UnreadablePackageException {
        if (current.validated()) {
            validator.endElement();
            attribute();
        }
        if (current.holdsValue() && current.element().length() > MAX_VALUE) {
            record.refuse(ErrorCode.FORMAT, current.field(), current.element().text(), "The value of " + current.field()
                    + " is longer than " + MAX_VALUE + " characters (line " + xml.getLocation().getLineNumber() + ")");
        }
        if (current.depth() == RECORD_DEPTH) {
            finish(record);
            record = null;
        }
        current = current.parent();
    }

    private void finish(RecordInProgress finished) {
        if (!finished.refused()) {
            try {
                Object bound = RecordBinder.bind(finished.element(), RECORDS.get(finished.list()));
                records.computeIfAbsent(finished.list(), k -> new ArrayList<>()).add(bound);
                places.computeIfAbsent(finished.list(), k -> new ArrayList<>()).add(finished.place());
                return;
            } catch (DateTimeException | NumberFormatException e) {
                finished.refuse(ErrorCode.FORMAT, null, null, "A value the exchange XSD lets through is not in its"
                        + " format: " + e.getMessage());
            }
        }
        errors.addAll(finished.errors());
        unreadable++;
    }

    /** Lays what the validator found at the door of the record being read, or refuses the package. */
    private void attribute() throws UnreadablePackageException {
        for (SAXParseException finding : findings) {
            if (record == null) {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The package does not follow the exchange XSD at line "
                        + finding.getLineNumber() + ", column " + finding.getColumnNumber() + ": " + SchemaFindings.said(finding));
            }
            schemaFindings.refuse(record, current, finding);
        }
        findings.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(String name) {
        return (List<T>) records.getOrDefault(name, List.of());
    }
}
