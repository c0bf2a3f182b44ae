package org.kontingent.connector.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kontingent.connector.api.format.TemplateProvider;
import org.osgi.service.component.annotations.Component;

/**
 * The blank workbooks officials fill in for the Excel format: one per sheet, and one with every
 * sheet. Each is a valid empty package: read back as it is, it holds no records and no errors.
 */
@Component
public class ExcelTemplates implements TemplateProvider {
    static final String ALL = "all";

    @Override
    public String formatId() {
        return ExcelPackageFormat.ID;
    }

    @Override
    public List<Template> templates() {
        List<Template> templates = new ArrayList<>();
        templates.add(new Template(ALL, "Все листы", "Контингент.xlsx", ExcelPackageFormat.MEDIA_TYPE));
        for (SheetLayout layout : SheetLayouts.ALL) {
            templates.add(new Template(layout.id(), layout.name(), layout.name() + ".xlsx", ExcelPackageFormat.MEDIA_TYPE));
        }
        return templates;
    }

    @Override
    public void write(String templateId, OutputStream out) throws IOException {
        List<SheetLayout> layouts = ALL.equals(templateId) ? SheetLayouts.ALL
                : SheetLayouts.ALL.stream().filter(l -> l.id().equals(templateId)).toList();
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException("No Excel template " + templateId + "; there are " + templates().stream()
                    .map(Template::id).toList());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateSheet sheets = new TemplateSheet(workbook);
            layouts.forEach(sheets::write);
            workbook.write(out);
        }
    }
}
