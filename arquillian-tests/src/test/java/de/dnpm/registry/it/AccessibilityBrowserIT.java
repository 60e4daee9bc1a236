package de.dnpm.registry.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every public page passes axe-core without a serious or critical violation, in English and German, at desktop width
 * and at a phone's 390 px. All violations, the minor ones too, are written to target/accessibility-report.txt and the
 * log, so they can be fixed; a screenshot of every page and width is in target/screenshots (a11y-*.png).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    private static final System.Logger LOG = System.getLogger(AccessibilityBrowserIT.class.getName());
    private static final List<String> LANGUAGES = List.of("en-US", "de-DE");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("accessibility-it.war");
    }

    @ArquillianResource
    URL base;

    /**
     * The public pages, each with an element that shows it is complete. A new page is one line here. The search for
     * lung cancer shows snippets with marked words and, on the list of recruiting studies not updated for two years,
     * every hit carries the stale-recruiting flag.
     */
    private static List<PublicPage> publicPages(String studyPath) {
        return List.of(
                new PublicPage("search", "index.xhtml", "#search\\:q"),
                new PublicPage("search-lung-cancer", "index.xhtml?q=lung+cancer", ".hit__snippet mark"),
                new PublicPage("search-stale-recruiting", "index.xhtml?status=RECRUITING&updated=OVER_2_YEARS_AGO",
                        ".hit__stale"),
                new PublicPage("study", studyPath, ".study__title"),
                new PublicPage("patient-study", "patient-study.xhtml?id=" + idOf(studyPath), ".study__title"),
                new PublicPage("statistics", "statistics.xhtml", "#statistics-h"),
                new PublicPage("info", "info/index.xhtml", ".info-topics"),
                new PublicPage("info-studies", "info/studies.xhtml", ".info__sources"),
                new PublicPage("info-phases", "info/phases.xhtml", ".info__sources"),
                new PublicPage("info-taking-part", "info/taking-part.xhtml", ".info__sources"),
                new PublicPage("info-questions", "info/questions.xhtml", ".info__sources"),
                new PublicPage("info-rights", "info/rights.xhtml", ".info__sources"),
                new PublicPage("info-reading-records", "info/reading-records.xhtml", ".info__sources"),
                new PublicPage("login", "login.xhtml", "#j_username"));
    }

    @Test
    void noPublicPageHasASeriousOrCriticalViolationInEitherLanguageOrWidth() throws IOException {
        new ServerProbe(base).awaitSettled(); // the bundled sample, so that searches and the study page have content
        AxeCheck axe = AxeCheck.fromBuild();
        Map<String, List<AxeViolation>> violationsByView = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            try (BrowserSession session = new BrowserSession(base, language)) {
                session.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
                String studyPath = firstStudyFoundFor(session, "lung+cancer");
                for (PublicPage page : publicPages(studyPath)) {
                    for (boolean phone : new boolean[] {false, true}) {
                        String view = "a11y-" + page.name() + "-" + language.substring(0, 2) + (phone ? "-phone" : "");
                        if (phone) {
                            session.phoneWidth();
                        } else {
                            session.desktopWidth();
                        }
                        session.open(page.path());
                        session.wait.until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(page.readyWhen())));
                        assertEquals(language.substring(0, 2), session.js("return document.documentElement.lang;"),
                                view + " is in the browser's language");
                        violationsByView.put(view, axe.check(session.browser));
                        session.fullPageScreenshot(view);
                    }
                }
            }
        }

        Path report = writeReport(violationsByView);
        List<String> blocking = new ArrayList<>();
        violationsByView.forEach((view, violations) -> violations.stream().filter(AxeViolation::blocking)
                .forEach(violation -> blocking.add(view + ": " + violation.describe())));
        assertEquals(List.of(), blocking, "serious or critical violations (all of them in " + report + ")");
    }

    /** The study page of the first hit, as a path relative to the application, so it opens in either language. */
    private String firstStudyFoundFor(BrowserSession session, String query) {
        session.open("index.xhtml?q=" + query);
        String href = session.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search\\:results a[href*='study.xhtml']"))).getAttribute("href");
        return URI.create(base.toString()).relativize(URI.create(href)).toString();
    }

    /** The study id of a path "study.xhtml?id=NCT…&back=…". */
    private static String idOf(String studyPath) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("[?&]id=([^&]+)").matcher(studyPath);
        if (!id.find()) {
            throw new IllegalStateException("no study id in " + studyPath);
        }
        return id.group(1);
    }

    private static Path writeReport(Map<String, List<AxeViolation>> violationsByView) throws IOException {
        StringBuilder text = new StringBuilder("axe-core violations per page, language and width\n");
        violationsByView.forEach((view, violations) -> {
            text.append('\n').append(view).append(violations.isEmpty() ? ": none" : ":").append('\n');
            violations.forEach(violation -> text.append("  ").append(violation.describe()).append('\n'));
        });
        Path screenshots = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Path report = screenshots.toAbsolutePath().resolveSibling("accessibility-report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, text);
        LOG.log(System.Logger.Level.INFO, text);
        return report;
    }

    /** A page to check: a name for screenshots and the report, its path under the application, its ready marker. */
    private record PublicPage(String name, String path, String readyWhen) {
    }
}
