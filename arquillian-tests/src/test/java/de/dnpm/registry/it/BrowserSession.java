package de.dnpm.registry.it;

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

/**
 * A headless Chromium (Debian's chromium and chromedriver, never a downloaded one: STACK.md §7) on the application
 * under test, in a given browser language, with the waits, screenshots and sign-in the browser tests share.
 * (AdminBrowserIT predates it and still has its own copies.)
 */
final class BrowserSession implements AutoCloseable {

    final WebDriver browser;
    final WebDriverWait wait;
    private final ChromeDriverService service;
    private final URL base;

    BrowserSession(URL base, String language) throws IOException {
        this.base = base;
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    void open(String page) {
        browser.get(base.toString() + page);
    }

    void signIn(String user, String password) {
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        name.clear();
        name.sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    String text(By element) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(element)).getText();
    }

    Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    void phoneWidth() {
        browser.manage().window().setSize(new Dimension(390, 844));
        wait.until(d -> ((Number) js("return window.innerWidth")).intValue() <= 390);
    }

    void desktopWidth() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** How many pixels the page is wider than the window (0 or less: it fits). */
    long overflow() {
        return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    /** The whole page: the window made as tall as the page (ChromeDriver shoots the viewport only). */
    void fullPageScreenshot(String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        for (int attempt = 0; attempt < 3; attempt++) {
            int missing = ((Number) js("return document.documentElement.scrollHeight - window.innerHeight")).intValue();
            Dimension now = browser.manage().window().getSize();
            if (missing <= 0 || now.getHeight() >= 8000) {
                break;
            }
            browser.manage().window().setSize(new Dimension(now.getWidth(), Math.min(now.getHeight() + missing, 8000)));
        }
        try {
            Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            service.stop();
        }
    }
}
