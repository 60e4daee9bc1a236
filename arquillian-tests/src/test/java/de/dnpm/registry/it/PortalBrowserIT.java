package de.dnpm.registry.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's first visit, in headless Chromium (Debian's chromium and chromedriver): search "EGFR", see lung cancer
 * trials, open one, read its eligibility criteria and sites. Then the search's states in the address and the
 * browser's history: a filter changes the URL, Back and Forward go through the filters, a study page leads back to
 * exactly the search it came from; and the page by keyboard alone. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    private static final By SUMMARY = By.cssSelector(".results__summary");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("browser-it.war");
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void awaitTheSample() {
        new ServerProbe(base).awaitSettled(); // the bundled sample is imported by a job after deployment
    }

    @Test
    void searchEgfrThenReadEligibilityAndSitesOfALungCancerTrial() throws IOException {
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            WebDriver browser = session.browser;
            WebDriverWait wait = session.wait;
            browser.get(base.toString());
            WebElement box = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("input[type='search'], input[type='text']")));
            box.sendKeys("EGFR", Keys.ENTER);

            // the start page lists every study already: wait for the answer to the search, not for any list
            wait.until(ExpectedConditions.textToBePresentInElementLocated(SUMMARY, "found"));
            wait.until(d -> !d.findElements(By.cssSelector("a[href*='study.xhtml']")).isEmpty());
            // the search is in the address (a new history entry) and in every study link
            wait.until(ExpectedConditions.urlContains("index.xhtml?q=EGFR"));
            session.screenshot("search-egfr");
            String results = browser.findElement(By.tagName("body")).getText();
            assertTrue(results.matches("(?s).*(NSCLC|Non-Small Cell Lung|Non-small Cell Lung|Lung Cancer).*"),
                    "lung cancer trials are listed for EGFR");

            List<WebElement> studyLinks = browser.findElements(By.cssSelector("a[href*='study.xhtml']"));
            WebElement lungTrial = studyLinks.stream()
                    .filter(a -> a.getText().matches("(?is).*(lung|nsclc|egfr).*")).findFirst()
                    .orElse(studyLinks.getFirst());
            lungTrial.click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Inclusion"));
            String detail = browser.findElement(By.tagName("body")).getText();
            session.screenshot("study-detail");
            assertTrue(detail.contains("Exclusion"), "eligibility criteria are shown");
            WebElement eligibility = browser.findElement(By.id("eligibility-h")).findElement(By.xpath(".."));
            assertTrue(eligibility.findElements(By.tagName("li")).size() >= 3, "criteria as list items");
            scrollTo(session, By.id("eligibility-h"));
            session.screenshot("study-eligibility");

            List<WebElement> siteRows = browser.findElements(By.cssSelector(".sites-table tbody tr"));
            assertTrue(siteRows.size() >= 1, "sites table");
            assertTrue(!siteRows.getFirst().getText().isBlank(), "a site row names its facility or city");
            scrollTo(session, By.id("sites-h"));
            session.screenshot("study-sites");
        }
    }

    /**
     * Every filter click is a new address and a new history entry; Back and Forward show the states again; a study
     * opened from the list leads back to exactly that search, also after Back into the page, Forward to the study,
     * and a language switch on the study page.
     */
    @Test
    void filtersLiveInTheAddressAndBackAndTheStudyPageReturnToThem() throws IOException {
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            session.open("index.xhtml?q=EGFR");
            session.wait.until(ExpectedConditions.textToBePresentInElementLocated(SUMMARY, "found"));
            session.awaitSearchMatchesAddress();
            String start = session.url();

            String status = check(session, "status", 0);
            session.wait.until(ExpectedConditions.urlContains("status=" + status));
            assertTrue(session.url().contains("q=EGFR"), session.url());
            session.awaitSearchMatchesAddress();
            String type = check(session, "type", 0);
            session.wait.until(ExpectedConditions.urlContains("type=" + type));
            session.awaitSearchMatchesAddress();
            assertTrue(isChecked(session, "status", status) && isChecked(session, "type", type));
            session.fullPageScreenshot("search-history-two-filters-en");

            // Back: the previous state, within the page (no reload), the type filter gone again
            session.back();
            session.wait.until(d -> !session.url().contains("type=") && session.url().contains("status=" + status));
            session.awaitSearchMatchesAddress();
            session.wait.until(d -> !isChecked(session, "type", type));
            assertTrue(isChecked(session, "status", status), "the status filter stays");
            // Forward: the type filter again
            session.forward();
            session.wait.until(ExpectedConditions.urlContains("type=" + type));
            session.awaitSearchMatchesAddress();
            session.wait.until(d -> isChecked(session, "type", type));
            // Back twice: the search as it was opened
            session.back();
            session.wait.until(d -> !session.url().contains("type="));
            session.back();
            session.wait.until(ExpectedConditions.urlToBe(start));
            session.awaitSearchMatchesAddress();
            session.wait.until(d -> !isChecked(session, "status", status));
            session.forward();
            session.wait.until(ExpectedConditions.urlContains("status=" + status));
            session.awaitSearchMatchesAddress();
            session.wait.until(d -> isChecked(session, "status", status));
            String search = session.url();

            // a study from the list carries the search; its "Back to the search" returns to it
            WebElement study = session.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.hit__title")));
            String studyHref = study.getDomAttribute("href");
            assertTrue(studyHref.contains("back=index.xhtml%3Fq%3DEGFR"), studyHref);
            study.click();
            By backLink = By.id("back-to-search");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(backLink));
            String href = session.browser.findElement(backLink).getDomAttribute("href");
            assertTrue(href.contains("index.xhtml?q=EGFR") && href.contains("status=" + status), href);
            assertFalse(href.contains("//") || href.contains("back="), href);

            // the browser's Back from the study: the search again, filter included
            session.back();
            session.wait.until(ExpectedConditions.urlToBe(search));
            session.awaitSearchMatchesAddress();
            session.wait.until(d -> isChecked(session, "status", status));
            session.forward();
            session.wait.until(ExpectedConditions.urlContains("study.xhtml"));

            // the language switch on the study page keeps the way back
            session.wait.until(ExpectedConditions.elementToBeClickable(By.id("language:de"))).click();
            session.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
            assertTrue(session.url().contains("back="), session.url());
            session.wait.until(ExpectedConditions.elementToBeClickable(backLink)).click();
            session.wait.until(ExpectedConditions.urlContains("index.xhtml?q=EGFR"));
            assertTrue(session.url().contains("status=" + status), session.url());
            session.awaitSearchMatchesAddress();
            session.wait.until(d -> isChecked(session, "status", status));
            assertEquals("EGFR", session.browser.findElement(By.id("search:q")).getDomProperty("value"));
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
            session.fullPageScreenshot("search-back-from-study-de");

            // a way back that is not a search of this portal is not followed
            session.open("study.xhtml?id=" + studyHref.replaceAll("^.*[?&]id=([^&]+).*$", "$1")
                    + "&back=https%3A%2F%2Fevil.example%2Findex.xhtml");
            String plain = session.wait.until(ExpectedConditions.visibilityOfElementLocated(backLink))
                    .getDomAttribute("href");
            assertTrue(plain.endsWith("/index.xhtml") && !plain.contains("evil"), plain);
        }
    }

    /**
     * Facets, paging and the language switch by keyboard: Tab reaches the next control, which shows its focus, and
     * Space or Enter work it.
     */
    @Test
    void theSearchPageWorksByKeyboard() throws IOException {
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            session.open("index.xhtml");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
            session.awaitSearchMatchesAddress();

            // paging (the whole sample is many pages): Tab from the current page to the next page's button, Enter
            session.pressOn(By.cssSelector("#search\\:results .ui-paginator-page.ui-state-active"), Keys.TAB);
            assertEquals("2", session.js("return document.activeElement.textContent.trim()"));
            String pageFocus = session.outline(By.cssSelector("#search\\:results .ui-paginator-page:focus"));
            assertTrue(pageFocus.startsWith("3px solid"), "visible focus on the paginator: " + pageFocus);
            new Actions(session.browser).sendKeys(Keys.ENTER).perform();
            session.wait.until(ExpectedConditions.urlContains("page=2"));
            session.awaitSearchMatchesAddress();

            // a facet: Tab from the first value to the second, whose box shows the focus; Space ticks it
            String value = session.browser.findElement(By.id("search:status:1")).getDomAttribute("value");
            session.pressOn(By.id("search:status:0"), Keys.TAB);
            assertEquals("search:status:1", session.js("return document.activeElement.id"));
            String facetFocus = session.outline(By.cssSelector("#search\\:status .ui-chkbox-box.ui-state-focus"));
            assertTrue(facetFocus.startsWith("3px solid"), "visible focus on the facet: " + facetFocus);
            session.screenshot("search-keyboard-facet-en");
            new Actions(session.browser).sendKeys(Keys.SPACE).perform();
            session.wait.until(ExpectedConditions.urlContains("status=" + value));
            session.awaitSearchMatchesAddress();
            assertFalse(session.url().contains("page="), "a new filter starts at the first page: " + session.url());

            // the language switch: Enter on "Deutsch"; then Tab to "English", visibly focused, and Enter
            session.pressOn(By.id("language:de"), Keys.ENTER);
            session.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
            assertTrue(session.url().contains("status=" + value), "the search stays: " + session.url());
            session.pressOn(By.id("language:de"), Keys.TAB);
            assertEquals("language:en", session.js("return document.activeElement.id"));
            String languageFocus = session.outline(By.id("language:en"));
            assertTrue(languageFocus.startsWith("3px solid"), "visible focus in the header: " + languageFocus);
            new Actions(session.browser).sendKeys(Keys.ENTER).perform();
            session.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        }
    }

    /* Ticks the facet's n-th value by its label and returns the value. */
    private static String check(BrowserSession session, String facet, int n) {
        By input = By.id("search:" + facet + ":" + n);
        String value = session.wait.until(ExpectedConditions.presenceOfElementLocated(input)).getDomAttribute("value");
        session.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("label[for='search:" + facet + ":" + n + "']"))).click();
        return value;
    }

    private static boolean isChecked(BrowserSession session, String facet, String value) {
        return !session.browser.findElements(By.cssSelector("#search\\:" + facet + " input[type='checkbox'][value='"
                + value + "']:checked")).isEmpty();
    }

    private static void scrollTo(BrowserSession session, By heading) {
        ((org.openqa.selenium.JavascriptExecutor) session.browser)
                .executeScript("arguments[0].scrollIntoView(true);", session.browser.findElement(heading));
    }
}
