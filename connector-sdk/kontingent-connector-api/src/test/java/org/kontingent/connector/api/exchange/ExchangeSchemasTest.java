package org.kontingent.connector.api.exchange;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schema and the XSD published beside the exchange records describe exactly those
 * records, require the same fields, and judge values alike.
 */
class ExchangeSchemasTest {
    private static final String NAMESPACE = "urn:kontingent:exchange:1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig FORMATS_ASSERTED = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private static byte[] bytes(Class<?> beside, String name) {
        try (InputStream in = beside.getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the class path beside " + beside.getSimpleName());
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode jsonSchema() throws IOException {
        return JSON.readTree(bytes(ExchangePackage.class, "exchange-1.0.schema.json"));
    }

    private static XsdTypes xsdTypes() throws Exception {
        return XsdTypes.read(new ByteArrayInputStream(bytes(ExchangePackage.class, "exchange-1.0.xsd")));
    }

    private static Schema xsd() throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(ExchangePackage.class.getResource("exchange-1.0.xsd"));
    }

    private static Set<ValidationMessage> validateJson(JsonNode instance) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(jsonSchema(),
                FORMATS_ASSERTED);
        return schema.validate(instance);
    }

    private static JsonNode sampleJson() throws IOException {
        return JSON.readTree(bytes(ExchangeSchemasTest.class, "sample-package.json"));
    }

    private static Document sampleXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(ExchangeSchemasTest.class,
                "sample-package.xml")));
    }

    // The fields of the records

    @Test
    void theJsonSchemaHasExactlyTheFieldsOfEveryRecord() throws IOException {
        JsonNode root = jsonSchema();
        List<Executable> checks = new ArrayList<>();
        jsonFields(root, ExchangePackage.class, root, "package", checks);
        assertFalse(checks.isEmpty());
        assertAll(checks);
    }

    private static void jsonFields(JsonNode root, Class<?> record, JsonNode definition, String path, List<Executable> checks) {
        Set<String> properties = new LinkedHashSet<>();
        definition.path("properties").fieldNames().forEachRemaining(properties::add);
        checks.add(() -> assertEquals(components(record), properties, path + ": properties of " + record.getSimpleName()));
        checks.add(() -> assertEquals(false, definition.path("additionalProperties").asBoolean(true),
                path + ": additionalProperties is false"));
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> nested = nestedRecord(c);
            JsonNode property = definition.path("properties").path(c.getName());
            if (nested != null && !property.isMissingNode()) {
                jsonFields(root, nested, recordDefinition(root, property), path + "." + c.getName(), checks);
            } else if (Map.class.equals(c.getType())) {
                checks.add(() -> assertTrue(types(property).contains("object"), path + "." + c.getName() + " is an object"));
            }
        }
    }

    @Test
    void theXsdHasExactlyTheFieldsOfEveryRecord() throws Exception {
        XsdTypes xsd = xsdTypes();
        List<Executable> checks = new ArrayList<>();
        xsdFields(xsd, ExchangePackage.class, xsd.ofGlobalElement("package"), "package", checks);
        assertFalse(checks.isEmpty());
        assertAll(checks);
    }

    private static void xsdFields(XsdTypes xsd, Class<?> record, XsdTypes.Type type, String path, List<Executable> checks) {
        checks.add(() -> assertEquals(components(record), type.fields(), path + ": elements and attributes of type "
                + type.name() + " for " + record.getSimpleName()));
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> nested = nestedRecord(c);
            String elementType = type.elements().get(c.getName());
            if (nested != null && elementType != null) {
                XsdTypes.Type declared = xsd.type(elementType);
                if (List.class.equals(c.getType())) {
                    XsdTypes.Type list = declared;
                    checks.add(() -> assertEquals(1, list.elements().size(), path + "." + c.getName()
                            + ": a list holds one kind of element"));
                    declared = xsd.type(list.elements().values().iterator().next());
                }
                xsdFields(xsd, nested, declared, path + "." + c.getName(), checks);
            }
        }
    }

    @Test
    void bothSchemasRequireTheSameFields() throws Exception {
        JsonNode root = jsonSchema();
        XsdTypes xsd = xsdTypes();
        List<Executable> checks = new ArrayList<>();
        required(root, root, xsd, ExchangePackage.class, xsd.ofGlobalElement("package"), "package", checks);
        assertAll(checks);
    }

    private static void required(JsonNode root, JsonNode definition, XsdTypes xsd, Class<?> record, XsdTypes.Type type,
            String path, List<Executable> checks) {
        Set<String> json = new LinkedHashSet<>();
        definition.path("required").forEach(n -> json.add(n.asText()));
        checks.add(() -> assertEquals(type.required(), json, path + ": required fields"));
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> nested = nestedRecord(c);
            if (nested != null) {
                XsdTypes.Type declared = xsd.type(type.elements().get(c.getName()));
                if (List.class.equals(c.getType())) {
                    declared = xsd.type(declared.elements().values().iterator().next());
                }
                required(root, recordDefinition(root, definition.path("properties").path(c.getName())), xsd, nested, declared,
                        path + "." + c.getName(), checks);
            }
        }
    }

    /** The names of a record's components, in order. */
    private static Set<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The record a component holds, itself or as a list of them, or null. */
    private static Class<?> nestedRecord(RecordComponent c) {
        if (c.getType().isRecord()) {
            return c.getType();
        }
        if (List.class.equals(c.getType()) && c.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }

    /** The definition of the record a property holds: through its items, its $ref and a nullable anyOf. */
    private static JsonNode recordDefinition(JsonNode root, JsonNode property) {
        if (property.has("items")) {
            return recordDefinition(root, property.get("items"));
        }
        if (property.has("anyOf")) {
            for (JsonNode member : property.get("anyOf")) {
                if (member.has("$ref")) {
                    return recordDefinition(root, member);
                }
            }
        }
        if (property.has("$ref")) {
            return root.at(property.get("$ref").asText().substring(1));
        }
        return property;
    }

    private static Set<String> types(JsonNode property) {
        JsonNode type = property.path("type");
        Set<String> types = new LinkedHashSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    // Instances

    @Test
    void theJsonSchemaIsADraft202012Schema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema meta = factory.getSchema(SchemaLocation.of(SchemaId.V202012), FORMATS_ASSERTED);
        assertEquals(Set.of(), meta.validate(jsonSchema()));
        assertEquals(SchemaId.V202012, jsonSchema().path("$schema").asText());
    }

    @Test
    void theSamplePackageIsValidInBoth() throws Exception {
        assertEquals(Set.of(), validateJson(sampleJson()), "the JSON sample against the JSON Schema");
        xsd().newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes(ExchangeSchemasTest.class,
                "sample-package.xml"))));
    }

    @Test
    void anInvalidJsonPackageFailsNamingWhereAndWhat() throws IOException {
        ObjectNode broken = (ObjectNode) sampleJson();
        ((ObjectNode) broken.at("/persons/1")).put("shoeSize", 33);
        ((ObjectNode) broken.at("/memberships/0")).remove("role");
        ((ObjectNode) broken.at("/persons/0/documents/0")).put("issuedOn", "20.05.2015");
        String messages = validateJson(broken).stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n"));
        assertAll(messages,
                () -> assertTrue(messages.contains("/persons/1: ") && messages.contains("'shoeSize'"), "unknown field"),
                () -> assertTrue(messages.contains("/memberships/0: ") && messages.contains("'role'"), "missing field"),
                () -> assertTrue(messages.contains("/persons/0/documents/0/issuedOn: "), "date not in its format"));
    }

    @Test
    void anInvalidXmlPackageFailsNamingTheLine() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="urn:kontingent:exchange:1.0" version="1.0">
                  <persons>
                    <person><id>1</id><surname>Орлов</surname><name>Глеб</name></person>
                    <person><id>2</id><surname>Волков</surname><name>Ян</name><birthDate>05.05.2015</birthDate></person>
                  </persons>
                </package>
                """;
        Validator validator = xsd().newValidator();
        SAXParseException e = assertThrows(SAXParseException.class, () -> validator.validate(new StreamSource(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(5, e.getLineNumber(), e.getMessage());
        assertTrue(e.getMessage().contains("05.05.2015"), e.getMessage());
    }

    @Test
    void aMembershipEndsWithAReasonAndHasAReasonOnlyWhenItEnds() throws IOException {
        ObjectNode noReason = (ObjectNode) sampleJson();
        ((ObjectNode) noReason.at("/memberships/1")).remove("leavingReason");
        ObjectNode reasonWithoutEnd = (ObjectNode) sampleJson();
        ((ObjectNode) reasonWithoutEnd.at("/memberships/0")).put("leavingReason", "graduation");
        ObjectNode notEnded = (ObjectNode) sampleJson();
        ((ObjectNode) notEnded.at("/memberships/0")).putNull("endsOn").putNull("leavingReason");
        assertAll(
                () -> assertFalse(validateJson(noReason).isEmpty(), "an end without a reason"),
                () -> assertFalse(validateJson(reasonWithoutEnd).isEmpty(), "a reason without an end"),
                () -> assertEquals(Set.of(), validateJson(notEnded), "neither, given as null"));
    }

    /** Values put into the samples at a place, and whether they are valid there. */
    static Stream<Arguments> values() {
        String key200 = "k".repeat(200);
        return Stream.of(
                Arguments.of("/persons/0/id", text(key200), true),
                Arguments.of("/persons/0/id", text(key200 + "k"), false),
                Arguments.of("/persons/0/id", text(""), false),
                Arguments.of("/persons/0/id", text("   "), false),
                Arguments.of("/persons/0/surname", text("Ж".repeat(100)), true),
                Arguments.of("/persons/0/surname", text("Ж".repeat(101)), false),
                Arguments.of("/persons/0/surname", text(" "), false),
                Arguments.of("/persons/0/birthDate", text("2015-05-05"), true),
                Arguments.of("/persons/0/birthDate", text("05.05.2015"), false),
                Arguments.of("/persons/0/birthDate", text("2015-02-30"), false),
                Arguments.of("/persons/0/birthDate", text("2015-05-05Z"), false),
                Arguments.of("/persons/0/sex", text("M"), true),
                Arguments.of("/persons/0/sex", text("m"), false),
                Arguments.of("/persons/0/sex", text("MF"), false),
                Arguments.of("/persons/0/snils", text("12345678964"), true),
                Arguments.of("/persons/0/snils", text("123-456-789-64"), true),
                Arguments.of("/persons/0/snils", text("123 456 789 64"), false),
                Arguments.of("/persons/0/snils", text("1234567896"), false),
                Arguments.of("/persons/0/citizenship", text("KZ"), true),
                Arguments.of("/persons/0/citizenship", text("RUS"), false),
                Arguments.of("/persons/0/email", text("a@b.ru"), true),
                Arguments.of("/persons/0/email", text("a@b"), false),
                Arguments.of("/persons/0/email", text("a".repeat(250) + "@b.ru"), false),
                Arguments.of("/persons/0/birthplace", text("ж".repeat(1000)), true),
                Arguments.of("/persons/0/birthplace", text("ж".repeat(1001)), false),
                Arguments.of("/persons/0/documents/0/issuer", text("ж".repeat(1001)), false),
                Arguments.of("/persons/0/documents/0/type", text("passport"), true),
                Arguments.of("/persons/0/documents/0/type", text("свидетельство"), false),
                Arguments.of("/persons/0/documents/0/number", text(""), false),
                Arguments.of("/classes/0/academicYear", text("2026-2027"), true),
                Arguments.of("/classes/0/academicYear", text("2026/2027"), false),
                Arguments.of("/classes/0/grade", IntNode.valueOf(0), true),
                Arguments.of("/classes/0/grade", IntNode.valueOf(12), true),
                Arguments.of("/classes/0/grade", IntNode.valueOf(13), false),
                Arguments.of("/classes/0/capacity", IntNode.valueOf(-1), false),
                Arguments.of("/classes/0/studyForm", text("part-time"), true),
                Arguments.of("/classes/0/studyForm", text("Очная"), false),
                Arguments.of("/memberships/0/role", text("staff"), true),
                Arguments.of("/memberships/0/role", text("pupil"), false),
                Arguments.of("/memberships/0/startsOn", text("2026-9-1"), false),
                Arguments.of("/memberships/0/enrollmentOrder/date", text("28.08.2026"), false),
                Arguments.of("/representatives/0/relationship", text("guardian"), true),
                Arguments.of("/representatives/0/relationship", text("Mother"), false),
                Arguments.of("/representatives/0/relationship", text("m".repeat(101)), false),
                Arguments.of("/grades/0/period", text("term-1"), true),
                Arguments.of("/grades/0/mark", text(""), false),
                Arguments.of("/grades/0/subject", text("ж".repeat(1001)), false),
                Arguments.of("/extensions/0/extension", text("vocational"), true),
                Arguments.of("/extensions/0/extension", text("voc ational"), false));
    }

    private static JsonNode text(String value) {
        return TextNode.valueOf(value);
    }

    @ParameterizedTest(name = "{0} = \"{1}\" valid: {2}")
    @MethodSource("values")
    void bothSchemasJudgeAValueAlike(String place, JsonNode value, boolean valid) throws Exception {
        JsonNode json = sampleJson();
        ((ObjectNode) json.at(place.substring(0, place.lastIndexOf('/')))).set(place.substring(place.lastIndexOf('/') + 1),
                value);
        Set<ValidationMessage> jsonErrors = validateJson(json);
        assertEquals(valid, jsonErrors.isEmpty(), "JSON Schema: " + jsonErrors);

        Document xml = sampleXml();
        element(xml, place).setTextContent(value.asText());
        String xmlError = null;
        try {
            xsd().newValidator().validate(new DOMSource(xml));
        } catch (SAXParseException e) {
            xmlError = e.getMessage();
        }
        assertEquals(valid, xmlError == null, "XSD: " + xmlError);
    }

    /** The element at a JSON pointer's place in the XML sample: names are child elements, numbers the nth one. */
    private static Element element(Document xml, String place) {
        Element at = xml.getDocumentElement();
        for (String step : place.substring(1).split("/")) {
            Element next = null;
            int index = step.chars().allMatch(Character::isDigit) ? Integer.parseInt(step) : -1;
            int seen = 0;
            for (Node n = at.getFirstChild(); n != null && next == null; n = n.getNextSibling()) {
                if (n instanceof Element e && (index >= 0 ? seen++ == index : step.equals(e.getLocalName()))) {
                    next = e;
                }
            }
            if (next == null) {
                next = xml.createElementNS(NAMESPACE, step);
                at.appendChild(next);
            }
            at = next;
        }
        return at;
    }
}
