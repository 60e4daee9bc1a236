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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patient view and the study page's sites in headless Chromium, on the bundled sample: the patient view of a
 * study with 35 German sites in German and English, at desktop width and at 390 px (a phone), with its sections; the
 * sample's largest study (315 sites) with its sites early, paged and filtered; posted results linked to
 * ClinicalTrials.gov. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientViewBrowserIT {

    /** 35 sites in Germany, 24 of them recruiting; ages 18 to 99; one central contact. */
    private static final String GERMAN_SITES = "NCT05645172";
    private static final String LARGEST = "NCT05850520";
    private static final String WITH_RESULTS = "NCT04770285";
    private static final List<String> SECTIONS = List.of("what", "who", "where", "when", "ask");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("patient-view-it.war");
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void sampleImportedAndIndexed() {
        new ServerProbe(base).awaitSettled();
    }

    @Test
    void thePatientViewInGermanAndEnglishOnDesktopAndPhone() throws Exception {
        for (String language : List.of("de-DE", "en-US")) {
            String lang = language.substring(0, 2);
            try (BrowserSession session = new BrowserSession(base, language)) {
                session.open("patient-study.xhtml?id=" + GERMAN_SITES + "&near=69120");
                session.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));

                for (String section : SECTIONS) {
                    WebElement part = session.browser.findElement(By.id(section));
                    assertFalse(part.findElement(By.tagName("h2")).getText().isBlank(), section);
                }
                assertTrue(session.text(By.id("who")).contains(lang.equals("de") ? "18 bis 99 Jahre alt"
                        : "18 to 99 years old"), session.text(By.id("who")));
                int inclusion = session.browser.findElements(By.cssSelector(".key-criteria--inclusion li")).size();
                assertTrue(inclusion >= 1 && inclusion <= 6, "the first criteria, at most 6: " + inclusion);
                WebElement nearest = session.browser.findElement(By.cssSelector(".site-cards > li"));
                assertTrue(nearest.getDomAttribute("class").contains("site--recruiting"), "recruiting sites first");
                assertTrue(nearest.getText().contains("km"), "with the distance from 69120: " + nearest.getText());
                assertTrue(session.text(By.id("ask")).contains("AstraZeneca"), "the central contact");
                String fullRecord = session.browser.findElement(By.id("full-record")).getDomAttribute("href");
                assertTrue(fullRecord.endsWith("study.xhtml?id=" + GERMAN_SITES), fullRecord);
                assertFalse(session.browser.findElements(By.cssSelector("a[href$='info/index.xhtml']")).isEmpty(),
                        "the information pages for patients are linked");
                assertFalse(session.browser.getPageSource().contains("???"), "every text has its " + lang + " words");
                session.fullPageScreenshot("patient-view-" + lang);

                session.phoneWidth();
                assertTrue(session.overflow() <= 0, "the patient view fits a phone, but is " + session.overflow()
                        + " px wider");
                session.fullPageScreenshot("patient-view-" + lang + "-phone");
                session.desktopWidth();
            }
        }
    }

    @Test
    void thePatientViewPrintsWithoutTheSitesNavigation() throws Exception {
        try (BrowserSession session = new BrowserSession(base, "de-DE")) {
            session.open("patient-study.xhtml?id=" + GERMAN_SITES + "&near=69120");
            session.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
            org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) session.browser;
            // what a printer gets: the print style sheet applied, as chromium --print-to-pdf does
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
            assertEquals("none", session.js("return getComputedStyle(document.querySelector('.site-header')).display"),
                    "no navigation on paper");
            assertTrue(session.browser.findElement(By.id("who")).isDisplayed(), "who can take part is printed");
            Object pdf = chrome.executeCdpCommand("Page.printToPDF", java.util.Map.of("printBackground", false))
                    .get("data");
            byte[] bytes = java.util.Base64.getDecoder().decode(String.valueOf(pdf));
            assertTrue(bytes.length > 10_000 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("%PDF-"), "a printed PDF");
            java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("screenshot.dir"));
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.write(folder.resolve("patient-view-de.pdf"), bytes);
        }
    }

    @Test
    void theLargestStudyListsItsSitesEarlyAPageAtATime() throws Exception {
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            session.open("study.xhtml?id=" + LARGEST);
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sites-h")));

            assertTrue(session.text(By.id("sites-h")).contains("315"), session.text(By.id("sites-h")));
            assertEquals(25, session.browser.findElements(By.cssSelector(".sites-table tbody tr")).size());
            assertTrue(session.text(By.cssSelector(".pager__status")).contains("1 of 13"));
            // DOCUMENT_POSITION_FOLLOWING (4): the summary comes after the sites
            assertEquals(4L, ((Number) session.js("return document.getElementById('sites-h')"
                    + ".compareDocumentPosition(document.getElementById('summary-h')) & 4")).longValue());
            session.fullPageScreenshot("study-sites-paged");

            session.browser.findElement(By.cssSelector(".pager a[rel='next']")).click();
            session.wait.until(ExpectedConditions.urlContains("sitePage=2"));
            assertTrue(session.text(By.cssSelector(".pager__status")).contains("2 of 13"));

            session.open("study.xhtml?id=" + LARGEST + "&country=JP");
            List<WebElement> japanese = session.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                    By.cssSelector(".sites-table tbody tr"), 0));
            assertEquals(25, japanese.size(), "42 sites in Japan, 25 on the first page");
            assertTrue(japanese.stream().allMatch(row -> row.getText().contains("Japan")));
            assertTrue(session.text(By.cssSelector(".pager__status")).contains("1 of 2"));

            session.phoneWidth();
            assertTrue(session.overflow() <= 0, "the sites fit a phone, but are " + session.overflow() + " px wider");
            session.fullPageScreenshot("study-sites-phone");
        }
    }

    @Test
    void postedResultsLinkToTheirTabOnClinicalTrialsGov() throws Exception {
        String results = "https://clinicaltrials.gov/study/" + WITH_RESULTS + "?tab=results";
        try (BrowserSession session = new BrowserSession(base, "de-DE")) {
            session.open("patient-study.xhtml?id=" + WITH_RESULTS);
            WebElement link = session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results-link")));
            assertEquals(results, link.getDomAttribute("href"));

            session.open("study.xhtml?id=" + WITH_RESULTS);
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sites-h")));
            assertFalse(session.browser.findElements(By.cssSelector("a[href='" + results + "']")).isEmpty());
        }
    }
}
