package de.dnpm.registry.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person downloads the result list of a search as a spreadsheet from the search page, in German and English: the
 * browser saves a CSV file that Excel opens (byte-order mark, {@code ;}), with headings in the page's language and one
 * row per hit the page counted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportDownloadBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("export-download-it.war");
    }

    @ArquillianResource
    URL base;

    @Test
    void theResultListDownloadsAsASpreadsheetInTheReadersLanguage() throws IOException {
        new ServerProbe(base).awaitSettled();
        for (Map.Entry<String, String> language : Map.of("de-DE", "Titel", "en-US", "Title").entrySet()) {
            try (BrowserSession session = new BrowserSession(base, language.getKey())) {
                Path folder = Files.createTempDirectory("downloads");
                // headless Chromium saves downloads only where it is told to
                ((ChromeDriver) session.browser).executeCdpCommand("Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", folder.toString()));
                session.open("index.xhtml?q=EGFR&status=RECRUITING");
                String summary = session.text(By.cssSelector(".results__summary"));
                session.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='format=csv']")))
                        .click();
                Path csv = session.wait.until(d -> downloaded(folder));
                byte[] bytes = Files.readAllBytes(csv);
                assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                        && (bytes[2] & 0xff) == 0xBF, "a byte-order mark, so that Excel reads UTF-8");
                List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
                List<String> headings = List.of(lines.getFirst().split(";"));
                assertTrue(headings.contains(language.getValue()), language.getKey() + ": " + headings);
                long rows = lines.stream().skip(1).filter(line -> line.matches("^\"?(NCT|DRKS)\\d+.*")).count();
                assertTrue(rows >= 1, "one row per study: " + lines);
                java.util.regex.Matcher counted = java.util.regex.Pattern.compile("\\d+").matcher(summary);
                assertTrue(counted.find(), summary);
                assertEquals(Long.parseLong(counted.group()), rows, "as many rows as the page counted: " + summary);
                session.screenshot("export-download-" + language.getKey().substring(0, 2));
            }
        }
    }

    /** The finished download, once Chromium renamed it from its .crdownload name. */
    private static Path downloaded(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
