package org.kontingent.report.support.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What bnd made of a form bundle (target/classes, processed before the tests), as every form
 * bundle must have it: extend it, give the forms and the report views the bundle reads. It
 * checks the headers (the views required in version 1, declarative services, nothing exported,
 * the report API imported in version 1, the report support not imported but copied in, as the
 * support module was built, not a stale copy of an older build), each form registered as a report
 * form service, and the texts in Russian and English.
 */
public abstract class FormBundleTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static final String SUPPORT = "org.kontingent.report.support";

    /** The bundle's forms, each a DS component. */
    protected abstract List<Class<?>> forms();

    /**
     * The report views the bundle requires, each with the lowest minor version it reads:
     * {@code registry}, and {@code gateway} when a form reads its view.
     */
    protected Map<String, String> views() {
        return Map.of("registry", "1.0");
    }

    private static Attributes headers() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }

    @Test
    void requiresTheViewsOfMajorVersionOneAndExportsNothing() throws IOException {
        Attributes headers = headers();
        String required = headers.getValue("Require-Capability");
        views().forEach((views, version) -> assertTrue(required.contains("kontingent.report.views;filter:=\"(&(kontingent.report.views="
                + views + ")(version>=" + version + ")(!(version>=2.0)))\""), required));
        assertTrue(required.contains("osgi.extender;filter:=\"(&(osgi.extender=osgi.component)"), required);
        assertNull(headers.getValue("Export-Package"));
        String imported = headers.getValue("Import-Package");
        assertTrue(imported.matches(".*org\\.kontingent\\.report\\.api;version=\"\\[1\\.[0-9]+,2\\)\".*"), imported);
        assertEquals(moduleName(), headers.getValue("Bundle-SymbolicName"));
    }

    @Test
    void carriesTheReportSupportItUsesInsteadOfImportingIt() throws IOException {
        Attributes headers = headers();
        assertFalse(headers.getValue("Import-Package").contains(SUPPORT), headers.getValue("Import-Package"));
        String path = SUPPORT.replace('.', '/');
        for (String used : List.of("Texts", "Organizations", "Query")) {
            assertTrue(Files.isRegularFile(CLASSES.resolve(path).resolve(used + ".class")), used + " is copied in");
        }
    }

    @Test
    void carriesTheReportSupportAsBuiltNotAStaleCopy() throws IOException, URISyntaxException {
        Path copied = CLASSES.resolve(SUPPORT.replace('.', '/'));
        List<Path> classes;
        try (Stream<Path> files = Files.list(copied)) {
            classes = files.filter(file -> file.toString().endsWith(".class")).toList();
        }
        for (Path file : classes) {
            String name = SUPPORT.replace('.', '/') + "/" + file.getFileName();
            URL built = null;
            for (URL url : Collections.list(getClass().getClassLoader().getResources(name))) {
                if (!"file".equals(url.getProtocol()) || !Path.of(url.toURI()).equals(file.toAbsolutePath())) {
                    built = url;
                }
            }
            assertNotNull(built, name + " is not on the class path: is kontingent-report-support a dependency?");
            try (InputStream in = built.openStream()) {
                assertArrayEquals(in.readAllBytes(), Files.readAllBytes(file), name + " in target/classes is a stale copy"
                        + " of an older build: bnd copies the support classes in once, so clean them before a build");
            }
        }
    }

    @Test
    void registersEachFormAsAReportFormService() throws IOException {
        for (Class<?> form : forms()) {
            String component = Files.readString(CLASSES.resolve("OSGI-INF/" + form.getName() + ".xml"));
            assertTrue(component.contains("<provide interface=\"org.kontingent.report.api.ReportForm\"/>"), component);
            assertFalse(component.contains("configuration-policy=\"require\""), component);
        }
        assertEquals(forms().size(), headers().getValue("Service-Component").split(",").length);
    }

    @Test
    void carriesItsTextsInRussianAndEnglish() {
        Path folder = CLASSES.resolve(forms().get(0).getPackageName().replace('.', '/'));
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            assertTrue(Files.isRegularFile(folder.resolve(name)), name);
        }
    }

    /** The Maven module's folder, where the tests run: its name is the artifact id, the bundle's symbolic name. */
    private static String moduleName() {
        return Path.of("").toAbsolutePath().getFileName().toString();
    }
}
