package org.kontingent.web.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ConsoleFilterTest {
    private static final Set<String> FILES = Set.of("/index.html", "/assets/index-3f2a1b.js", "/assets/index-77aa.css", "/favicon.svg");

    private final ConsoleFilter filter = new ConsoleFilter(path -> {
        if (!FILES.contains(path)) {
            return null;
        }
        try {
            return new URL("file:/built" + path);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    });

    @Test
    void hashedAssetsAreImmutableAndTheirTypesRight() {
        ConsoleFilter.Answer js = filter.answer("/assets/index-3f2a1b.js");
        assertEquals("public, max-age=31536000, immutable", js.cacheControl());
        assertEquals("text/javascript; charset=UTF-8", js.contentType());
        assertEquals("text/css; charset=UTF-8", filter.answer("/assets/index-77aa.css").contentType());
    }

    @Test
    void theConsoleRoutesAreAnsweredWithTheIndexWhichIsNeverCached() {
        for (String route : new String[] {"/", "", "/persons/42", "/reports/statistics.organizations-by-type", "/contingent",
                "/index.html"}) {
            ConsoleFilter.Answer answer = filter.answer(route);
            assertTrue(answer.file().getPath().endsWith("/index.html"), route);
            assertEquals("no-cache", answer.cacheControl(), route);
            assertEquals("text/html; charset=UTF-8", answer.contentType(), route);
        }
    }

    @Test
    void aMissingAssetIsNotFoundRatherThanThePage() {
        assertNull(filter.answer("/assets/index-old.js"));
    }

    @Test
    void theApiIsLeftToTheRestApi() {
        assertTrue(ConsoleFilter.api("/api/v1/persons/42"));
        assertTrue(ConsoleFilter.api("/api"));
        assertTrue(ConsoleFilter.api("/api/openapi.json"));
        assertFalse(ConsoleFilter.api("/apiary"));
        assertFalse(ConsoleFilter.api("/"));
    }

    @Test
    void aMissingFileWithAnExtensionIsNotFound() {
        assertNull(filter.answer("/robots.txt"));
    }

    @Test
    void pathsOutsideTheBuiltFilesAreRefused() {
        assertNull(filter.answer("/assets/../../etc/passwd"));
        assertNull(filter.answer("/reports//x"));
    }

    @Test
    void thePolicyRunsNoInlineScriptAndForbidsFraming() {
        assertTrue(ConsoleFilter.CONTENT_SECURITY_POLICY.contains("script-src 'self';"));
        assertTrue(ConsoleFilter.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
    }
}
