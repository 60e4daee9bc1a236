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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A referral in headless Chromium: referrer A (a practice) refers a synthetic rheumatoid arthritis case to a board,
 * the board accepts it from its queue and records its recommendation, A reads the recommendation; referrer B (another
 * practice) sees the case neither in its list nor by its address (the same 404 as a case that does not exist).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("referral-it.war");
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void sampleImportedAndIndexed() {
        new ServerProbe(base).awaitSettled();
    }

    @Test
    void theReferrerSeesTheRecommendationAndAnotherReferrerNothing() throws Exception {
        String board = BoardWorkbench.unique("Entzündungsboard Kiel");
        String member = BoardWorkbench.unique("board");
        String referrerA = BoardWorkbench.unique("praxis-a");
        String referrerB = BoardWorkbench.unique("praxis-b");
        BoardWorkbench.createAccount(base, member, "TUMOR_BOARD", board);
        BoardWorkbench.createAccount(base, referrerA, "REFERRER", BoardWorkbench.unique("Praxis Dr. A"));
        BoardWorkbench.createAccount(base, referrerB, "REFERRER", BoardWorkbench.unique("Praxis Dr. B"));

        String caseId;
        try (BrowserSession a = new BrowserSession(base, "de-DE")) {
            BoardWorkbench.signIn(a, "referrals/index.xhtml", referrerA);
            a.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referral")));
            BoardWorkbench.choose(a, "referral:board", board);
            BoardWorkbench.fillProfile(a, "referral", "ZW-IT-0001", "Rheumatoide Arthritis, seropositiv", "M05.9",
                    null, List.<String[]>of(new String[] {"anti-CCP", "positiv"}), "24105", null);
            BoardWorkbench.click(a, "[id='referral:refer']");
            caseId = BoardWorkbench.caseIdInAddress(a);
            assertEquals("REFERRED", a.browser.findElement(By.id("referral-state")).getDomAttribute("data-state"));
            a.fullPageScreenshot("referral-sent-de");
        }

        try (BrowserSession boardSession = new BrowserSession(base, "de-DE")) {
            BoardWorkbench.signIn(boardSession, "board/cases.xhtml", member);
            BoardWorkbench.click(boardSession, ".referral-row[data-case-id='" + caseId + "'] .accept-referral");
            boardSession.wait.until(d -> d.getCurrentUrl().contains("board/case.xhtml?id=" + caseId));
            BoardWorkbench.type(boardSession, "[id='decision:decisionText']",
                    "Keine passende Studie offen; Wiedervorstellung bei Versagen eines JAK-Inhibitors.");
            BoardWorkbench.click(boardSession, "[id='decision:decide']");
            boardSession.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recorded-decision")));
        }

        try (BrowserSession a = new BrowserSession(base, "de-DE")) {
            BoardWorkbench.signIn(a, "referrals/case.xhtml?id=" + caseId, referrerA);
            String recommendation = a.text(By.id("recommendation"));
            assertTrue(recommendation.contains("Wiedervorstellung bei Versagen eines JAK-Inhibitors"), recommendation);
            assertEquals("DECIDED", a.browser.findElement(By.id("referral-state")).getDomAttribute("data-state"));
            a.fullPageScreenshot("referral-decided-de");
        }

        try (BrowserSession b = new BrowserSession(base, "de-DE")) {
            BoardWorkbench.signIn(b, "referrals/index.xhtml", referrerB);
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referral")));
            assertTrue(b.browser.findElements(By.cssSelector(".referral-row[data-case-id='" + caseId + "']")).isEmpty(),
                    "B's list does not show A's referral");
            b.open("referrals/case.xhtml?id=" + caseId);
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.not-found")));
            assertEquals("Seite nicht gefunden", BoardWorkbench.errorTitle(b));
            assertTrue(!b.browser.getPageSource().contains("ZW-IT-0001")
                    && !b.browser.getPageSource().contains("JAK-Inhibitors"), "nothing of A's case shows");
        }
    }
}
