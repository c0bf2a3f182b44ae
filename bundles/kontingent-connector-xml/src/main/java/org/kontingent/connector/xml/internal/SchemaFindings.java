package org.kontingent.connector.xml.internal;

import java.util.List;

import org.kontingent.connector.api.exchange.ErrorCode;
import org.xml.sax.SAXParseException;

/**
 * Turns what the XSD validator found at an element of a record into the record's refusal: the
 * published code, the field by its path, the value and a message with the line. The validator's
 * rules are named by the XML Schema specification's validation rule ids that start its messages
 * (cvc-complex-type.2.4.a and so on); the content model names the fields it left unnamed.
 */
final class SchemaFindings {
    /** How much of what the validator says an error repeats. */
    private static final int SAID = 300;

    private final ContentModel model;

    SchemaFindings(ContentModel model) {
        this.model = model;
    }

    void refuse(RecordInProgress record, OpenElement at, SAXParseException finding) {
        String where = "line " + finding.getLineNumber() + ", column " + finding.getColumnNumber();
        String rule = finding.getMessage().substring(0, Math.max(finding.getMessage().indexOf(':'), 0));
        String field = at.fieldOrNull();
        switch (rule) {
            case "cvc-complex-type.2.4.a", "cvc-complex-type.2.4.c", "cvc-complex-type.2.4.d" -> unexpected(record, at, where);
            case "cvc-complex-type.2.4.b" -> incomplete(record, at, where, finding);
            case "cvc-identity-constraint.4.1" -> record.refuse(ErrorCode.FORMAT, field, at.element().nameAttribute(),
                    "The field " + at.element().nameAttribute() + " is given more than once in " + at.parent().name() + " ("
                            + where + ")");
            case "cvc-complex-type.4" -> record.refuse(ErrorCode.REQUIRED, field, null, said(finding) + " (" + where + ")");
            case "cvc-complex-type.3.2.2" -> record.refuse(ErrorCode.UNKNOWN_FIELD, field, null, said(finding) + " (" + where
                    + "); fields of the exchange model are elements");
            default -> {
                String value = at.holdsValue() ? at.element().text() : null;
                if (value != null && value.isBlank() && at.declaration().required()) {
                    record.refuse(ErrorCode.REQUIRED, field, value, "The required field " + field + " is empty (" + where + ")");
                } else {
                    record.refuse(ErrorCode.FORMAT, field, value, (field == null ? "" : "The value of " + field
                            + " is not in its format: ") + said(finding) + " (" + where + ")");
                }
            }
        }
    }

    /** An element where the XSD expects none of its name: one it does not know there, or one given twice. */
    private void unexpected(RecordInProgress record, OpenElement at, String where) {
        if (at.declaration() == null) {
            record.refuse(ErrorCode.UNKNOWN_FIELD, at.fieldOrNull(), null, at.name() + " is not a field of "
                    + at.parent().name() + " in the exchange model (" + where + "); its fields are "
                    + String.join(", ", model.children(type(at.parent())).keySet()));
        } else {
            record.refuse(ErrorCode.FORMAT, at.fieldOrNull(), null, at.name() + " is given more than once in "
                    + at.parent().name() + " (" + where + ")");
        }
    }

    /** An element of a record that ends without a field the XSD requires. */
    private void incomplete(RecordInProgress record, OpenElement at, String where, SAXParseException finding) {
        List<String> missing = model.children(type(at)).values().stream()
                .filter(d -> d.required() && at.element().child(d.name()) == null)
                .map(ContentModel.Declaration::name).toList();
        if (missing.isEmpty()) {
            record.refuse(ErrorCode.REQUIRED, at.fieldOrNull(), null, said(finding) + " (" + where + ")");
        } else {
            record.refuse(ErrorCode.REQUIRED, PackageReader.joined(at.field(), missing.get(0)), null, (missing.size() == 1
                    ? "The required field " + missing.get(0) + " is missing from "
                    : "The required fields " + String.join(", ", missing) + " are missing from ") + at.name() + " ("
                    + where + ")");
        }
    }

    private static String type(OpenElement at) {
        return at.declaration() == null ? null : at.declaration().type();
    }

    /** What the validator said, cut short where it quotes a long value. */
    static String said(SAXParseException finding) {
        String message = finding.getMessage();
        return message.length() <= SAID ? message : message.substring(0, SAID) + "…";
    }
}
