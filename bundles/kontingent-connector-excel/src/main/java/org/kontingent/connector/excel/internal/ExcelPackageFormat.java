package org.kontingent.connector.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.kontingent.connector.api.exchange.ErrorCode;
import org.kontingent.connector.api.format.PackageFormat;
import org.kontingent.connector.api.format.ReadResult;
import org.kontingent.connector.api.format.UnreadablePackageException;
import org.osgi.service.component.annotations.Component;
import org.xml.sax.SAXException;

/**
 * Workbooks filled in by hand (DOMAIN §8, manual upload): one .xlsx workbook is one package, its
 * sheets «Обучающиеся», «Сотрудники», «Представители», «Классы», «Зачисления» and «Оценки» (any
 * of them may be left out), each with a header row whose columns are found by their text. Sheets
 * are read as a stream with POI's event API, a row at a time; a row whose values do not fit is
 * left out with an error naming sheet, row, column and value, and the other rows are read.
 */
@Component
public class ExcelPackageFormat implements PackageFormat {
    static final String ID = "excel";
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public ReadResult read(InputStream body, String fileName) throws UnreadablePackageException {
        Records records = new Records();
        try (Workbook workbook = Workbook.open(body)) {
            workbook.sheets((sheet, xml) -> SheetParser.parse(xml, sheet, workbook.strings(), workbook.numbers(),
                    rows(sheet, records)));
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw new UnreadablePackageException(ErrorCode.MALFORMED, "The file could not be read as an Excel workbook"
                    + " (.xlsx): " + e.getMessage(), e);
        }
        return records.collected().result();
    }

    private static SheetParser.Rows rows(String sheet, Records records) {
        SheetLayout layout = SheetLayouts.named(sheet);
        if (layout == null) {
            return (number, cells) -> {
                throw new UnreadablePackageException(ErrorCode.MALFORMED, "The workbook has a sheet «" + sheet + "» that"
                        + " the Excel format does not know (cell " + cells.get(0).reference() + " holds a value); its"
                        + " sheets are " + SheetLayouts.ALL.stream().map(l -> "«" + l.name() + "»")
                                .collect(Collectors.joining(", ")) + ". Rename the sheet or delete it");
            };
        }
        return new SheetRows(sheet, layout, records);
    }

    /** The rows of a known sheet: the first is its header, each other one is read into records. */
    private static final class SheetRows implements SheetParser.Rows {
        private final String sheet;
        private final SheetLayout layout;
        private final Records records;
        private Header header;

        SheetRows(String sheet, SheetLayout layout, Records records) {
            this.sheet = sheet;
            this.layout = layout;
            this.records = records;
        }

        @Override
        public void row(int number, List<Cell> cells) throws UnreadablePackageException {
            if (header == null) {
                header = Header.of(layout, sheet, cells);
            } else {
                layout.read(Row.of(sheet, number, header, cells), records);
            }
        }
    }
}
