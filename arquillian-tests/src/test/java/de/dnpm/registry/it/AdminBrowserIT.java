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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator's session on the import page, in headless Chromium (Debian's chromium and chromedriver): the page
 * asks for a login and refuses a wrong password; signed in, the administrator uploads a zip of real XML studies,
 * watches the live progress and sees the job completed in the history; the page in English, in German and at phone
 * width (screenshots in target/screenshots); logout. The page re-renders its parts every second while a job runs,
 * so every wait looks its elements up again and ignores stale ones.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    /** 398 real legacy XML studies (58 of them are in the bundled sample), about 14 MB: a job of several seconds. */
    private static final String XML_FOLDER =
            "ctgov/ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT0049xxxx";
    private static final String ADMIN_PAGE = "admin/imports.xhtml";
    private static final By CURRENT_JOB = By.id("current-job");
    private static final By ADMIN_LINK = By.id("admin-link");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("admin-browser-it.war");
    }

    @ArquillianResource
    URL base;

    private ServerProbe probe;
    private ChromeDriverService service;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        probe = new ServerProbe(base);
        probe.awaitSettled(); // the bundled sample is imported by a job after deployment
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
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            service.stop();
            probe.awaitSettled(); // a job still running at undeploy time can keep the H2 file locked (see Awaits)
        }
    }

    @Test
    void importPageAsksForALoginAndRefusesAWrongPassword() throws IOException {
        open(ADMIN_PAGE);
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertTrue(browser.findElements(ADMIN_LINK).isEmpty(), "no admin link for an anonymous visitor");

        signIn(AdminApi.ADMIN, "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login-error.xhtml"));
        WebElement failed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-failed")));
        assertTrue(failed.getText().contains("Login failed"), failed.getText());
        assertTrue(browser.findElements(ADMIN_LINK).isEmpty(), "still not signed in");
        screenshot("admin-login-failed");

        signIn(AdminApi.ADMIN, AdminApi.ADMIN_PASSWORD); // the error page shows the form again

        wait.until(ExpectedConditions.urlContains("/" + ADMIN_PAGE));
        wait.until(ExpectedConditions.visibilityOfElementLocated(ADMIN_LINK));
        assertEquals("Import studies", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void administratorImportsAZipWatchesItsProgressAndSignsOut() throws IOException {
        List<Path> studies = XmlStudyFiles.in(XML_FOLDER);
        Path zip = Files.createTempDirectory("admin-browser-it").resolve("ctgov-xml-NCT0049xxxx.zip");
        Files.write(zip, XmlStudyFiles.zip("NCT0049xxxx", studies));
        open(ADMIN_PAGE);
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        signIn(AdminApi.ADMIN, AdminApi.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/" + ADMIN_PAGE));
        long previousJob = Long.parseLong(wait.until(d -> attribute(CURRENT_JOB, "data-job-id")));

        browser.findElement(By.cssSelector("#upload\\:file input[type=file]")).sendKeys(zip.toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#upload\\:file .ui-fileupload-upload")))
                .click();

        WebDriverWait upload = new WebDriverWait(browser, Duration.ofMinutes(2));
        upload.ignoring(StaleElementReferenceException.class);
        long job = upload.until(d -> {
            String id = attribute(CURRENT_JOB, "data-job-id");
            return id != null && Long.parseLong(id) > previousJob ? Long.parseLong(id) : null;
        });
        Set<String> liveStates = followLivePanel(job);
        assertTrue(liveStates.contains("RUNNING"), "the live panel showed the job running: " + liveStates);

        By state = By.cssSelector("span.job-state[data-job-id='" + job + "']");
        new WebDriverWait(browser, Awaits.JOB_TIMEOUT).ignoring(StaleElementReferenceException.class)
                .until(d -> List.of("COMPLETED", "FAILED", "CANCELLED", "INTERRUPTED")
                        .contains(attribute(state, "data-state")));
        assertEquals("COMPLETED", attribute(state, "data-state"));
        By row = By.xpath("//span[contains(@class,'job-state') and @data-job-id='" + job + "']/ancestor::tr[1]");
        long read = counter(row, "job-read");
        assertEquals(studies.size(), read, "every file of the zip was read");
        assertEquals(0, counter(row, "job-failed"));
        assertEquals(read, counter(row, "job-created") + counter(row, "job-updated") + counter(row, "job-unchanged")
                + counter(row, "job-older"), "every record stored or recognised");
        assertTrue(counter(row, "job-created") > 0, "most of these studies are not in the bundled sample");
        assertEquals("COMPLETED", attribute(CURRENT_JOB, "data-state"));
        assertEquals("100", attribute(CURRENT_JOB, "data-percent"));
        probe.awaitSettled();

        pageInEnglishGermanAndAtPhoneWidth();

        signOut();
        Files.delete(zip);
        Files.delete(zip.getParent());
    }

    /**
     * Watches the live panel until the job has ended; returns the states it showed. While the job runs the panel has
     * the progress bar, labelled with the job's percentage; a screenshot is taken when it is first seen running. The
     * panel is read in one script call, so its attributes and the bar come from the same rendering.
     */
    private Set<String> followLivePanel(long job) throws IOException {
        Set<String> states = new LinkedHashSet<>();
        boolean shot = false;
        long deadline = System.nanoTime() + Awaits.JOB_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            @SuppressWarnings("unchecked")
            List<Object> panel = (List<Object>) js("""
                    var job = document.getElementById('current-job');
                    var bar = document.getElementById('progress');
                    var label = document.querySelector('#progress .ui-progressbar-label');
                    var badge = document.getElementById('current-state');
                    return job == null ? null : [job.dataset.jobId, job.dataset.state, job.dataset.percent,
                        bar != null && bar.offsetWidth > 0, label == null ? '' : label.textContent.trim(),
                        badge == null ? '' : badge.className];""");
            if (panel != null && String.valueOf(job).equals(panel.get(0))) {
                String state = (String) panel.get(1);
                states.add(state);
                if (!state.matches("QUEUED|RUNNING")) {
                    return states;
                }
                assertEquals(Boolean.TRUE, panel.get(3), "the progress bar is shown: " + panel);
                assertTrue(((String) panel.get(5)).contains("job-state--" + state), "the state's badge: " + panel);
                if (Integer.parseInt((String) panel.get(2)) > 0) {
                    assertEquals(panel.get(2) + " %", panel.get(4), "the bar's label: " + panel);
                }
                if ("RUNNING".equals(state) && !shot) {
                    screenshot("admin-import-running");
                    shot = true;
                }
            }
            sleep(200);
        }
        return states;
    }

    /** The page as it is after a reload (the poll has stopped with the job, the index status would be stale). */
    private void pageInEnglishGermanAndAtPhoneWidth() throws IOException {
        open(ADMIN_PAGE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(CURRENT_JOB));
        String english = browser.findElement(By.tagName("h1")).getText();
        assertNoUntranslatedKeys();
        fullPageScreenshot("admin-imports-en");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("language:de"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
        assertEquals("Studien importieren", browser.findElement(By.tagName("h1")).getText());
        assertNotEquals(english, browser.findElement(By.tagName("h1")).getText());
        assertNoUntranslatedKeys();
        fullPageScreenshot("admin-imports-de");

        browser.manage().window().setSize(new Dimension(390, 844));
        wait.until(d -> ((Number) js("return window.innerWidth")).intValue() <= 390);
        screenshot("admin-imports-de-phone");
        scrollTo(By.id("live-heading"));
        screenshot("admin-imports-de-phone-live");
        scrollTo(By.id("history-heading"));
        screenshot("admin-imports-de-phone-history");
        fullPageScreenshot("admin-imports-de-phone-full");
        long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        assertTrue(overflow <= 0, "the page fits the phone's width, but is " + overflow + " px wider");

        browser.manage().window().setSize(new Dimension(1280, 1000));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language:en"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    private void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("account:logout"))).click();
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-login")));
        assertTrue(browser.findElements(ADMIN_LINK).isEmpty(), "signed out: no admin link");
        open(ADMIN_PAGE);
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    private void signIn(String user, String password) {
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        name.clear();
        name.sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private void assertNoUntranslatedKeys() {
        String source = browser.getPageSource();
        assertFalse(source.contains("???"), "a bundle key without text on " + browser.getCurrentUrl());
    }

    private long counter(By row, String styleClass) {
        String text = wait.until(d -> d.findElement(row).findElement(By.className(styleClass)).getText());
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    /** The attribute of the element as it is now, or null while it is absent or being replaced. */
    private String attribute(By element, String name) {
        try {
            List<WebElement> found = browser.findElements(element);
            return found.isEmpty() ? null : found.getFirst().getDomAttribute(name);
        } catch (StaleElementReferenceException e) {
            return null;
        }
    }

    private void open(String page) {
        browser.get(base.toString() + page);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void scrollTo(By element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
                browser.findElement(element));
    }

    /** The whole page: the window made as tall as the page (ChromeDriver shoots the viewport only). */
    private void fullPageScreenshot(String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        for (int attempt = 0; attempt < 3; attempt++) { // the window's frame differs between Chromium versions
            int missing = ((Number) js("return document.documentElement.scrollHeight - window.innerHeight")).intValue();
            Dimension now = browser.manage().window().getSize();
            if (missing <= 0 || now.getHeight() >= 8000) {
                break;
            }
            int height = Math.min(now.getHeight() + missing, 8000);
            browser.manage().window().setSize(new Dimension(now.getWidth(), height));
        }
        try {
            screenshot(name);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
