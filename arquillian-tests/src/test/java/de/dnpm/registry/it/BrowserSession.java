package de.dnpm.registry.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
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
        wait.until(d -> ((Number) js("return window.innerWidth")).intValue() > 900);
    }

    /** The address bar. */
    String url() {
        return browser.getCurrentUrl();
    }

    /** The browser's Back button. */
    void back() {
        browser.navigate().back();
    }

    /** The browser's Forward button. */
    void forward() {
        browser.navigate().forward();
    }

    /**
     * Waits until the search page shows the state its address names: the page writes the URL of what it shows into
     * data-bookmark, and Back / Forward within the page change the address before the page has caught up.
     */
    void awaitSearchMatchesAddress() {
        wait.until(d -> Boolean.TRUE.equals(js("var m = document.querySelector('[data-bookmark]');"
                + "return m != null && document.readyState === 'complete'"
                + " && m.getAttribute('data-bookmark') === location.pathname + location.search;")));
    }

    /** The distance in CSS pixels from the top of the page to the top of the element. */
    long top(By element) {
        WebElement found = wait.until(ExpectedConditions.presenceOfElementLocated(element));
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.round(arguments[0].getBoundingClientRect().top + window.scrollY);", found)).longValue();
    }

    /** Moves the keyboard focus to the element (as Tab would) and presses the keys there. */
    void pressOn(By element, CharSequence... keys) {
        WebElement found = wait.until(ExpectedConditions.presenceOfElementLocated(element));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", found);
        if (keys.length > 0) {
            new Actions(browser).sendKeys(keys).perform();
        }
    }

    /** The outline of the element, as drawn ("3px solid rgb(…)"); "0px none …" when it has none. */
    String outline(By element) {
        WebElement found = wait.until(ExpectedConditions.presenceOfElementLocated(element));
        return (String) ((JavascriptExecutor) browser).executeScript("var s = getComputedStyle(arguments[0]);"
                + "return s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor;", found);
    }

    /**
     * The visible labels (table column names, headings) that break inside a word or do not fit their box, as
     * "label: problem"; empty when every one is whole. A word is broken when it is laid out on more than one line.
     */
    @SuppressWarnings("unchecked")
    java.util.List<String> labelProblems(String cssSelector) {
        return (java.util.List<String>) ((JavascriptExecutor) browser).executeScript("var bad = [];"
                + "document.querySelectorAll(arguments[0]).forEach(function (el) {"
                + "  if (!el.offsetParent || el.getClientRects().length === 0) { return; }"
                + "  var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), node, m;"
                + "  while ((node = walker.nextNode())) {"
                + "    var re = /\\S+/g;"
                + "    while ((m = re.exec(node.data))) {"
                + "      var range = document.createRange();"
                + "      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);"
                + "      if (range.getClientRects().length > 1) { bad.push(el.textContent.trim() + ': \"' + m[0]"
                + "          + '\" broken'); }"
                + "    }"
                + "  }"
                + "  if (getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1) {"
                + "    bad.push(el.textContent.trim() + ': cut (' + el.scrollWidth + ' > ' + el.clientWidth + ')');"
                + "  }"
                + "});"
                + "return bad;", cssSelector);
    }

    /** What the window shows now, without scrolling (the first screen when the page is at its top). */
    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** How many pixels the page is wider than the window (0 or less: it fits). */
    long overflow() {
        return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    /** The first elements reaching past the window's right edge, to name in a failed "fits a phone" check. */
    String overflowing() {
        return String.valueOf(js("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 6)"
                + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal"
                + " === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')"
                + " + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px').join(', ');"));
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
