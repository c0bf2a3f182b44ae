package org.kontingent.connector.xml.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.exchange.ExtensionRecord;
import org.kontingent.connector.api.exchange.PersonRecord;
import org.kontingent.connector.api.exchange.RecordError;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;

/** How the XML connector names what it cannot read, and what it reads. */
class XmlPackageFormatTest {
    private final XmlPackageFormat format = new XmlPackageFormat();

    private ReadResult read(byte[] bytes) throws UnreadablePackageException {
        return format.read(new ByteArrayInputStream(bytes), "package.xml");
    }

    private ReadResult read(String xml) throws UnreadablePackageException {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A package of persons, one a line after the root's. */
    private static String persons(String... persons) {
        return "<package xmlns=\"urn:kontingent:exchange:1.0\" version=\"1.0\">\n<persons>\n" + String.join("\n", persons)
                + "\n</persons>\n</package>";
    }

    private static RecordError only(ReadResult read) {
        assertEquals(1, read.errors().size(), read.errors().toString());
        return read.errors().get(0);
    }

    private UnreadablePackageException unreadable(String xml) {
        return assertThrows(UnreadablePackageException.class, () -> read(xml));
    }

    @Test
    void declaresItselfForXml() {
        assertEquals("xml", format.id());
        assertEquals(Set.of("application/xml", "text/xml", "application/vnd.kontingent.exchange+xml"), format.mediaTypes());
    }

    @Test
    void namesEachBrokenRecordWithItsPlaceIdFieldValueAndLine() throws UnreadablePackageException {
        ReadResult read = read(XmlPackageFormatContractTest.resource("/broken.xml"));
        List<RecordError> errors = read.errors();
        assertEquals(3, errors.size(), errors.toString());
        assertAll(
                () -> assertEquals(new RecordError(ErrorCode.FORMAT, "persons/person[1] (id 1001)", "birthDate", "05.05.2015",
                        errors.get(0).message()), errors.get(0)),
                () -> assertTrue(errors.get(0).message().contains("line 9,"), errors.get(0).message()),
                () -> assertEquals(new RecordError(ErrorCode.REQUIRED, "persons/person[3] (id 1004)", "name", null,
                        errors.get(1).message()), errors.get(1)),
                () -> assertTrue(errors.get(1).message().contains("line 20,"), errors.get(1).message()),
                () -> assertEquals(new RecordError(ErrorCode.UNKNOWN_FIELD, "persons/person[4] (id 1003)", "shoeSize", null,
                        errors.get(2).message()), errors.get(2)),
                () -> assertTrue(errors.get(2).message().contains("line 25,"), errors.get(2).message()),
                () -> assertEquals(Map.of("persons", List.of("persons/person[2]"), "memberships",
                        List.of("memberships/membership[1]")), read.places()));
    }

    @Test
    void namesAFieldOfANestedRecordByItsPath() throws UnreadablePackageException {
        ReadResult read = read(persons("""
                <person><id>1</id><surname>Орлов</surname><name>Глеб</name><documents>
                  <document><type>passport</type><number>0101 123456</number></document>
                  <document><type>passport</type><number>0102 654321</number><issuedOn>2020-13-01</issuedOn></document>
                </documents></person>"""));
        RecordError error = only(read);
        assertEquals(List.of(ErrorCode.FORMAT, "documents[1].issuedOn", "2020-13-01"), List.of(error.code(), error.field(),
                error.value()));
        assertTrue(error.message().contains("line 5,"), error.message());
    }

    @Test
    void namesTheRequiredFieldANestedRecordLacks() throws UnreadablePackageException {
        ReadResult read = read(persons("<person><id>1</id><documents><document><type>passport</type></document></documents>"
                + "<surname>Орлов</surname><name>Глеб</name></person>"));
        RecordError error = only(read);
        assertEquals(List.of(ErrorCode.REQUIRED, "documents[0].number"), List.of(error.code(), error.field()));
        assertEquals(1, read.unreadable());
    }

    @Test
    void aRequiredFieldLeftBlankIsMissing() throws UnreadablePackageException {
        RecordError error = only(read(persons("<person><id>1</id><surname>   </surname><name>Глеб</name></person>")));
        assertEquals(List.of(ErrorCode.REQUIRED, "surname", "   "), List.of(error.code(), error.field(), error.value()));
    }

    @Test
    void aFieldGivenTwiceIsNotInItsFormat() throws UnreadablePackageException {
        RecordError error = only(read(persons("<person><id>1</id><surname>Орлов</surname><name>Глеб</name>"
                + "<surname>Орлова</surname></person>")));
        assertEquals(List.of(ErrorCode.FORMAT, "surname"), List.of(error.code(), error.field()));
        assertTrue(error.message().contains("more than once"), error.message());
    }

    @Test
    void anElementThatIsNoRecordOfTheListIsRefusedAndTheOthersRead() throws UnreadablePackageException {
        ReadResult read = read(persons("<pupil><id>7</id></pupil>",
                "<person><id>1</id><surname>Орлов</surname><name>Глеб</name></person>",
                "<person>not a record</person>",
                "<pupil><id>8</id><surname>Орлов</surname><name>Глеб</name></pupil>",
                "<person><id>3</id><surname>Орлов</surname><name>Глеб</name><birthDate>06.06.2015</birthDate></person>"));
        assertEquals(4, read.unreadable());
        assertEquals(List.of("1"), read.exchangePackage().persons().stream().map(PersonRecord::id).toList());
        assertEquals(List.of("persons/person[1]"), read.places().get("persons"));
        assertEquals(Set.of("persons/pupil[1]", "persons/person[2]", "persons/pupil[2]", "persons/person[3] (id 3)"),
                Set.copyOf(read.errors().stream().map(RecordError::record).toList()), "each is refused, however many");
        assertEquals("birthDate", read.errors().get(read.errors().size() - 1).field(),
                "a record after one of another kind is still checked against the XSD");
    }

    @Test
    void anAttributeOnARecordIsAnUnknownField() throws UnreadablePackageException {
        RecordError error = only(read(persons("<person id=\"1\"><id>1</id><surname>Орлов</surname><name>Глеб</name></person>")));
        assertEquals(ErrorCode.UNKNOWN_FIELD, error.code());
        assertNull(error.field());
    }

    @Test
    void anElementOfAnotherNamespaceIsAnUnknownField() throws UnreadablePackageException {
        RecordError error = only(read(persons("<person xmlns:x=\"urn:other\"><id>1</id><surname>Орлов</surname>"
                + "<name>Глеб</name><x:name>Gleb</x:name></person>")));
        assertEquals(List.of(ErrorCode.UNKNOWN_FIELD, "name"), List.of(error.code(), error.field()));
    }

    @Test
    void readsFieldsInAnyOrderWithPrefixesCommentsCdataAndCollapsedWhiteSpace() throws UnreadablePackageException {
        ReadResult read = read("""
                <?xml version="1.0"?>
                <k:package xmlns:k="urn:kontingent:exchange:1.0" version="1.0">
                  <k:classes>
                    <k:class>
                      <k:capacity> 025 </k:capacity>
                      <!-- the parallel -->
                      <k:grade>+5</k:grade>
                      <k:name><![CDATA[5<А>]]></k:name>
                      <k:academicYear>2026-2027</k:academicYear>
                      <k:organization>SCH-1</k:organization>
                      <k:id>5a</k:id>
                    </k:class>
                  </k:classes>
                  <k:persons>
                    <k:person><k:name>Глеб</k:name><k:birthDate>
                      2015-06-06
                    </k:birthDate><k:surname>Орлов</k:surname><k:id>1</k:id><k:patronymic/></k:person>
                  </k:persons>
                </k:package>""");
        assertEquals(List.of(), read.errors());
        assertAll(
                () -> assertEquals(25, read.exchangePackage().classes().get(0).capacity()),
                () -> assertEquals(5, read.exchangePackage().classes().get(0).grade()),
                () -> assertEquals("5<А>", read.exchangePackage().classes().get(0).name()),
                () -> assertEquals(LocalDate.of(2015, 6, 6), read.exchangePackage().persons().get(0).birthDate()),
                () -> assertEquals("", read.exchangePackage().persons().get(0).patronymic(), "an empty element is an empty text"));
    }

    @Test
    void readsAnExtensionsDataAsNamedTextFields() throws UnreadablePackageException {
        ReadResult read = read("""
                <package xmlns="urn:kontingent:exchange:1.0" version="1.0"><extensions>
                  <extension><extension>vocational</extension><entity>employment</entity><id>emp-1</id><person>1</person>
                    <data><field name="employer">ООО «Вектор»</field><field name="plan">yes</field></data></extension>
                  <extension><extension>health</extension><entity>group</entity><id>h-1</id><person>1</person></extension>
                  <extension><extension>health</extension><entity>group</entity><id>h-2</id><person>1</person>
                    <data><field name="group">II</field><field name="group">III</field></data></extension>
                  <extension><extension>health</extension><entity>group</entity><id>h-3</id><person>1</person>
                    <data><field>II</field></data></extension>
                </extensions></package>""");
        assertEquals(List.of(new ExtensionRecord("vocational", "employment", "emp-1", "1", null, Map.of("employer",
                "ООО «Вектор»", "plan", "yes")), new ExtensionRecord("health", "group", "h-1", "1", null, null)),
                read.exchangePackage().extensions());
        assertEquals(2, read.errors().size(), read.errors().toString());
        assertAll(
                () -> assertEquals(List.of(ErrorCode.FORMAT, "data.group", "group"), List.of(read.errors().get(0).code(),
                        read.errors().get(0).field(), read.errors().get(0).value()), "a name given twice"),
                () -> assertEquals(List.of(ErrorCode.REQUIRED, "data[0]"), List.of(read.errors().get(1).code(),
                        read.errors().get(1).field()), "a field without a name"));
    }

    @Test
    void aDamagedSampleIsReadOrRefusedWithACodeButNeverEscapes() {
        byte[] sample = XmlPackageFormatContractTest.resource("/sample.xml");
        byte[] damage = "<>/&;\"'=x\u00a0".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20261124);
        for (int round = 0; round < 500; round++) {
            byte[] damaged = sample.clone();
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                damaged[random.nextInt(damaged.length)] = damage[random.nextInt(damage.length)];
            }
            try {
                ReadResult read = read(damaged);
                assertEquals(read.unreadable(), read.errors().stream().map(RecordError::record).distinct().count(),
                        "round " + round + ": each record left out is named");
            } catch (UnreadablePackageException e) {
                assertTrue(Set.of(ErrorCode.MALFORMED, ErrorCode.ENCODING, ErrorCode.UNSUPPORTED_VERSION).contains(e.code()),
                        "round " + round + ": " + e.code());
            }
        }
    }

    @Test
    void aPackageWithoutRecordsHoldsNone() throws UnreadablePackageException {
        ReadResult read = read("<package xmlns=\"urn:kontingent:exchange:1.0\" version=\"1.0\"><persons/></package>");
        assertEquals(0, read.received());
        assertEquals("1.0", read.exchangePackage().version());
    }

    @Test
    void anotherNamespaceOrVersionIsUnsupported() {
        assertAll(
                () -> assertEquals(ErrorCode.UNSUPPORTED_VERSION, unreadable(
                        "<package xmlns=\"urn:kontingent:exchange:2.0\" version=\"2.0\"/>").code()),
                () -> assertEquals(ErrorCode.UNSUPPORTED_VERSION, unreadable("<package version=\"1.0\"/>").code()),
                () -> assertEquals(ErrorCode.UNSUPPORTED_VERSION, unreadable(
                        "<package xmlns=\"urn:kontingent:exchange:1.0\" version=\"1.1\"/>").code()),
                () -> assertEquals(ErrorCode.UNSUPPORTED_VERSION, unreadable(
                        "<package xmlns=\"urn:kontingent:exchange:1.0\"/>").code()));
    }

    @Test
    void whatIsNoExchangePackageIsMalformed() {
        UnreadablePackageException unknownList = unreadable(
                "<package xmlns=\"urn:kontingent:exchange:1.0\" version=\"1.0\">\n<pupils/>\n</package>");
        assertAll(
                () -> assertEquals(ErrorCode.MALFORMED, unreadable("<persons><person/></persons>").code(), "another root"),
                () -> assertEquals(ErrorCode.MALFORMED, unknownList.code(), "a list the model does not know"),
                () -> assertTrue(unknownList.getMessage().contains("line 2,"), unknownList.getMessage()),
                () -> assertEquals(ErrorCode.MALFORMED, unreadable("version: 1.0").code(), "not XML"),
                () -> assertEquals(ErrorCode.MALFORMED, unreadable(
                        "<package xmlns=\"urn:kontingent:exchange:1.0\" version=\"1.0\"><persons>").code(), "cut short"),
                () -> assertEquals(ErrorCode.MALFORMED, unreadable(
                        "<package xmlns=\"urn:kontingent:exchange:1.0\" version=\"1.0\"/><package/>").code(), "two roots"),
                () -> assertEquals(ErrorCode.MALFORMED, unreadable("").code(), "nothing"));
    }
}
