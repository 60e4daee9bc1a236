package de.dnpm.registry.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A German patient's search in a real browser, on the bundled sample (real ClinicalTrials.gov records, all English):
 * "Lungenkrebs" finds the lung cancer trials and says what it also searched for; switched to the words as written it
 * finds none (no English trial says "Lungenkrebs"), and back. A typo is read as the word the vocabulary knows. On a
 * phone the first hit is on the first screen, the filters in a drawer; table labels stay whole. Screenshots in German,
 * English, at desktop and phone width (target/screenshots).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GermanSearchBrowserIT {

    private static final By SUMMARY = By.cssSelector(".results__summary");
    private static final By UNDERSTOOD = By.cssSelector(".results__understood");
    private static final By TOGGLE = By.cssSelector(".understood__toggle");
    private static final By FIRST_HIT = By.cssSelector("#search\\:results_data > tr");
    private static final By FILTERS_BUTTON = By.id("filters-toggle");
    private static final By FILTERS = By.id("facets");
    /** The first screen of a phone (390 × 844 CSS pixels). */
    private static final int PHONE_HEIGHT = 844;
    /** Column names of tables (shown beside each value on narrow screens) and table headings. */
    private static final String TABLE_LABELS = ".ui-datatable .ui-column-title, .ui-datatable thead th";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("german-search-it.war");
    }

    @ArquillianResource
    URL base;

    @Test
    void lungenkrebsFindsTheLungCancerTrialsAndSaysWhatItAlsoSearchedFor() throws IOException {
        new ServerProbe(base).awaitSettled();
        try (BrowserSession session = new BrowserSession(base, "de-DE")) {
            session.open("index.xhtml?q=Lungenkrebs");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
            long broad = count(session.text(SUMMARY));
            assertTrue(broad >= 20, () -> "the sample's lung cancer trials: " + session.text(SUMMARY));
            String understood = session.text(UNDERSTOOD);
            assertTrue(understood.contains("Auch gesucht nach") && understood.contains("lung cancer"), understood);
            assertTrue(session.browser.findElement(By.cssSelector("#search\\:results")).getText().toLowerCase()
                    .contains("lung"), "lung cancer trials are listed");
            session.fullPageScreenshot("search-lungenkrebs-de");
            session.phoneWidth();
            assertTrue(session.overflow() <= 0, "the search page fits a phone, but is " + session.overflow()
                    + " px wider");
            session.fullPageScreenshot("search-lungenkrebs-de-phone");
            session.desktopWidth();

            session.browser.findElement(TOGGLE).click();
            session.wait.until(ExpectedConditions.textToBe(TOGGLE, "Auch verwandte Begriffe suchen"));
            assertTrue(session.browser.findElements(SUMMARY).isEmpty(), "no English trial says Lungenkrebs");
            session.fullPageScreenshot("search-lungenkrebs-exact-de");

            session.browser.findElement(TOGGLE).click();
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
            assertEquals(broad, count(session.text(SUMMARY)), "broad again");

            // near a postal code: the nearest site of each hit, nearest first
            session.open("index.xhtml?q=Lungenkrebs&near=69120&radiusKm=100");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
            assertTrue(session.text(SUMMARY).contains("im Umkreis von 100 km um Heidelberg (69120)"),
                    session.text(SUMMARY));
            String firstNearest = session.text(By.cssSelector(".hit__nearest"));
            assertTrue(firstNearest.matches("\\d+(,\\d)? km: .+"), firstNearest);
            session.fullPageScreenshot("search-near-heidelberg-de");
            session.open("index.xhtml?q=Lungenkrebs+Heidelberg");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
            assertTrue(session.text(SUMMARY).contains("im Umkreis von 50 km um Heidelberg"), session.text(SUMMARY));
            session.open("index.xhtml?q=Lungenkrebs&near=Atlantis");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".facet__error")));

            session.open("index.xhtml?q=Brustkebs");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(UNDERSTOOD));
            assertTrue(session.text(UNDERSTOOD).contains("Brustkrebs"), session.text(UNDERSTOOD));
            session.fullPageScreenshot("search-brustkebs-de");
        }
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            session.open("index.xhtml?q=Lungenkrebs");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(UNDERSTOOD));
            assertTrue(session.text(UNDERSTOOD).contains("Also searching for"), session.text(UNDERSTOOD));
            session.fullPageScreenshot("search-lungenkrebs-en");
        }
    }

    /**
     * A study nurse describes a patient in the collapsible box: the studies are ranked by it, the page says which
     * diseases it read, and the description stays out of the address (it describes a patient).
     */
    @Test
    void aPatientDescribedInGermanRanksTheLungCancerTrialsAndStaysOutOfTheAddress() throws IOException {
        new ServerProbe(base).awaitSettled();
        String note = "62-jähriger Patient mit metastasiertem nicht-kleinzelligem Lungenkrebs, EGFR L858R, "
                + "Progress unter Osimertinib. Keine Hirnmetastasen.";
        for (String language : new String[]{"de-DE", "en-US"}) {
            try (BrowserSession session = new BrowserSession(base, language)) {
                session.open("index.xhtml");
                session.browser.findElement(By.cssSelector(".patient-note__summary")).click();
                WebElement box = session.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("textarea.patient-note__input")));
                box.sendKeys(note);
                session.browser.findElement(By.cssSelector("#search\\:go")).click();
                session.wait.until(ExpectedConditions.textToBePresentInElementLocated(UNDERSTOOD, "lung"));
                String first = session.browser.findElement(By.cssSelector("#search\\:results")).getText()
                        .toLowerCase(java.util.Locale.ROOT);
                assertTrue(first.contains("lung"), "lung cancer trials are listed first");
                assertTrue(!session.browser.getCurrentUrl().contains("Osimertinib")
                        && !session.browser.getCurrentUrl().contains("L858R"), session.browser.getCurrentUrl());

                // a filter on top is a new address without the description; Back keeps the description
                String recruiting = "search:recruiting_input";
                session.wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#search\\:recruiting .ui-chkbox-box"))).click();
                session.wait.until(ExpectedConditions.urlContains("recruiting=true"));
                session.awaitSearchMatchesAddress();
                assertTrue(!session.url().contains("Osimertinib") && !session.url().contains("L858R"), session.url());
                session.back();
                session.wait.until(d -> !session.url().contains("recruiting=true"));
                session.awaitSearchMatchesAddress();
                session.wait.until(d -> d.findElements(By.cssSelector("[id='" + recruiting + "']:checked")).isEmpty());
                assertTrue(session.browser.findElement(By.cssSelector("textarea.patient-note__input"))
                        .getDomProperty("value").contains("Osimertinib"), "the description stays with the page");
                session.wait.until(ExpectedConditions.textToBePresentInElementLocated(UNDERSTOOD, "lung"));
                String shot = "search-patient-note-" + language.substring(0, 2);
                session.fullPageScreenshot(shot);
                session.phoneWidth();
                assertTrue(session.overflow() <= 0, "fits a phone, but is " + session.overflow() + " px wider");
                session.fullPageScreenshot(shot + "-phone");
            }
        }
    }

    /**
     * At phone width (390 px) the first hit is on the first screen: the filters wait behind "Filter (n)", which opens
     * them (aria-expanded) and keeps them open while they change the list; the result list's and the study page's
     * labels break only between words. Screenshots of the first screen and of the whole page, phone and desktop,
     * German and English.
     */
    @Test
    void onAPhoneTheFirstHitIsOnTheFirstScreenAndTheFiltersWaitInADrawer() throws IOException {
        new ServerProbe(base).awaitSettled();
        for (String language : new String[]{"de-DE", "en-US"}) {
            String lang = language.substring(0, 2);
            try (BrowserSession session = new BrowserSession(base, language)) {
                session.open("index.xhtml?q=Lungenkrebs");
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
                session.awaitSearchMatchesAddress();
                assertTrue(session.browser.findElement(FILTERS).isDisplayed(), "desktop: the filters beside the list");
                assertTrue(!session.browser.findElement(FILTERS_BUTTON).isDisplayed(), "desktop: no drawer button");
                assertEquals(List.of(), session.labelProblems(TABLE_LABELS));
                session.screenshot("search-desktop-first-screen-" + lang);
                session.fullPageScreenshot("search-desktop-" + lang);

                session.phoneWidth();
                session.js("window.scrollTo(0, 0);");
                long firstHit = session.top(FIRST_HIT);
                assertTrue(firstHit < PHONE_HEIGHT, "the first hit starts " + firstHit + " px down");
                assertTrue(session.overflow() <= 0, "fits a phone, but is " + session.overflow() + " px wider");
                assertEquals("false", session.browser.findElement(FILTERS_BUTTON).getDomAttribute("aria-expanded"));
                assertTrue(!session.browser.findElement(FILTERS).isDisplayed(), "phone: the filters in the drawer");
                assertEquals(List.of(), session.labelProblems(TABLE_LABELS));
                session.screenshot("search-phone-first-screen-" + lang);
                session.fullPageScreenshot("search-phone-" + lang);

                // the drawer: opens, stays open while a filter changes the list, closes with "show the studies"
                session.browser.findElement(FILTERS_BUTTON).click();
                session.wait.until(ExpectedConditions.attributeToBe(FILTERS_BUTTON, "aria-expanded", "true"));
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
                session.screenshot("search-phone-filters-open-" + lang);
                session.wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("label[for='search:status:0']"))).click();
                session.wait.until(ExpectedConditions.urlContains("status="));
                session.awaitSearchMatchesAddress();
                session.wait.until(ExpectedConditions.textToBePresentInElementLocated(FILTERS_BUTTON, "(1)"));
                assertEquals("true", session.browser.findElement(FILTERS_BUTTON).getDomAttribute("aria-expanded"));
                assertTrue(session.browser.findElement(FILTERS).isDisplayed(), "the drawer stays open");
                session.wait.until(ExpectedConditions.elementToBeClickable(By.id("filters-done"))).click();
                session.wait.until(ExpectedConditions.attributeToBe(FILTERS_BUTTON, "aria-expanded", "false"));
                session.wait.until(ExpectedConditions.invisibilityOfElementLocated(FILTERS));
                session.js("window.scrollTo(0, 0);");
                assertTrue(session.top(FIRST_HIT) < PHONE_HEIGHT, "filtered: the first hit on the first screen");
                session.screenshot("search-phone-filtered-" + lang);

                // a study opened on the phone: whole labels in its tables too
                session.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.hit__title"))).click();
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("back-to-search")));
                assertTrue(session.overflow() <= 0, "the study fits a phone, but is " + session.overflow()
                        + " px wider");
                assertEquals(List.of(), session.labelProblems(TABLE_LABELS));
                session.fullPageScreenshot("study-phone-" + lang);
                session.desktopWidth();
                assertEquals(List.of(), session.labelProblems(TABLE_LABELS));
                session.fullPageScreenshot("study-desktop-" + lang);
            }
        }
    }

    @Test
    void aRegistryNumberTypedAloneOpensItsStudy() throws IOException {
        new ServerProbe(base).awaitSettled();
        try (BrowserSession session = new BrowserSession(base, "de-DE")) {
            session.open("index.xhtml?q=nct06576635");
            session.wait.until(ExpectedConditions.urlContains("study.xhtml?id=NCT06576635"));
        }
    }

    private static long count(String summary) {
        return Long.parseLong(summary.replaceAll("^\\D*([\\d.,]+).*$", "$1").replaceAll("[.,]", ""));
    }
}
