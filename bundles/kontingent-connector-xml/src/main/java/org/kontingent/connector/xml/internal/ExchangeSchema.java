package org.kontingent.connector.xml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import org.kontingent.connector.api.exchange.ExchangePackage;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;

/**
 * The exchange XSD the connector API publishes beside the exchange records, compiled once: the
 * grammar that checks each record, and its content model for naming what a check found. Both are
 * immutable and shared by all reads.
 */
final class ExchangeSchema {
    static final String NAMESPACE = "urn:kontingent:exchange:1.0";
    private static final String RESOURCE = "exchange-1.0.xsd";

    private final Schema grammar;
    private final ContentModel model;

    private ExchangeSchema(Schema grammar, ContentModel model) {
        this.grammar = grammar;
        this.model = model;
    }

    /**
     * Loads the XSD from the connector API, where it sits beside {@link ExchangePackage}: in its
     * bundle under OSGi, on the class path elsewhere.
     *
     * @throws IllegalStateException when the API has no XSD or it does not compile
     */
    static ExchangeSchema load() {
        URL xsd = ExchangePackage.class.getResource(RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("The connector API has no " + RESOURCE + " beside " + ExchangePackage.class.getName());
        }
        try (InputStream grammarSource = xsd.openStream(); InputStream modelSource = xsd.openStream()) {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new ExchangeSchema(factory.newSchema(new StreamSource(grammarSource, xsd.toExternalForm())),
                    ContentModel.read(modelSource));
        } catch (IOException | SAXException | XMLStreamException e) {
            throw new IllegalStateException("The exchange XSD " + xsd + " could not be loaded: " + e.getMessage(), e);
        }
    }

    /** A validator of one package, fed the package's events, that reports what it finds to a handler. */
    ValidatorHandler validator(ErrorHandler findings) throws SAXException {
        ValidatorHandler validator = grammar.newValidatorHandler();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setErrorHandler(findings);
        return validator;
    }

    ContentModel model() {
        return model;
    }
}
