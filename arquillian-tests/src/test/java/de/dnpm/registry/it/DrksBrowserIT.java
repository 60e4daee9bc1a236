package de.dnpm.registry.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A DRKS record through the browser: an administrator uploads the real bilingual DRKS JSON record on the import
 * page; its study page then shows the German texts first to a German reader and the English ones in their own
 * section, and the other way round in English, with its registry id; at phone width the page fits (screenshots in
 * target/screenshots). The record is also in the bundled sample, so the upload may find it unchanged: the job must
 * read it and either store or recognise it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DrksBrowserIT {

    private static final String DRKS_FILE = "drks/drks-json/IMISE-DRKS2FHIR/DRKS_trial-DRKS00038775.json";
    private static final String DRKS_ID = "DRKS00038775";
    private static final String GERMAN_TITLE =
            "Retrospektive Charakterisierung von Patient*innen mit seltenen osteologischen";
    private static final String ENGLISH_TITLE =
            "Retrospective characterization of patients with rare osteological diseases";
    private static final By CURRENT_JOB = By.id("current-job");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("drks-browser-it.war");
    }

    @ArquillianResource
    URL base;

    @Test
    void anUploadedDrksRecordIsShownInTheReadersLanguageFirstAndInTheOtherBelow() throws IOException {
        ServerProbe probe = new ServerProbe(base);
        probe.awaitSettled();
        try (BrowserSession session = new BrowserSession(base, "de-DE")) {
            upload(session, Deployments.sharedData(DRKS_FILE).toAbsolutePath().normalize());
            probe.awaitSettled();

            session.open("study.xhtml?id=" + DRKS_ID);
            session.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
            assertTrue(session.text(By.tagName("h1")).startsWith(GERMAN_TITLE), session.text(By.tagName("h1")));
            assertEquals("de", session.browser.findElement(By.tagName("h1")).getDomAttribute("lang"));
            WebElement english = session.browser.findElement(By.cssSelector("section.panel--language[lang='en']"));
            assertTrue(english.getText().contains("Auf Englisch"), english.getText());
            assertTrue(english.getText().contains(ENGLISH_TITLE), english.getText());
            assertTrue(session.text(By.cssSelector("[aria-labelledby='ids-h']")).contains(DRKS_ID));
            assertFalse(session.browser.getPageSource().contains("???"), "every label has its German text");
            session.fullPageScreenshot("study-drks-de");
            session.phoneWidth();
            assertTrue(session.overflow() <= 0, "the study page fits a phone, but is " + session.overflow()
                    + " px wider");
            session.fullPageScreenshot("study-drks-de-phone");
            session.desktopWidth();

            session.wait.until(ExpectedConditions.elementToBeClickable(By.id("language:en"))).click();
            session.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertEquals(ENGLISH_TITLE, session.text(By.tagName("h1")));
            WebElement german = session.browser.findElement(By.cssSelector("section.panel--language[lang='de']"));
            assertTrue(german.getText().contains("In German"), german.getText());
            assertTrue(german.getText().contains(GERMAN_TITLE), german.getText());
            session.fullPageScreenshot("study-drks-en");

            // the entry's own view, as DRKS gives it, says so and leads back to the whole study
            session.open("study.xhtml?id=" + DRKS_ID + "&entry=" + DRKS_ID);
            WebElement notice = session.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".notice--entry")));
            assertTrue(notice.getText().contains(DRKS_ID) && notice.getText().contains("alone"), notice.getText());
            assertEquals(ENGLISH_TITLE, session.text(By.tagName("h1")));
            session.fullPageScreenshot("study-drks-entry-alone-en");
            notice.findElement(By.tagName("a")).click();
            session.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".notice--entry")));
            assertEquals(ENGLISH_TITLE, session.text(By.tagName("h1")));
        }
    }

    /* signs in on the import page, uploads the file and waits for its job to end */
    private static void upload(BrowserSession session, Path file) {
        session.open("admin/imports.xhtml");
        session.wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        session.signIn(AdminApi.ADMIN, AdminApi.ADMIN_PASSWORD);
        session.wait.until(ExpectedConditions.urlContains("/admin/imports.xhtml"));
        long previous = Long.parseLong(session.wait.until(d -> attribute(session, CURRENT_JOB, "data-job-id")));

        session.browser.findElement(By.cssSelector("#upload\\:file input[type=file]")).sendKeys(file.toString());
        session.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#upload\\:file .ui-fileupload-upload"))).click();

        WebDriverWait job = new WebDriverWait(session.browser, Duration.ofMinutes(2));
        job.ignoring(StaleElementReferenceException.class);
        long id = job.until(d -> {
            String current = attribute(session, CURRENT_JOB, "data-job-id");
            return current != null && Long.parseLong(current) > previous ? Long.parseLong(current) : null;
        });
        By state = By.cssSelector("span.job-state[data-job-id='" + id + "']");
        job.until(d -> List.of("COMPLETED", "FAILED", "CANCELLED", "INTERRUPTED")
                .contains(attribute(session, state, "data-state")));
        assertEquals("COMPLETED", attribute(session, state, "data-state"));
        By row = By.xpath("//span[contains(@class,'job-state') and @data-job-id='" + id + "']/ancestor::tr[1]");
        assertEquals(1, counter(session, row, "job-read"));
        assertEquals(1, counter(session, row, "job-created") + counter(session, row, "job-unchanged"));
        assertEquals(0, counter(session, row, "job-failed"));
    }

    private static long counter(BrowserSession session, By row, String styleClass) {
        String text = session.wait.until(d -> d.findElement(row).findElement(By.className(styleClass)).getText());
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    private static String attribute(BrowserSession session, By element, String name) {
        try {
            List<WebElement> found = session.browser.findElements(element);
            return found.isEmpty() ? null : found.getFirst().getDomAttribute(name);
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }
}
