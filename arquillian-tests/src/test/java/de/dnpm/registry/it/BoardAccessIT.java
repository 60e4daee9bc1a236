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
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may see a board's case: every board and referral page and the report download, for an anonymous caller, an
 * administrator, a referrer and a member of another board (denied or not found), and the users API for non-admins.
 * Also that imported or entered text is escaped: a case note with a script element shows as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoardAccessIT {

    private static final String SCRIPT_NOTE = "<script>window.boardXss=1</script>";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("board-access-it.war");
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void sampleImportedAndIndexed() {
        new ServerProbe(base).awaitSettled();
    }

    @Test
    void onlyMembersOfTheCasesBoardSeeIt() throws Exception {
        String owner = BoardWorkbench.unique("owner");
        String otherBoardMember = BoardWorkbench.unique("other");
        String referrer = BoardWorkbench.unique("referrer");
        BoardWorkbench.createAccount(base, owner, "TUMOR_BOARD", BoardWorkbench.unique("MTB Freiburg"));
        BoardWorkbench.createAccount(base, otherBoardMember, "TUMOR_BOARD", BoardWorkbench.unique("MTB Leipzig"));
        BoardWorkbench.createAccount(base, referrer, "REFERRER", BoardWorkbench.unique("Praxis Dr. C"));

        String caseId;
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            BoardWorkbench.signIn(session, "board/case.xhtml", owner);
            BoardWorkbench.fillProfile(session, "profile", "ACCESS-IT-1", "Melanoma", "C43.9", null,
                    List.<String[]>of(new String[] {"BRAF", "V600E"}), "79106", SCRIPT_NOTE);
            BoardWorkbench.click(session, "[id='profile:save']");
            caseId = BoardWorkbench.caseIdInAddress(session);
            String html = session.browser.getPageSource();
            assertTrue(html.contains("&lt;script&gt;window.boardXss=1&lt;/script&gt;"), "the note as text");
            assertFalse(html.contains(SCRIPT_NOTE), "never as markup");
            assertEquals(null, session.js("return window.boardXss"), "the note's script did not run");
        }

        List<String> pages = List.of("board/cases.xhtml", "board/case.xhtml?id=" + caseId,
                "board/report?case=" + caseId + "&format=pdf&lang=de", "referrals/index.xhtml",
                "referrals/case.xhtml?id=" + caseId);

        // anonymous: every page sends to the login, nothing of the case is shown
        try (BrowserSession anonymous = new BrowserSession(base, "en-US")) {
            for (String page : pages) {
                anonymous.open(page);
                anonymous.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
                assertFalse(anonymous.browser.getPageSource().contains("ACCESS-IT-1"), page);
            }
            HttpResponse<byte[]> report = BoardWorkbench.download(anonymous, base, pages.get(2));
            assertTrue(report.statusCode() == 302 || report.statusCode() == 303 || report.statusCode() == 401,
                    "anonymous report download: " + report.statusCode());
        }
        HttpResponse<String> usersAnonymous = AdminApi.anonymous(base).post("api/admin/users", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, usersAnonymous.statusCode());

        // administrator and referrer: the board pages are denied; the administrator's referral pages too
        expectDenied(AdminApi.ADMIN, AdminApi.ADMIN_PASSWORD, pages, caseId, List.of(0, 1, 2, 3, 4));
        expectDenied(referrer, BoardWorkbench.PASSWORD, pages, caseId, List.of(0, 1, 2));
        // the referrer did not refer this case: not found
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            BoardWorkbench.signIn(session, pages.get(4), referrer);
            session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.not-found")));
            assertEquals("Page not found", BoardWorkbench.errorTitle(session));
        }
        HttpResponse<String> usersAsReferrer = AdminApi.as(base, referrer, BoardWorkbench.PASSWORD)
                .post("api/admin/users", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, usersAsReferrer.statusCode());

        // a member of another board: the case and its report are not found; its own list does not show it
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            BoardWorkbench.signIn(session, "board/cases.xhtml", otherBoardMember);
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-case")));
            assertTrue(session.browser.findElements(By.cssSelector("[data-case-id='" + caseId + "']")).isEmpty());
            session.open(pages.get(1));
            session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.not-found")));
            assertEquals("Page not found", BoardWorkbench.errorTitle(session));
            assertFalse(session.browser.getPageSource().contains("ACCESS-IT-1"));
            assertEquals(404, BoardWorkbench.download(session, base, pages.get(2)).statusCode());
            assertEquals(404, BoardWorkbench.download(session, base,
                    "board/report?case=" + caseId + "&format=fhir").statusCode());
            session.open("referrals/index.xhtml");
            session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.not-found")));
            assertEquals("Access denied", BoardWorkbench.errorTitle(session));
        }
    }

    private void expectDenied(String user, String password, List<String> pages, String caseId, List<Integer> denied)
            throws Exception {
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            session.open("login.xhtml");
            session.signIn(user, password);
            session.wait.until(d -> !d.getCurrentUrl().contains("login"));
            for (int index : denied) {
                String page = pages.get(index);
                if (page.startsWith("board/report")) {
                    assertEquals(403, BoardWorkbench.download(session, base, page).statusCode(), user + " " + page);
                    continue;
                }
                session.open(page);
                session.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.not-found")));
                assertEquals("Access denied", BoardWorkbench.errorTitle(session), user + " " + page);
                assertFalse(session.browser.getPageSource().contains("ACCESS-IT-1"), user + " " + page);
            }
        }
    }
}
