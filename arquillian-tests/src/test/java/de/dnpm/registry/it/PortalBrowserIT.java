package de.dnpm.registry.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's first visit, in headless Chromium (Debian's chromium and chromedriver): search "EGFR", see lung cancer
 * trials, open one, read its eligibility criteria and sites. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("browser-it.war");
    }

    @ArquillianResource
    URL base;

    private ChromeDriverService service;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        new ServerProbe(base).awaitSettled(); // the bundled sample is imported by a job after deployment
        // Debian's driver and browser, so Selenium Manager never tries to download one (STACK.md §7)
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            service.stop();
        }
    }

    @Test
    void searchEgfrThenReadEligibilityAndSitesOfALungCancerTrial() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base.toString());
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[type='search'], input[type='text']")));
        box.sendKeys("EGFR", Keys.ENTER);

        // the start page lists every study already: wait for the answer to the search, not for any list
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".results__summary"), "found"));
        wait.until(d -> !d.findElements(By.cssSelector("a[href*='study.xhtml']")).isEmpty());
        screenshot("search-egfr");
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
        screenshot("study-detail");
        assertTrue(detail.contains("Exclusion"), "eligibility criteria are shown");
        WebElement eligibility = browser.findElement(By.id("eligibility-h")).findElement(By.xpath(".."));
        assertTrue(eligibility.findElements(By.tagName("li")).size() >= 3, "criteria as list items");
        scrollTo(By.id("eligibility-h"));
        screenshot("study-eligibility");

        List<WebElement> siteRows = browser.findElements(By.cssSelector(".sites-table tbody tr"));
        assertTrue(siteRows.size() >= 1, "sites table");
        assertTrue(!siteRows.getFirst().getText().isBlank(), "a site row names its facility or city");
        scrollTo(By.id("sites-h"));
        screenshot("study-sites");
    }

    private void scrollTo(By heading) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView(true);", browser.findElement(heading));
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
