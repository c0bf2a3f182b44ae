package org.kontingent.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.PluginKind;

class PluginDeclarationTest {

    @Test
    void parsesKindIdAndQuotedNameHoldingASemicolon() {
        PluginDeclaration declaration = PluginDeclaration
                .parse("kontingent.plugin;kind=report;id=report-x;name=\"Report X; with semicolon\"")
                .orElseThrow();

        assertEquals(PluginKind.REPORT, declaration.kind());
        assertEquals("report-x", declaration.id());
        assertEquals("Report X; with semicolon", declaration.name());
    }

    @Test
    void readsTypedAttributesByTheirPlainName() {
        PluginDeclaration declaration = PluginDeclaration
                .parse("kontingent.plugin;kind:String=connector;id:String=x;name:String=\"Connector X\"")
                .orElseThrow();

        assertEquals(PluginKind.CONNECTOR, declaration.kind());
        assertEquals("x", declaration.id());
        assertEquals("Connector X", declaration.name());
    }

    @Test
    void nameDefaultsToTheId() {
        PluginDeclaration declaration = PluginDeclaration.parse("kontingent.plugin;kind=extension;id=preschool").orElseThrow();

        assertEquals(PluginKind.EXTENSION, declaration.kind());
        assertEquals("preschool", declaration.name());
    }

    @Test
    void ignoresOtherNamespaces() {
        assertEquals(Optional.empty(), PluginDeclaration.parse("osgi.service;objectClass:List<String>=\"a.B\""));
        assertEquals(Optional.empty(), PluginDeclaration.parse("kontingent.plugins;kind=report;id=x"));
    }

    @Test
    void missingIdIsRefusedNamingTheClause() {
        String clause = "kontingent.plugin;kind=report;name=\"No id\"";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PluginDeclaration.parse(clause));

        assertTrue(e.getMessage().contains(clause), e.getMessage());
    }

    @Test
    void missingKindIsRefusedNamingTheClause() {
        String clause = "kontingent.plugin;id=report-x";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PluginDeclaration.parse(clause));

        assertTrue(e.getMessage().contains(clause), e.getMessage());
    }

    @Test
    void blankIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PluginDeclaration.parse("kontingent.plugin;kind=report;id=\" \""));
    }

    @Test
    void unknownKindIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PluginDeclaration.parse("kontingent.plugin;kind=widget;id=w"));

        assertTrue(e.getMessage().contains("widget"), e.getMessage());
    }
}
