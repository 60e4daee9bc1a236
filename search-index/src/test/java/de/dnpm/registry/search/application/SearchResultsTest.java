package de.dnpm.registry.search.application;

import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import de.dnpm.registry.search.domain.Suggestion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a result list offers beyond the hits: snippets with the matched words marked, suggestions while typing, the
 * facets of dates, sponsors, results and registries, the orders by update and start, and recruiting studies whose
 * records went stale. Studies are small hand-made documents (their texts shaped like real records'); today is fixed
 * at 2026-11-29.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one index for all: building suggestions takes a second
class SearchResultsTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private static final StudyDocument UNSAFE_SUMMARY = StudyDocument.builder(1L).primaryRegistryId("NCT00000001")
            .briefTitle("Second-line treatment after progression")
            .summary("Patients receive <script>alert('x')</script> osimertinib & chemotherapy until progression.")
            .conditions(List.of("Lung Cancer")).interventions(List.of("Osimertinib"))
            .overallStatus("RECRUITING").studyType("INTERVENTIONAL")
            .startDate("2026-03").lastUpdate("2026-10-01").primaryCompletionDate("2028-12")
            .sponsorType("INDUSTRY").hasResults(false).sources(List.of("CTGOV")).build();
    private static final StudyDocument GERMAN = StudyDocument.builder(2L).primaryRegistryId("DRKS00000002")
            .briefTitle("Exercise during chemotherapy")
            .summary("A randomised trial of supervised exercise.")
            .conditions(List.of("C34 Malignant neoplasm of bronchus and lung"))
            .texts(List.of(new StudyDocument.Text("de", "Bewegung während der Chemotherapie", null,
                    "Eine Studie für Patientinnen und Patienten mit Lungenkrebs während der Chemotherapie.",
                    List.of("Bösartige Neubildung der Bronchien und der Lunge"), null)))
            .overallStatus("RECRUITING").studyType("INTERVENTIONAL")
            .startDate("2018-05-02").lastUpdate("2023-06-30")
            .sponsorType("ACADEMIC_OTHER").sources(List.of("DRKS", "ICTRP")).build();
    private static final StudyDocument TITLE_MATCH = StudyDocument.builder(3L).primaryRegistryId("NCT00000003")
            .briefTitle("Osimertinib in EGFR-mutated Lung Cancer")
            .summary("Osimertinib is given daily.")
            .conditions(List.of("Lung Cancer", "EGFR Mutation")).interventions(List.of("Osimertinib"))
            .eligibilityCriteria("Inclusion Criteria:\n* EGFR mutation\nExclusion Criteria:\n* prior osimertinib")
            .overallStatus("COMPLETED").studyType("INTERVENTIONAL")
            .startDate("2012-01-15").lastUpdate("2024-11-01").primaryCompletionDate("2016-01")
            .sponsorType("GOVERNMENT").hasResults(true).sources(List.of("CTGOV")).build();
    private static final StudyDocument OVERDUE = StudyDocument.builder(4L).primaryRegistryId("NCT00000004")
            .briefTitle("Lung nodules on screening CT")
            .conditions(List.of("Lung Cancer", "Lung Neoplasms"))
            .overallStatus("NOT_YET_RECRUITING").studyType("OBSERVATIONAL")
            .startDate("2025-01").lastUpdate("2026-11-10").primaryCompletionDate("2026-10-31")
            .sponsorType("ACADEMIC_OTHER").hasResults(false).sources(List.of("CTGOV")).build();
    private static final StudyDocument UNDATED = StudyDocument.builder(5L).primaryRegistryId("NCT00000005")
            .briefTitle("Registry of lung cancer care").conditions(List.of("Non-small Cell Lung Cancer"))
            .overallStatus("RECRUITING").studyType("OBSERVATIONAL").build();

    private static final List<StudyDocument> ALL = List.of(UNSAFE_SUMMARY, GERMAN, TITLE_MATCH, OVERDUE, UNDATED);

    private StudyIndex index;

    @BeforeAll
    void indexStudies() throws IOException {
        index = StudyIndex.inMemory(TODAY);
        index.upsert(ALL, "test");
        index.updateSuggestions();
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @Test
    void aSnippetMarksTheWordInTheSummaryAndEscapesEverythingElse() throws IOException {
        StudyHit hit = hit(index.search(StudyQuery.of("osimertinib")), "NCT00000001");

        assertEquals("SUMMARY", hit.snippetField(), "the title does not name it, the summary does");
        assertTrue(hit.snippetHtml().contains("<mark>osimertinib</mark>"), hit.snippetHtml());
        assertTrue(hit.snippetHtml().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), hit.snippetHtml());
        assertTrue(hit.snippetHtml().contains("&amp; chemotherapy"), hit.snippetHtml());
        assertEquals(List.of("mark", "/mark"), tagsOf(hit.snippetHtml()), "no markup but <mark>");
    }

    @Test
    void theTitleIsPreferredWhenItHoldsTheWord() throws IOException {
        StudyHit hit = hit(index.search(StudyQuery.of("osimertinib")), "NCT00000003");

        assertEquals("TITLE", hit.snippetField());
        assertEquals("<mark>Osimertinib</mark> in EGFR-mutated Lung Cancer", hit.snippetHtml());
    }

    @Test
    void aGermanQueryMarksTheGermanText() throws IOException {
        StudyHit hit = hit(index.search(StudyQuery.of("Lungenkrebs Chemotherapie").withExact(true)), "DRKS00000002");

        assertNotNull(hit.snippetHtml(), "the German title and summary hold the words");
        assertTrue(hit.snippetHtml().contains("<mark>Chemotherapie</mark>"), hit.snippetHtml());
        StudyHit condition = hit(index.search(StudyQuery.of("Lungenkrebs").withExact(true)), "DRKS00000002");
        assertEquals("CONDITIONS", condition.snippetField(), "German analysis: Lungenkrebs also finds Lunge");
        assertTrue(condition.snippetHtml().contains("der <mark>Lunge</mark>"), condition.snippetHtml());
        StudyHit summary = hit(index.search(StudyQuery.of("Patientinnen")), "DRKS00000002");
        assertEquals("SUMMARY", summary.snippetField());
        assertTrue(summary.snippetHtml().contains("für <mark>Patientinnen</mark> und"), summary.snippetHtml());
    }

    @Test
    void aListOfAllStudiesHasNoSnippets() throws IOException {
        assertTrue(index.search(StudyQuery.of("")).hits().stream().allMatch(h -> h.snippetHtml() == null));
    }

    @Test
    void suggestsConditionsGermanNamesAndGenesWhileTyping() throws IOException {
        List<Suggestion> lun = index.suggest("lun", 5);
        assertEquals("lung cancer", lun.getFirst().text().toLowerCase(java.util.Locale.ROOT), lun.toString());
        assertEquals(Suggestion.Kind.CONDITION, lun.getFirst().kind());

        assertTrue(index.suggest("Lungenk", 5).stream().anyMatch(s -> s.text().equals("Lungenkrebs")),
                index.suggest("Lungenk", 5).toString());
        assertEquals(new Suggestion("EGFR", Suggestion.Kind.BIOMARKER), index.suggest("EGF", 5).getFirst());
        assertTrue(index.suggest("osim", 5).contains(new Suggestion("Osimertinib", Suggestion.Kind.INTERVENTION)));
        assertEquals(List.of(), index.suggest("  ", 5));
        assertThrows(IllegalArgumentException.class, () -> index.suggest("lun", 21));
    }

    @Test
    void measuresHowLongASuggestionTakes() throws IOException {
        for (int i = 0; i < 200; i++) { // warm up
            index.suggest("lun", 10);
        }
        int rounds = 1000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            index.suggest(i % 2 == 0 ? "lun" : "Lungenk", 10);
        }
        // a measurement for the record, not a limit: the integration benchmark judges speed
        System.out.printf("suggest: %.3f ms per lookup%n", (System.nanoTime() - start) / 1e6 / rounds);
        long build = System.nanoTime();
        index.upsert(List.of(UNDATED), "same study again: a new reader");
        index.updateSuggestions();
        System.out.printf("suggestions built in %.0f ms%n", (System.nanoTime() - build) / 1e6);
    }

    @Test
    void countsDateRangesRelativeToTodayAndTheNewFacets() throws IOException {
        StudyHits all = index.search(StudyQuery.of(""));

        // started 2026-03 and 2025-01 (planned or within a year: 1; within five years: 2), 2018 (5-10), 2012 (older)
        assertEquals(List.of(new FacetCount("SINCE_LAST_YEAR", 1), new FacetCount("LAST_5_YEARS", 2),
                new FacetCount("5_TO_10_YEARS_AGO", 1), new FacetCount("OVER_10_YEARS_AGO", 1)),
                all.facets().get(Facet.STARTED));
        // updated 2026-11-10 (within 30 days), 2026-10-01, then 2024-11-01 and 2023-06-30 (over two years)
        assertEquals(List.of(new FacetCount("LAST_30_DAYS", 1), new FacetCount("LAST_YEAR", 2),
                new FacetCount("LAST_2_YEARS", 2), new FacetCount("OVER_2_YEARS_AGO", 2)),
                all.facets().get(Facet.UPDATED));
        assertEquals(Map.of("INDUSTRY", 1L, "ACADEMIC_OTHER", 2L, "GOVERNMENT", 1L), asMap(all, Facet.SPONSOR_TYPE));
        assertEquals(Map.of("YES", 1L, "NO", 2L), asMap(all, Facet.RESULTS), "unknown is neither");
        assertEquals(Map.of("CTGOV", 3L, "DRKS", 1L, "ICTRP", 1L), asMap(all, Facet.SOURCE));
        assertEquals(List.of("RECRUITING", "NOT_YET_RECRUITING", "COMPLETED"),
                all.facets().get(Facet.STATUS).stream().map(FacetCount::value).toList(),
                "open statuses first, whatever their counts");
    }

    @Test
    void filtersByTheNewFacetsAndCountsThemSideways() throws IOException {
        StudyHits old = index.search(new StudyQuery("", Map.of(Facet.STARTED, Set.of("OVER_10_YEARS_AGO",
                "5_TO_10_YEARS_AGO")), null, 0, 20));
        assertEquals(Set.of("NCT00000003", "DRKS00000002"), ids(old));
        assertEquals(4, old.facets().get(Facet.STARTED).size(), "a selected range still counts the others");

        StudyHits drks = index.search(new StudyQuery("", Map.of(Facet.SOURCE, Set.of("DRKS"),
                Facet.UPDATED, Set.of("OVER_2_YEARS_AGO")), null, 0, 20));
        assertEquals(Set.of("DRKS00000002"), ids(drks));
        StudyHits results = index.search(new StudyQuery("lung", Map.of(Facet.RESULTS, Set.of("YES"),
                Facet.SPONSOR_TYPE, Set.of("GOVERNMENT")), null, 0, 20));
        assertEquals(Set.of("NCT00000003"), ids(results));
    }

    @Test
    void ordersByLastUpdateOrStartNewestFirst() throws IOException {
        StudyHits updated = index.search(StudyQuery.of("lung").withOrder(StudyQuery.Order.UPDATED));
        assertEquals(List.of("NCT00000004", "NCT00000001", "NCT00000003", "DRKS00000002", "NCT00000005"),
                updated.hits().stream().map(StudyHit::primaryRegistryId).toList());

        StudyHits started = index.search(StudyQuery.of("").withOrder(StudyQuery.Order.START));
        assertEquals(List.of("NCT00000001", "NCT00000004", "DRKS00000002", "NCT00000003", "NCT00000005"),
                started.hits().stream().map(StudyHit::primaryRegistryId).toList());
    }

    @Test
    void flagsRecruitingStudiesWhoseRecordWentStale() throws IOException {
        Map<String, StudyHit> hits = index.search(StudyQuery.of("")).hits().stream()
                .collect(Collectors.toMap(StudyHit::primaryRegistryId, h -> h));

        assertFalse(hits.get("NCT00000001").staleRecruiting(), "updated last month, due 2028");
        assertTrue(hits.get("DRKS00000002").staleRecruiting(), "recruiting, last updated 2023-06-30");
        assertTrue(hits.get("NCT00000004").staleRecruiting(), "not yet recruiting, due 2026-10-31");
        assertFalse(hits.get("NCT00000003").staleRecruiting(), "completed is no claim to recruit");
        assertFalse(hits.get("NCT00000005").staleRecruiting(), "no dates: nothing to tell");
        assertEquals("2023-06-30", hits.get("DRKS00000002").lastUpdate());
    }

    private static StudyHit hit(StudyHits hits, String id) {
        return hits.hits().stream().filter(h -> h.primaryRegistryId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + ids(hits)));
    }

    private static Set<String> ids(StudyHits hits) {
        return hits.hits().stream().map(StudyHit::primaryRegistryId).collect(Collectors.toSet());
    }

    private static Map<String, Long> asMap(StudyHits hits, Facet facet) {
        return hits.facets().get(facet).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    private static List<String> tagsOf(String html) {
        return java.util.regex.Pattern.compile("<([^>]*)>").matcher(html).results().map(m -> m.group(1)).toList();
    }
}
