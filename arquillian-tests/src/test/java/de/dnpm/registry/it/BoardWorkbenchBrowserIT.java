package de.dnpm.registry.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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

import javax.imageio.ImageIO;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The board's workbench from case to report in headless Chromium, in German: a board member (made through the users
 * API) enters a synthetic NSCLC case with EGFR L858R, runs the match on the bundled sample, opens a criterion table,
 * shortlists two studies with notes, records the decision and downloads the report as PDF in German and English and
 * as FHIR. Each PDF page is rendered to target/screenshots/board-report-*.png and its text checked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoardWorkbenchBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("board-workbench-it.war");
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void sampleImportedAndIndexed() {
        new ServerProbe(base).awaitSettled();
    }

    @Test
    void fromCaseToPdfReport() throws Exception {
        String member = BoardWorkbench.unique("mtb");
        BoardWorkbench.createAccount(base, member, "TUMOR_BOARD", BoardWorkbench.unique("MTB Tübingen"));
        Path screenshots = Path.of(System.getProperty("screenshot.dir"));
        Files.createDirectories(screenshots);
        try (BrowserSession session = new BrowserSession(base, "de-DE")) {
            BoardWorkbench.signIn(session, "board/cases.xhtml", member);
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-case")));
            BoardWorkbench.click(session, "#new-case");

            BoardWorkbench.fillProfile(session, "profile", "MTB-IT-0001",
                    "Nicht-kleinzelliges Lungenkarzinom, Adenokarzinom", "C34.1", "LUAD",
                    List.<String[]>of(new String[] {"EGFR", "L858R"}), "72076", "synthetischer Testfall");
            BoardWorkbench.click(session, "[id='profile:save']");
            String caseId = BoardWorkbench.caseIdInAddress(session);
            assertTrue(session.text(By.id("case-heading")).contains("MTB-IT-0001"));

            BoardWorkbench.click(session, "[id='profile:match']");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".match-result, #no-results")));
            session.fullPageScreenshot("board-case-match-de");
            List<WebElement> results = session.browser.findElements(By.cssSelector(".match-result"));
            assertTrue(results.size() >= 2, "at least two studies to shortlist: " + results.size());
            String verdict = results.getFirst().findElement(By.cssSelector(".verdict")).getText();
            assertTrue(List.of("Geeignet", "Möglicherweise geeignet", "Nicht geeignet").contains(verdict),
                    "the verdict in words: " + verdict);

            WebElement table = results.getFirst().findElement(By.cssSelector("details.criteria"));
            table.findElement(By.tagName("summary")).click();
            session.wait.until(d -> table.findElement(By.cssSelector(".criterion-row")).isDisplayed());
            String firstStatus = table.findElement(By.cssSelector(".criterion-row .status")).getText();
            assertTrue(List.of("erfüllt", "nicht erfüllt", "unbekannt").contains(firstStatus), firstStatus);
            session.fullPageScreenshot("board-case-matched-de");

            List<String> shortlisted = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                WebElement result = session.browser.findElements(By.cssSelector(".match-result")).get(i);
                String registryId = result.getDomAttribute("data-registry-id");
                shortlisted.add(registryId);
                WebElement note = result.findElement(By.cssSelector("textarea.shortlist-note"));
                note.clear();
                note.sendKeys("Notiz " + (i + 1) + ": Einschluss prüfen");
                BoardWorkbench.click(session, ".match-result[data-registry-id='" + registryId + "'] .shortlist-button");
                session.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".shortlist-item[data-registry-id='" + registryId + "']")));
            }
            assertEquals(2, session.browser.findElements(By.cssSelector(".shortlist-item")).size());

            for (WebElement box : session.browser.findElements(By.cssSelector("[id='decision:recommended'] .ui-chkbox-box"))) {
                box.click();
            }
            BoardWorkbench.type(session, "[id='decision:decisionText']",
                    "Empfehlung: Vorstellung in der Studienambulanz, zuerst " + shortlisted.getFirst() + ".");
            BoardWorkbench.click(session, "[id='decision:decide']");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recorded-decision")));
            assertEquals("DECIDED", session.browser.findElement(By.id("case-state")).getDomAttribute("data-state"));
            assertFalse(session.browser.getPageSource().contains("???"), "every text has its German words");
            session.fullPageScreenshot("board-case-decided-de");

            for (String language : List.of("de", "en")) {
                HttpResponse<byte[]> pdf = BoardWorkbench.download(session, base,
                        "board/report?case=" + caseId + "&format=pdf&lang=" + language);
                assertEquals(200, pdf.statusCode());
                assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
                Files.write(screenshots.resolve("board-report-" + language + ".pdf"), pdf.body());
                String text;
                try (PDDocument document = Loader.loadPDF(pdf.body())) {
                    PDFRenderer renderer = new PDFRenderer(document);
                    for (int page = 0; page < document.getNumberOfPages(); page++) {
                        ImageIO.write(renderer.renderImageWithDPI(page, 90), "png",
                                screenshots.resolve("board-report-" + language + "-" + (page + 1) + ".png").toFile());
                    }
                    text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                }
                assertTrue(text.contains("MTB-IT-0001"), text);
                for (String registryId : shortlisted) {
                    assertTrue(text.contains(registryId), registryId + " in the report: " + text);
                }
                assertTrue(text.contains(language.equals("de") ? "Einschluss:" : "Inclusion:")
                        || text.contains(language.equals("de") ? "Ausschluss:" : "Exclusion:"), "criterion rows: " + text);
                assertTrue(text.contains("Empfehlung: Vorstellung in der Studienambulanz"), "the decision: " + text);
                assertTrue(text.contains(language.equals("de") ? "Bericht des molekularen Boards"
                        : "Molecular board report"), text);
            }
            HttpResponse<byte[]> fhir = BoardWorkbench.download(session, base,
                    "board/report?case=" + caseId + "&format=fhir");
            assertEquals(200, fhir.statusCode());
            String bundle = new String(fhir.body(), StandardCharsets.UTF_8);
            assertTrue(bundle.contains("\"resourceType\":\"ResearchStudy\"") && bundle.contains(shortlisted.getFirst()));

            session.open("board/case.xhtml?id=" + caseId);
            session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".audit-line")));
            List<String> actions = session.browser.findElements(By.cssSelector(".audit-line")).stream()
                    .map(line -> line.getDomAttribute("data-action")).toList();
            assertTrue(actions.containsAll(List.of("CREATED", "MATCHED", "SHORTLISTED", "DECIDED", "REPORT_EXPORTED",
                    "OPENED")), "the audit: " + actions);
            session.phoneWidth();
            assertTrue(session.overflow() <= 0, "the case page fits a phone, but is " + session.overflow()
                    + " px wider");
            session.fullPageScreenshot("board-case-phone-de");
        }
    }
}
