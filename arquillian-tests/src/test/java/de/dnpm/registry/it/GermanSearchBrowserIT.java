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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A German patient's search in a real browser, on the bundled sample (real ClinicalTrials.gov records, all English):
 * "Lungenkrebs" finds the lung cancer trials and says what it also searched for; switched to the words as written it
 * finds none (no English trial says "Lungenkrebs"), and back. A typo is read as the word the vocabulary knows.
 * Screenshots in German, English and at phone width (target/screenshots).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GermanSearchBrowserIT {

    private static final By SUMMARY = By.cssSelector(".results__summary");
    private static final By UNDERSTOOD = By.cssSelector(".results__understood");
    private static final By TOGGLE = By.cssSelector(".understood__toggle");

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
                String shot = "search-patient-note-" + language.substring(0, 2);
                session.fullPageScreenshot(shot);
                session.phoneWidth();
                assertTrue(session.overflow() <= 0, "fits a phone, but is " + session.overflow() + " px wider");
                session.fullPageScreenshot(shot + "-phone");
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
