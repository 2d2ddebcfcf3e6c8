package dev.restallow.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.QuarkusDevModeTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * rest-allow's card and its route table as the Dev UI shows them, in Debian's headless chromium
 * ({@code apt-get install chromium chromium-driver}; skipped where they are not installed).
 */
@Tag(DevModeSample.TAG)
class DevUiPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * The text of the first element named {@code arguments[0]}, shadow roots included (the Dev UI is
     * made of web components), or "" while there is none.
     */
    private static final String TEXT_OF = """
            const tag = arguments[0];
            const text = node => {
              let all = node.shadowRoot ? text(node.shadowRoot) : '';
              for (const child of node.childNodes) {
                all += child.nodeType === Node.TEXT_NODE ? child.textContent + ' ' : text(child);
              }
              return all;
            };
            const find = node => {
              if (node.localName === tag) return node;
              for (const child of [...(node.shadowRoot ? node.shadowRoot.children : []), ...node.children]) {
                const found = find(child);
                if (found) return found;
              }
              return null;
            };
            const element = find(document.documentElement);
            return element ? text(element).replace(/\\s+/g, ' ').trim() : '';
            """;

    @RegisterExtension
    static final QuarkusDevModeTest APPLICATION = DevModeSample.application();

    @Test
    void theCardLeadsToTheRouteTable() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no headless browser here: " + CHROMIUM + " and " + CHROMEDRIVER + " come with"
                        + " 'apt-get install chromium chromium-driver'");
        WebDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                new ChromeOptions().setBinary(CHROMIUM.toFile())
                        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"));
        try {
            browser.get(DevModeSample.BASE.resolve("q/dev-ui/extensions").toString());
            String extensions = awaitText(browser, "qwc-extensions", "rest-allow");
            assertTrue(extensions.contains("Routes 7 Start-up warnings 0"), extensions);

            browser.get(DevModeSample.BASE.resolve("q/dev-ui/rest-allow-quarkus/routes").toString());
            String routes = awaitText(browser, "qwc-rest-allow-routes", "BooksResource#list");
            assertTrue(routes.startsWith("Paths are relative to the REST application's root (its @ApplicationPath ). Path template Allow Sources "),
                    routes);
            assertTrue(routes.contains(" /books GET, HEAD, POST, OPTIONS dev.restallow.sample.BooksResource#create"
                    + " dev.restallow.sample.BooksResource#list "), routes);
            assertTrue(routes.contains(" /cache GET, HEAD, OPTIONS, PURGE dev.restallow.sample.CacheResource#purge"
                    + " dev.restallow.sample.CacheResource#state"), routes);
        } finally {
            browser.quit();
        }
    }

    /** Waits until the text of the element {@code tag} has {@code expected} and returns it. */
    private static String awaitText(WebDriver browser, String tag, String expected) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> {
                String text = String.valueOf(((JavascriptExecutor) page).executeScript(TEXT_OF, tag));
                return text.contains(expected) ? text : null;
            });
        } catch (TimeoutException missing) {
            throw new AssertionError("no '" + expected + "' in <" + tag + "> on " + browser.getCurrentUrl() + ": "
                    + ((JavascriptExecutor) browser).executeScript(TEXT_OF, tag), missing);
        }
    }
}
