package org.kontingent.itests;

import java.nio.file.Path;

/**
 * The screenshots of the documentation ({@code docs/screenshots}, linked from the README): with
 * {@code -Dkontingent.screenshots=<folder>} the console's tests write their main screens there
 * at laptop size; without it, none.
 */
final class Documentation {
    private Documentation() {
    }

    static boolean enabled() {
        String folder = System.getProperty(KontingentDistribution.DOCUMENTATION_SCREENSHOTS);
        return folder != null && !folder.isBlank();
    }

    /**
     * The screen at laptop size (1366×768), scrolled to the top or to an element, as
     * {@code <name>.png} in the documentation's folder, its colours reduced to keep it small.
     */
    static void screenshot(Browser browser, String name, String scrollTo) {
        if (!enabled()) {
            return;
        }
        browser.resize(1366, 768);
        int chrome = 768 - browser.script("return window.innerHeight;").asInt();
        if (chrome > 0) {
            browser.resize(1366, 768 + chrome);
        }
        browser.script(scrollTo == null ? "window.scrollTo(0, 0); return true;"
                : "document.querySelector(arguments[0]).scrollIntoView({block: 'start'}); window.scrollBy(0, -8); return true;", scrollTo);
        browser.script("document.activeElement && document.activeElement.blur(); return true;");
        Png.compact(browser.screenshot(Path.of(System.getProperty(KontingentDistribution.DOCUMENTATION_SCREENSHOTS)), name));
    }
}
