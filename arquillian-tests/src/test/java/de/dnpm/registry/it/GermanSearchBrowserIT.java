package de.dnpm.registry.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A German patient's search in a real browser, on the bundled sample (real ClinicalTrials.gov records, all English):
 * "Lungenkrebs" finds the lung cancer trials and says what it also searched for; switched to the words as written it
 * finds none (no English trial says "Lungenkrebs"), and back. A typo is read as the word the vocabulary knows. On a
 * phone the first hit is on the first screen, the filters in a drawer; table labels stay whole. Screenshots in German,
 * English, at desktop and phone width (target/screenshots). Each hit shows why it matched (a snippet with the words
 * marked), when its record was last updated and, for a recruiting study on an abandoned-looking record, a flag; the
 * search box suggests diseases while typing; the new facets filter and live in the address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GermanSearchBrowserIT {

    private static final By SUMMARY = By.cssSelector(".results__summary");
    private static final By UNDERSTOOD = By.cssSelector(".results__understood");
    private static final By TOGGLE = By.cssSelector(".understood__toggle");
    private static final By FIRST_HIT = By.cssSelector("#search\\:results_data > tr");
    private static final By FILTERS_BUTTON = By.id("filters-toggle");
    private static final By FILTERS = By.id("facets");
    /** The first screen of a phone (390 × 844 CSS pixels). */
    private static final int PHONE_HEIGHT = 844;
    /** Column names of tables (shown beside each value on narrow screens) and table headings. */
    private static final String TABLE_LABELS = ".ui-datatable .ui-column-title, .ui-datatable thead th";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("german-search-it.war");
    }

    @ArquillianResource
    URL base;

    @Test
    void lungenkrebsFindsTheLungCancerTrialsAndSaysWhatItAlsoSearchedFor() throws IOException {
        new ServerProbe(base).awaitSettled();
        try (BrowserSession session = new BrowserSession(base, "de-DE")) {
            session.open("index.xhtml?q=Lungenkrebs");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
            long broad = count(session.text(SUMMARY));
            assertTrue(broad >= 20, () -> "the sample's lung cancer trials: " + session.text(SUMMARY));
            String understood = session.text(UNDERSTOOD);
            assertTrue(understood.contains("Auch gesucht nach") && understood.contains("lung cancer"), understood);
            assertTrue(session.browser.findElement(By.cssSelector("#search\\:results")).getText().toLowerCase()
                    .contains("lung"), "lung cancer trials are listed");
            session.fullPageScreenshot("search-lungenkrebs-de");
            session.phoneWidth();
            assertTrue(session.overflow() <= 0, "the search page fits a phone, but is " + session.overflow()
                    + " px wider");
            session.fullPageScreenshot("search-lungenkrebs-de-phone");
            session.desktopWidth();

            session.browser.findElement(TOGGLE).click();
            session.wait.until(ExpectedConditions.textToBe(TOGGLE, "Auch verwandte Begriffe suchen"));
            assertTrue(session.browser.findElements(SUMMARY).isEmpty(), "no English trial says Lungenkrebs");
            session.fullPageScreenshot("search-lungenkrebs-exact-de");

            session.browser.findElement(TOGGLE).click();
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
            assertEquals(broad, count(session.text(SUMMARY)), "broad again");

            // near a postal code: the nearest site of each hit, nearest first
            session.open("index.xhtml?q=Lungenkrebs&near=69120&radiusKm=100");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
            assertTrue(session.text(SUMMARY).contains("im Umkreis von 100 km um Heidelberg (69120)"),
                    session.text(SUMMARY));
            String firstNearest = session.text(By.cssSelector(".hit__nearest"));
            assertTrue(firstNearest.matches("\\d+(,\\d)? km: .+"), firstNearest);
            session.fullPageScreenshot("search-near-heidelberg-de");
            session.open("index.xhtml?q=Lungenkrebs+Heidelberg");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
            assertTrue(session.text(SUMMARY).contains("im Umkreis von 50 km um Heidelberg"), session.text(SUMMARY));
            session.open("index.xhtml?q=Lungenkrebs&near=Atlantis");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".facet__error")));

            session.open("index.xhtml?q=Brustkebs");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(UNDERSTOOD));
            assertTrue(session.text(UNDERSTOOD).contains("Brustkrebs"), session.text(UNDERSTOOD));
            session.fullPageScreenshot("search-brustkebs-de");
        }
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            session.open("index.xhtml?q=Lungenkrebs");
            session.wait.until(ExpectedConditions.visibilityOfElementLocated(UNDERSTOOD));
            assertTrue(session.text(UNDERSTOOD).contains("Also searching for"), session.text(UNDERSTOOD));
            session.fullPageScreenshot("search-lungenkrebs-en");
        }
    }

    /**
     * A study nurse describes a patient in the collapsible box: the studies are ranked by it, the page says which
     * diseases it read, and the description stays out of the address (it describes a patient).
     */
    @Test
    void aPatientDescribedInGermanRanksTheLungCancerTrialsAndStaysOutOfTheAddress() throws IOException {
        new ServerProbe(base).awaitSettled();
        String note = "62-jähriger Patient mit metastasiertem nicht-kleinzelligem Lungenkrebs, EGFR L858R, "
                + "Progress unter Osimertinib. Keine Hirnmetastasen.";
        for (String language : new String[]{"de-DE", "en-US"}) {
            try (BrowserSession session = new BrowserSession(base, language)) {
                session.open("index.xhtml");
                session.browser.findElement(By.cssSelector(".patient-note__summary")).click();
                WebElement box = session.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("textarea.patient-note__input")));
                box.sendKeys(note);
                session.browser.findElement(By.cssSelector("#search\\:go")).click();
                session.wait.until(ExpectedConditions.textToBePresentInElementLocated(UNDERSTOOD, "lung"));
                String first = session.browser.findElement(By.cssSelector("#search\\:results")).getText()
                        .toLowerCase(java.util.Locale.ROOT);
                assertTrue(first.contains("lung"), "lung cancer trials are listed first");
                assertTrue(!session.browser.getCurrentUrl().contains("Osimertinib")
                        && !session.browser.getCurrentUrl().contains("L858R"), session.browser.getCurrentUrl());

                // a filter on top is a new address without the description; Back keeps the description
                String recruiting = "search:recruiting_input";
                session.wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#search\\:recruiting .ui-chkbox-box"))).click();
                session.wait.until(ExpectedConditions.urlContains("recruiting=true"));
                session.awaitSearchMatchesAddress();
                assertTrue(!session.url().contains("Osimertinib") && !session.url().contains("L858R"), session.url());
                session.back();
                session.wait.until(d -> !session.url().contains("recruiting=true"));
                session.awaitSearchMatchesAddress();
                session.wait.until(d -> d.findElements(By.cssSelector("[id='" + recruiting + "']:checked")).isEmpty());
                assertTrue(session.browser.findElement(By.cssSelector("textarea.patient-note__input"))
                        .getDomProperty("value").contains("Osimertinib"), "the description stays with the page");
                session.wait.until(ExpectedConditions.textToBePresentInElementLocated(UNDERSTOOD, "lung"));
                String shot = "search-patient-note-" + language.substring(0, 2);
                session.fullPageScreenshot(shot);
                session.phoneWidth();
                assertTrue(session.overflow() <= 0, "fits a phone, but is " + session.overflow() + " px wider");
                session.fullPageScreenshot(shot + "-phone");
            }
        }
    }

    /**
     * At phone width (390 px) the first hit is on the first screen: the filters wait behind "Filter (n)", which opens
     * them (aria-expanded) and keeps them open while they change the list; the result list's and the study page's
     * labels break only between words. Screenshots of the first screen and of the whole page, phone and desktop,
     * German and English.
     */
    @Test
    void onAPhoneTheFirstHitIsOnTheFirstScreenAndTheFiltersWaitInADrawer() throws IOException {
        new ServerProbe(base).awaitSettled();
        for (String language : new String[]{"de-DE", "en-US"}) {
            String lang = language.substring(0, 2);
            try (BrowserSession session = new BrowserSession(base, language)) {
                session.open("index.xhtml?q=Lungenkrebs");
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
                session.awaitSearchMatchesAddress();
                assertTrue(session.browser.findElement(FILTERS).isDisplayed(), "desktop: the filters beside the list");
                assertTrue(!session.browser.findElement(FILTERS_BUTTON).isDisplayed(), "desktop: no drawer button");
                assertEquals(List.of(), session.labelProblems(TABLE_LABELS));
                session.screenshot("search-desktop-first-screen-" + lang);
                session.fullPageScreenshot("search-desktop-" + lang);

                session.phoneWidth();
                session.js("window.scrollTo(0, 0);");
                long firstHit = session.top(FIRST_HIT);
                assertTrue(firstHit < PHONE_HEIGHT, "the first hit starts " + firstHit + " px down");
                assertTrue(session.overflow() <= 0, "fits a phone, but is " + session.overflow() + " px wider");
                assertEquals("false", session.browser.findElement(FILTERS_BUTTON).getDomAttribute("aria-expanded"));
                assertTrue(!session.browser.findElement(FILTERS).isDisplayed(), "phone: the filters in the drawer");
                assertEquals(List.of(), session.labelProblems(TABLE_LABELS));
                session.screenshot("search-phone-first-screen-" + lang);
                session.fullPageScreenshot("search-phone-" + lang);

                // the drawer: opens, stays open while a filter changes the list, closes with "show the studies"
                session.browser.findElement(FILTERS_BUTTON).click();
                session.wait.until(ExpectedConditions.attributeToBe(FILTERS_BUTTON, "aria-expanded", "true"));
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
                session.screenshot("search-phone-filters-open-" + lang);
                session.wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("label[for='search:status:0']"))).click();
                session.wait.until(ExpectedConditions.urlContains("status="));
                session.awaitSearchMatchesAddress();
                session.wait.until(ExpectedConditions.textToBePresentInElementLocated(FILTERS_BUTTON, "(1)"));
                assertEquals("true", session.browser.findElement(FILTERS_BUTTON).getDomAttribute("aria-expanded"));
                assertTrue(session.browser.findElement(FILTERS).isDisplayed(), "the drawer stays open");
                session.wait.until(ExpectedConditions.elementToBeClickable(By.id("filters-done"))).click();
                session.wait.until(ExpectedConditions.attributeToBe(FILTERS_BUTTON, "aria-expanded", "false"));
                session.wait.until(ExpectedConditions.invisibilityOfElementLocated(FILTERS));
                session.js("window.scrollTo(0, 0);");
                assertTrue(session.top(FIRST_HIT) < PHONE_HEIGHT, "filtered: the first hit on the first screen");
                session.screenshot("search-phone-filtered-" + lang);

                // a study opened on the phone: whole labels in its tables too
                session.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.hit__title"))).click();
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("back-to-search")));
                assertTrue(session.overflow() <= 0, "the study fits a phone, but is " + session.overflow()
                        + " px wider");
                assertEquals(List.of(), session.labelProblems(TABLE_LABELS));
                session.fullPageScreenshot("study-phone-" + lang);
                session.desktopWidth();
                assertEquals(List.of(), session.labelProblems(TABLE_LABELS));
                session.fullPageScreenshot("study-desktop-" + lang);
            }
        }
    }

    @Test
    void aRegistryNumberTypedAloneOpensItsStudy() throws IOException {
        new ServerProbe(base).awaitSettled();
        try (BrowserSession session = new BrowserSession(base, "de-DE")) {
            session.open("index.xhtml?q=nct06576635");
            session.wait.until(ExpectedConditions.urlContains("study.xhtml?id=NCT06576635"));
        }
    }

    private static final By SNIPPET = By.cssSelector(".hit__snippet");
    private static final By BOX = By.id("search:q");
    private static final By SUGGESTIONS = By.id("search-suggestions");
    private static final By OPTIONS = By.cssSelector("#search-suggestions [role='option']");

    /**
     * "lung cancer" and "Lungenkrebs" (which finds the English records through the concept dictionary) each give hits
     * with a snippet naming the part it came from, the matched words in {@code <mark>} and nothing else as markup
     * (the imported text is escaped by the index; the page writes only that HTML unescaped).
     */
    @Test
    void eachHitShowsWhyItMatchedWithTheWordsMarked() throws IOException {
        new ServerProbe(base).awaitSettled();
        for (String language : new String[]{"en-US", "de-DE"}) {
            String lang = language.substring(0, 2);
            try (BrowserSession session = new BrowserSession(base, language)) {
                for (String query : new String[]{"lung+cancer", "Lungenkrebs"}) {
                    session.open("index.xhtml?q=" + query);
                    session.wait.until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(".hit__snippet mark")));
                    WebElement snippet = session.browser.findElement(SNIPPET);
                    String label = snippet.findElement(By.cssSelector(".hit__snippet-field")).getText();
                    assertTrue(label.matches(lang.equals("de") ? "(Im|In den|In der) .+:" : "In the .+:"), label);
                    String marked = snippet.findElement(By.tagName("mark")).getText().toLowerCase(java.util.Locale.ROOT);
                    assertTrue(marked.contains("lung") || marked.contains("cancer") || marked.contains("nsclc")
                            || marked.contains("carcinoma") || marked.contains("tumo"), "marked: " + marked);
                    @SuppressWarnings("unchecked")
                    List<String> tags = (List<String>) session.js("return Array.from(document.querySelectorAll("
                            + "'.hit__snippet-text *')).map(e => e.tagName.toLowerCase());");
                    assertEquals(List.of(), tags.stream().filter(t -> !t.equals("mark")).toList(),
                            "only <mark> inside snippets");
                    assertTrue(session.text(By.cssSelector(".hit__updated"))
                            .startsWith(lang.equals("de") ? "Zuletzt aktualisiert: " : "Last updated "));
                }
                session.fullPageScreenshot("search-snippets-" + lang);
                session.phoneWidth();
                assertTrue(session.overflow() <= 0, "snippets fit a phone, but the page is " + session.overflow()
                        + " px wider: " + session.overflowing());
                session.fullPageScreenshot("search-snippets-" + lang + "-phone");
            }
        }
    }

    /**
     * The sample holds many studies that say they recruit on records not updated for years: listed, each carries a
     * flag that says so in words (not by colour alone), with the reason.
     */
    @Test
    void recruitingStudiesOnStaleRecordsAreFlaggedInWords() throws IOException {
        new ServerProbe(base).awaitSettled();
        for (String language : new String[]{"de-DE", "en-US"}) {
            String lang = language.substring(0, 2);
            try (BrowserSession session = new BrowserSession(base, language)) {
                int flaggedAnywhere = 0;
                for (String order : new String[]{"", "&sort=relevance", "&sort=start"}) {
                    session.open("index.xhtml?status=RECRUITING" + order);
                    session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
                    flaggedAnywhere += session.browser.findElements(By.cssSelector(".hit__stale")).size();
                }
                assertTrue(flaggedAnywhere > 0, "some recruiting study of the sample is flagged stale");

                // not updated for two years and recruiting: every one of them is flagged
                session.open("index.xhtml?status=RECRUITING&updated=OVER_2_YEARS_AGO");
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
                int rows = session.browser.findElements(FIRST_HIT).size();
                List<WebElement> flags = session.browser.findElements(By.cssSelector(".hit__stale"));
                assertTrue(rows > 0, "the sample has recruiting studies not updated for two years");
                assertEquals(rows, flags.size(), "each of them is flagged");
                String flag = flags.getFirst().getText();
                assertTrue(flag.contains(lang.equals("de") ? "Rekrutierungsstatus möglicherweise veraltet"
                        : "Recruiting status may be out of date"), flag);
                assertTrue(flag.contains(lang.equals("de") ? "seit über 2 Jahren" : "over 2 years"), flag);
                session.fullPageScreenshot("search-stale-" + lang);
                session.phoneWidth();
                assertTrue(session.overflow() <= 0, "fits a phone, but is " + session.overflow() + " px wider: "
                        + session.overflowing());
                session.fullPageScreenshot("search-stale-" + lang + "-phone");
            }
        }
    }

    /**
     * Typing "Lungenk" opens a listbox of suggestions (ARIA combobox) with "Lungenkrebs" among them, labelled by kind;
     * Escape closes it, Enter with it closed still searches what was typed; the arrow keys move through it and Enter
     * picks one, which is searched. The open list passes axe-core.
     */
    @Test
    void typingSuggestsDiseasesAndTheKeyboardPicksOne() throws IOException {
        new ServerProbe(base).awaitSettled();
        AxeCheck axe = AxeCheck.fromBuild();
        for (String language : new String[]{"de-DE", "en-US"}) {
            String lang = language.substring(0, 2);
            try (BrowserSession session = new BrowserSession(base, language)) {
                session.open("index.xhtml");
                WebElement box = session.wait.until(ExpectedConditions.elementToBeClickable(BOX));
                assertEquals("combobox", box.getDomAttribute("role"));
                assertEquals("false", box.getDomAttribute("aria-expanded"));
                assertEquals("search-suggestions", box.getDomAttribute("aria-controls"));

                box.sendKeys("Lungenk");
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUGGESTIONS));
                session.wait.until(d -> optionTexts(session).contains("Lungenkrebs"));
                assertEquals("true", session.browser.findElement(BOX).getDomAttribute("aria-expanded"));
                String kind = session.browser.findElement(By.cssSelector("#search-suggestions .suggestions__kind"))
                        .getText();
                assertFalse(kind.isBlank(), "each suggestion says what it names");
                List<String> blocking = axe.check(session.browser).stream().filter(AxeViolation::blocking)
                        .map(AxeViolation::describe).toList();
                assertEquals(List.of(), blocking, "the open suggestion list");
                session.screenshot("search-suggestions-" + lang);

                // Escape closes; Enter with the list closed is the search of what was typed
                session.browser.findElement(BOX).sendKeys(Keys.ESCAPE);
                session.wait.until(ExpectedConditions.invisibilityOfElementLocated(SUGGESTIONS));
                assertEquals("false", session.browser.findElement(BOX).getDomAttribute("aria-expanded"));
                session.browser.findElement(BOX).sendKeys(Keys.ENTER);
                session.wait.until(ExpectedConditions.urlContains("q=Lungenk"));
                session.awaitSearchMatchesAddress();

                // the arrow keys move to "Lungenkrebs" (aria-activedescendant), Enter searches it
                WebElement again = session.wait.until(ExpectedConditions.elementToBeClickable(BOX));
                again.clear();
                again.sendKeys("Lungenk");
                session.wait.until(d -> optionTexts(session).contains("Lungenkrebs"));
                int index = optionTexts(session).indexOf("Lungenkrebs");
                for (int i = 0; i <= index; i++) {
                    session.browser.findElement(BOX).sendKeys(Keys.ARROW_DOWN);
                }
                String activeId = session.browser.findElement(BOX).getDomAttribute("aria-activedescendant");
                WebElement activeOption = session.browser.findElement(By.id(activeId));
                assertEquals("Lungenkrebs", activeOption.findElement(By.cssSelector(".suggestions__text")).getText());
                assertEquals("true", activeOption.getDomAttribute("aria-selected"));
                session.screenshot("search-suggestion-active-" + lang);
                session.browser.findElement(BOX).sendKeys(Keys.ENTER);
                session.wait.until(ExpectedConditions.urlContains("q=Lungenkrebs"));
                session.awaitSearchMatchesAddress();
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
                assertTrue(count(session.text(SUMMARY)) >= 20, session.text(SUMMARY));
                assertEquals("Lungenkrebs", session.browser.findElement(BOX).getDomProperty("value"));
                assertFalse(session.browser.findElement(SUGGESTIONS).isDisplayed(), "the list closed");

                // a click picks too, also on a phone
                session.phoneWidth();
                session.open("index.xhtml");
                WebElement onPhone = session.wait.until(ExpectedConditions.elementToBeClickable(BOX));
                onPhone.clear();
                onPhone.sendKeys("Lungenk");
                session.wait.until(d -> optionTexts(session).contains("Lungenkrebs"));
                assertTrue(session.overflow() <= 0, "the open list fits a phone: " + session.overflowing());
                session.screenshot("search-suggestions-" + lang + "-phone");
                session.browser.findElements(OPTIONS).get(optionTexts(session).indexOf("Lungenkrebs")).click();
                session.wait.until(ExpectedConditions.urlContains("q=Lungenkrebs"));
                session.awaitSearchMatchesAddress();
            }
        }
    }

    /**
     * A new facet (the source registry: the sample's ClinicalTrials.gov records and its DRKS record) filters, shows
     * its counts, counts in "Filters (n)", lives in the address and Back undoes it.
     */
    @Test
    void theSourceRegistryFacetFiltersAndLivesInTheAddress() throws IOException {
        new ServerProbe(base).awaitSettled();
        for (String language : new String[]{"de-DE", "en-US"}) {
            String lang = language.substring(0, 2);
            try (BrowserSession session = new BrowserSession(base, language)) {
                session.open("index.xhtml");
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
                long all = count(session.text(SUMMARY));
                WebElement legend = session.browser.findElement(By.xpath(
                        "//fieldset[.//*[@id='search:source']]/legend"));
                assertEquals(lang.equals("de") ? "Quellregister" : "Source registry", legend.getText());
                List<WebElement> labels = session.browser.findElements(By.cssSelector("#search\\:source label"));
                assertTrue(labels.stream().allMatch(l -> l.getText().matches(".+ \\(\\d+\\)")),
                        "counts shown: " + labels.stream().map(WebElement::getText).toList());
                WebElement drks = labels.stream().filter(l -> l.getText().startsWith("DRKS")).findFirst()
                        .orElseThrow(() -> new AssertionError("the sample's DRKS record: "
                                + labels.stream().map(WebElement::getText).toList()));
                long expected = Long.parseLong(drks.getText().replaceAll("^.*\\((\\d+)\\)$", "$1"));
                assertTrue(expected > 0 && expected < all, expected + " of " + all);
                session.wait.until(ExpectedConditions.elementToBeClickable(drks)).click();
                session.wait.until(ExpectedConditions.urlContains("source=DRKS"));
                session.awaitSearchMatchesAddress();
                session.wait.until(d -> count(session.text(SUMMARY)) == expected);
                assertTrue(String.valueOf(session.js("return document.getElementById('filters-toggle')"
                        + ".textContent;")).contains("(1)"), "the new facet counts in Filters (n)");
                session.fullPageScreenshot("search-source-facet-" + lang);

                // Back undoes it; the address alone rebuilds it (written canonically)
                session.back();
                session.wait.until(d -> !session.url().contains("source="));
                session.awaitSearchMatchesAddress();
                session.wait.until(d -> count(session.text(SUMMARY)) == all);
                session.open("index.xhtml?source=drks");
                session.wait.until(ExpectedConditions.visibilityOfElementLocated(SUMMARY));
                assertEquals(expected, count(session.text(SUMMARY)));
                session.awaitSearchMatchesAddress();
                assertTrue(session.url().contains("source=DRKS"), session.url());
                session.phoneWidth();
                assertTrue(session.overflow() <= 0, "fits a phone, but is " + session.overflow() + " px wider: "
                        + session.overflowing());
                session.fullPageScreenshot("search-source-facet-" + lang + "-phone");
            }
        }
    }

    private static List<String> optionTexts(BrowserSession session) {
        return session.browser.findElements(By.cssSelector("#search-suggestions .suggestions__text")).stream()
                .map(WebElement::getText).toList();
    }

    private static long count(String summary) {
        return Long.parseLong(summary.replaceAll("^\\D*([\\d.,]+).*$", "$1").replaceAll("[.,]", ""));
    }
}
