package io.github.aimsplugin.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * Opens every page of the example project's site, and a site of hostile strings, in headless Chromium from
 * Debian's packages (CI installs it; elsewhere the test is skipped when the browser is missing).
 */
class SiteBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    static Path work;

    static Path exampleSite;
    static Path hostileSite;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        boolean available = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(available, "chromium and chromedriver are not installed (apt-get install chromium"
                    + " chromium-driver)");
        }
        exampleSite = work.resolve("example-site");
        hostileSite = work.resolve("hostile-site");
        SiteFixtures.build(SiteFixtures.exampleProject(), exampleSite);
        SiteFixtures.build(SiteFixtures.fixture("hostile", work.resolve("hostile")), hostileSite);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + work.resolve("profile"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageLoadsWithoutConsoleErrorsBrokenLinksOrMissingAssets() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> pages = htmlPages(exampleSite);
        assertThat(pages).hasSizeGreaterThan(25);
        for (Path page : pages) {
            open(page);
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    problems.add(page.getFileName() + ": console: " + entry.getMessage());
                }
            }
            for (WebElement element : browser.findElements(By.cssSelector("a[href], link[href], script[src], img[src]"))) {
                String attribute = element.getDomAttribute("href") != null ? "href" : "src";
                String target = element.getDomAttribute(attribute);
                if (target == null) {
                    target = element.getDomAttribute("xlink:href");
                }
                checkTarget(page, target, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void statementOfApplicabilityShows38ControlsAndFilters() {
        open(exampleSite.resolve("soa.html"));
        assertThat(browser.findElements(By.cssSelector(".soa-row"))).hasSize(38);

        new Select(browser.findElement(By.id("soa-filter-select"))).selectByValue("excluded");

        long visible = browser.findElements(By.cssSelector("table.soa tbody tr")).stream()
                .filter(WebElement::isDisplayed).count();
        assertThat(visible).isEqualTo(1);
    }

    @Test
    void aHeatMapCellLinksToItsRisks() {
        open(exampleSite.resolve("risks.html"));
        WebElement cell = browser.findElement(By.cssSelector("svg.aims-heatmap a"));
        String anchor = cell.getDomAttribute("href").replaceAll(".*#", "");

        WebElement section = browser.findElement(By.id(anchor));
        WebElement riskLink = section.findElement(By.xpath("following::a[starts-with(@href,'risk-')][1]"));
        riskLink.click();

        assertThat(browser.getTitle()).startsWith("Risk R-");
    }

    @Test
    void hostileStringsRenderAsTextAndRunNothing() {
        open(hostileSite.resolve("index.html"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("<script>alert('org')</script> Evil & Co");
        assertNoAlert();

        open(hostileSite.resolve("context.html"));
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("include::/etc/passwd[]").contains("{author}")
                .contains("<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">x</a>")
                .contains("link:javascript:alert(1)[click]");
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertNoAlert();

        open(hostileSite.resolve("system-sys.html"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("<script>alert(7)</script>");
        assertNoAlert();
    }

    @Test
    void noPageOfTheHostileSiteRunsScriptCallsAnotherHostOrLinksToJavascript() throws IOException {
        List<Path> pages = htmlPages(hostileSite);
        assertThat(pages).hasSizeGreaterThan(10);
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            open(page);
            try {
                problems.add(page.getFileName() + ": alert '" + browser.switchTo().alert().getText() + "'");
                browser.switchTo().alert().dismiss();
            } catch (NoAlertPresentException expected) {
                // nothing ran
            }
            for (WebElement element : browser.findElements(By.cssSelector("[href], [src], [action], [formaction],"
                    + " [data], [poster], [srcset]"))) {
                for (String attribute : List.of("href", "src", "action", "formaction", "data", "poster", "srcset")) {
                    String value = element.getDomAttribute(attribute);
                    if (value != null && value.strip().toLowerCase(java.util.Locale.ROOT).matches(
                            "(javascript|data|vbscript):.*|(https?:)?//.*")) {
                        problems.add(page.getFileName() + ": <" + element.getTagName() + " " + attribute + "=\""
                                + value + "\">");
                    }
                }
            }
            Object requested = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)"
                            + ".filter(n => !n.startsWith('file:'));");
            if (requested instanceof List<?> names && !names.isEmpty()) {
                problems.add(page.getFileName() + ": requests to another host " + names);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void assertNoAlert() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private static void checkTarget(Path page, String target, List<String> problems) {
        if (target == null || target.isBlank() || target.startsWith("http://") || target.startsWith("https://")) {
            return;
        }
        URI uri = page.toUri().resolve(target);
        if (!"file".equals(uri.getScheme())) {
            problems.add(page.getFileName() + ": unexpected link " + target);
            return;
        }
        Path file = Path.of(uri.getPath());
        if (!Files.isRegularFile(file)) {
            problems.add(page.getFileName() + ": broken link or missing asset " + target);
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            try {
                if (!Files.readString(file).contains("id=\"" + fragment + "\"")) {
                    problems.add(page.getFileName() + ": no anchor #" + fragment + " in " + file.getFileName());
                }
            } catch (IOException e) {
                problems.add(page.getFileName() + ": cannot read " + file);
            }
        }
    }

    private static void open(Path page) {
        browser.get(page.toUri().toString());
    }

    private static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }
}
