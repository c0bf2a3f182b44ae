package org.kontingent.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import org.ops4j.pax.exam.Option;

/** The web console in the tests' own headless Chromium: a browser per test, signing in. */
final class Console {
    private static final String SCREENSHOTS = "kontingent.it.screenshots";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private Console() {
    }

    /** The container's option naming the folder of the tests' screenshots ({@code target/screenshots}). */
    static Option screenshots() {
        return systemProperty(SCREENSHOTS).value(new File("target/screenshots").getAbsolutePath());
    }

    /** A browser of its own for a test, once the console is served; a screenshot of the page when the test fails. */
    static void withBrowser(String name, Consumer<Browser> test) {
        Http anonymous = KontingentDistribution.http();
        String base = "http://127.0.0.1:" + System.getProperty(KontingentDistribution.HTTP_PORT);
        Eventually.await("the console served", PATIENCE, () -> anonymous.status("/") == 200);
        try (Browser browser = Browser.start(base, Path.of(System.getProperty(SCREENSHOTS)))) {
            try {
                test.accept(browser);
            } catch (RuntimeException | AssertionError e) {
                try {
                    browser.screenshot("failed-" + name);
                } catch (RuntimeException ignored) {
                    e.addSuppressed(ignored);
                }
                throw e;
            }
        }
    }

    /** Signs in through the sign-in page, a fresh browser session, and waits for the user's name in the header. */
    static void signIn(Browser browser, String login, String password) {
        browser.forgetEverything();
        browser.open("/");
        browser.type("[data-testid=login]", login);
        browser.type("[data-testid=password]", password);
        browser.click("[data-testid=signin-submit]");
        browser.find("[data-testid=user-name]");
    }
}
