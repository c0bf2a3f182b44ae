package org.kontingent.connector.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx file opened for reading sheet by sheet. The upload is first copied to a temporary file,
 * so that POI reads the zip by random access (one part at a time, never the whole package in
 * memory) with its zip-bomb limits ({@code ZipSecureFile}: inflation ratio, entry size); the file
 * is deleted on close.
 */
final class Workbook implements AutoCloseable {

    /** Takes the sheets of a workbook in order. */
    interface Sheets {
        void sheet(String name, InputStream xml) throws IOException, UnreadablePackageException;
    }

    private final Path file;
    private final OPCPackage opc;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final NumberCells numbers;

    private Workbook(Path file, OPCPackage opc) throws IOException, OpenXML4JException, SAXException {
        this.file = file;
        this.opc = opc;
        this.reader = new XSSFReader(opc);
        this.strings = new ReadOnlySharedStringsTable(opc, false);
        this.numbers = new NumberCells(reader.getStylesTable(), date1904(reader));
    }

    /**
     * Opens an upload.
     *
     * @throws UnreadablePackageException when it is empty or not an .xlsx file at all
     */
    static Workbook open(InputStream body) throws IOException, OpenXML4JException, SAXException, UnreadablePackageException {
        Path file = Files.createTempFile("kontingent-excel-", ".xlsx");
        OPCPackage opc = null;
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            check(file);
            opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new Workbook(file, opc);
        } catch (IOException | OpenXML4JException | SAXException | UnreadablePackageException | RuntimeException e) {
            if (opc != null) {
                opc.revert();
            }
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Hands each sheet to {@code sheets}, in the workbook's order. */
    void sheets(Sheets sheets) throws IOException, OpenXML4JException, UnreadablePackageException {
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            try (InputStream xml = iterator.next()) {
                sheets.sheet(iterator.getSheetName(), xml);
            }
        }
    }

    SharedStrings strings() {
        return strings;
    }

    NumberCells numbers() {
        return numbers;
    }

    @Override
    public void close() throws IOException {
        try {
            opc.revert();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void check(Path file) throws IOException, UnreadablePackageException {
        if (Files.size(file) == 0) {
            throw new UnreadablePackageException(ErrorCode.EMPTY, "The file is empty");
        }
        FileMagic magic = FileMagic.valueOf(file.toFile());
        if (magic == FileMagic.OLE2) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The file is an Excel 97-2003 workbook (.xls) or a"
                    + " password-protected one; save it in Excel as an .xlsx workbook without a password");
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The file is not an Excel workbook (.xlsx)"
                    + (magic == FileMagic.UNKNOWN ? "" : "; it looks like " + magic));
        }
    }

    /** Whether the workbook counts days from 1904 ({@code workbookPr date1904}), as old Mac workbooks do. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        boolean[] date1904 = new boolean[1];
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        } catch (ParserConfigurationException e) {
            throw new IOException("No SAX parser with POI's secure settings: " + e.getMessage(), e);
        }
        return date1904[0];
    }
}
