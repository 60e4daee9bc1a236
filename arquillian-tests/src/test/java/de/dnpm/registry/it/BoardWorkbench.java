package de.dnpm.registry.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the board ITs share: accounts made through {@code POST /api/admin/users} (unique names per run, since the
 * domain's database outlives a deployment), the profile form filled in a browser, and downloads with the browser's
 * session cookie (as the browser's own download would send it).
 */
final class BoardWorkbench {

    static final String PASSWORD = "board-it-password-1";

    private BoardWorkbench() {
    }

    /** A fresh name: "mtb-1a2b3c4d". */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void createAccount(URL base, String username, String role, String organisation) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role
                + "\"],\"organisation\":\"" + organisation + "\"}";
        HttpResponse<String> created = AdminApi.administrator(base).post("api/admin/users", "application/json",
                body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.statusCode(), created.body());
    }

    static void signIn(BrowserSession session, String page, String username) {
        session.open(page);
        session.signIn(username, PASSWORD);
    }

    static void type(BrowserSession session, String cssSelector, String text) {
        WebElement field = session.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
        field.clear();
        field.sendKeys(text);
    }

    /** Fills the shared profile form (WEB-INF/includes/profile-form.xhtml) of the form with this id. */
    static void fillProfile(BrowserSession session, String form, String pseudonym, String diagnosis, String icd10,
                            String oncotree, List<String[]> biomarkers, String postalCode, String note) {
        type(session, "[id='" + form + ":caseId']", pseudonym);
        type(session, "[id='" + form + ":age_input']", "63");
        type(session, "[id='" + form + ":diagnosis']", diagnosis);
        type(session, "[id='" + form + ":icd10']", icd10);
        if (oncotree != null) {
            type(session, "[id='" + form + ":oncotree']", oncotree);
        }
        for (int i = 0; i < biomarkers.size(); i++) {
            if (i > 0) {
                int rows = session.browser.findElements(By.cssSelector("[id$=':markerName']")).size();
                session.browser.findElement(By.cssSelector("[id='" + form + ":addMarker']")).click();
                session.wait.until(d -> d.findElements(By.cssSelector("[id$=':markerName']")).size() > rows);
            }
            type(session, "[id$=':" + i + ":markerName']", biomarkers.get(i)[0]);
            type(session, "[id$=':" + i + ":markerValue']", biomarkers.get(i)[1]);
        }
        type(session, "[id='" + form + ":postalCode']", postalCode);
        type(session, "[id='" + form + ":distance_input']", "300");
        if (note != null) {
            type(session, "[id='" + form + ":note']", note);
        }
    }

    static void click(BrowserSession session, String cssSelector) {
        WebElement button = session.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
        ((JavascriptExecutor) session.browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                button);
        button.click();
    }

    /**
     * Picks an option of a PrimeFaces select menu through its widget, as choosing it does. Clicking the item in the
     * menu's panel was flaky twice on a loaded machine: the panel fades in over the page, so a pointer click can land
     * on its moving edge, and the item's own click event did not always close it. What the menu sends is the hidden
     * select's value, checked here.
     */
    static void choose(BrowserSession session, String menuId, String value) {
        session.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
        ((JavascriptExecutor) session.browser).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        session.wait.until(d -> value.equals(d.findElement(By.id(menuId + "_input")).getDomProperty("value")));
    }

    /** The case id of the case page shown ({@code board/case.xhtml?id=...}). */
    static String caseIdInAddress(BrowserSession session) {
        session.wait.until(d -> d.getCurrentUrl().contains("id="));
        String url = session.url();
        return url.substring(url.indexOf("id=") + 3).replaceAll("[&#].*", "");
    }

    /** GET with the browser's session cookie, as a download link would. */
    static HttpResponse<byte[]> download(BrowserSession session, URL base, String path) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : session.browser.manage().getCookies()) {
            cookies.append(cookies.isEmpty() ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(base.toString() + path)).header("Cookie", cookies.toString())
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Whether the page shown is the error page with this title (error pages share section.not-found). */
    static String errorTitle(BrowserSession session) {
        List<WebElement> error = session.browser.findElements(By.cssSelector("section.not-found h1"));
        return error.isEmpty() ? null : error.getFirst().getText();
    }
}
