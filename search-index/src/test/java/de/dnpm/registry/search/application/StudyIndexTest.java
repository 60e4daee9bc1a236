package de.dnpm.registry.search.application;

import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.InvalidQueryException;
import de.dnpm.registry.search.domain.Gazetteer;
import de.dnpm.registry.search.domain.NearestSite;
import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.PatientFilter;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.PlaceSource;
import de.dnpm.registry.search.domain.SiteLocation;
import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static de.dnpm.registry.search.StudyFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** Searching: ranking, ids, facets, age, paging and the handling of what users type. */
class StudyIndexTest {

    private StudyIndex index;

    @BeforeEach
    void indexAllFixtures() throws IOException {
        index = StudyIndex.inMemory();
        index.upsert(ALL, "import-1");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    /* DRKS00038775 (drks/drks-json/IMISE-DRKS2FHIR): its real English and German titles, nothing else. */
    @Test
    void germanTextIsFoundByGermanWordsInOtherFormsAndCompounds() throws IOException {
        StudyDocument drks = StudyDocument.builder(2001L).primaryRegistryId("DRKS00038775")
                .registryIds(List.of("DRKS00038775"))
                .briefTitle("Retrospective characterization of patients with rare osteological diseases")
                .texts(List.of(new StudyDocument.Text("de",
                        "Retrospektive Charakterisierung von Patient*innen mit seltenen osteologischen Erkrankungen",
                        null, null, List.of(), null)))
                .build();
        index.upsert(List.of(drks), "import-2");

        assertEquals(List.of("DRKS00038775"), registryIds(index.search(StudyQuery.of("seltene Erkrankung"))));
        assertEquals(List.of("DRKS00038775"), registryIds(index.search(StudyQuery.of("Knochenerkrankungen selten"))),
                "the compound's part 'erkrankung' is a word of its own");
        assertEquals(List.of("DRKS00038775"), registryIds(index.search(StudyQuery.of("rare osteological disease"))));
    }

    @Test
    void aGermanLayTermFindsTheEnglishTrialsOfItsDiseaseAndItsNarrowerDiseases() throws IOException {
        StudyHits lungenkrebs = index.search(StudyQuery.of("Lungenkrebs"));
        StudyHits nsclc = index.search(StudyQuery.of("non-small cell lung cancer"));

        assertTrue(lungenkrebs.total() >= 10, () -> "the NSCLC trials: " + registryIds(lungenkrebs));
        assertTrue(registryIds(lungenkrebs).contains("NCT06576635"));
        assertTrue(lungenkrebs.notes().expansions().contains("lung cancer"), lungenkrebs.notes()::toString);
        assertEquals(0, index.search(StudyQuery.of("Lungenkrebs").withExact(true)).total(),
                "exact matching searches the word as written: no English trial says Lungenkrebs");
        assertTrue(nsclc.total() >= lungenkrebs.total() / 2);
    }

    @Test
    void aMisspeltDiseaseIsReadAsTheWordTheVocabularyKnows() throws IOException {
        StudyHits typo = index.search(StudyQuery.of("Melanomm"));

        assertEquals("melanoma", typo.notes().suggestion(), typo.notes()::toString);
        assertEquals(Set.copyOf(registryIds(index.search(StudyQuery.of("melanoma")))), Set.copyOf(registryIds(typo)));
        assertTrue(typo.total() >= 3, () -> registryIds(typo).toString());
    }

    @Test
    void notTypedInLowerCaseExcludesRatherThanTurningTheQueryIntoItsOpposite() throws IOException {
        Set<String> osimertinib = Set.copyOf(registryIds(index.search(StudyQuery.of("osimertinib"))));
        StudyHits without = index.search(StudyQuery.of("egfr not osimertinib"));

        assertTrue(!osimertinib.isEmpty() && without.total() > 0);
        assertTrue(registryIds(without).stream().noneMatch(osimertinib::contains), () -> registryIds(without) + " / "
                + osimertinib);
        assertEquals("egfr NOT osimertinib", without.notes().understoodAs());
    }

    @Test
    void aSponsorsIdIsSearchedLikeAnyWordAndHidesNoOtherMatch() throws IOException {
        // SYNTHETIC: one study carries "CRC" as an "other" id, another says CRC in its title
        index.upsert(List.of(
                StudyDocument.builder(5001L).primaryRegistryId("NCT09990001").registryIds(List.of("NCT09990001",
                        "CRC")).briefTitle("Synthetic study with an other id").build(),
                StudyDocument.builder(5002L).primaryRegistryId("NCT09990002").briefTitle("Synthetic CRC screening")
                        .build()), "import-5");

        assertTrue(registryIds(index.search(StudyQuery.of("CRC"))).contains("NCT09990002"),
                "the study saying CRC is found, not only the one with the id CRC");
        assertEquals(List.of("NCT09990001"), registryIds(index.search(StudyQuery.of("NCT09990001"))),
                "a public registry number still answers alone");
    }

    @Test
    void geneSymbolsAreNoDiseases() throws IOException {
        StudyHits egfr = index.search(StudyQuery.of("EGFR"));

        assertEquals(List.of(), egfr.notes().expansions(), "EGFR is a gene, eGFR a kidney value: neither expands");
        assertTrue(egfr.total() > 0);
    }

    @Test
    void aPatientsSexWishToJoinNowAndHealthNarrowTheList() throws IOException {
        // SYNTHETIC: three breast cancer studies differing only in whom they take
        index.upsert(List.of(
                StudyDocument.builder(3001L).primaryRegistryId("SYNTHETIC-F").briefTitle("Synthetic breast cancer A")
                        .sex("FEMALE").overallStatus("RECRUITING").healthyVolunteers(false).build(),
                StudyDocument.builder(3002L).primaryRegistryId("SYNTHETIC-M").briefTitle("Synthetic breast cancer B")
                        .sex("MALE").overallStatus("NOT_YET_RECRUITING").build(),
                StudyDocument.builder(3003L).primaryRegistryId("SYNTHETIC-ALL").briefTitle("Synthetic breast cancer C")
                        .overallStatus("RECRUITING").healthyVolunteers(true).build()), "import-3");
        StudyQuery query = StudyQuery.of("synthetic breast cancer").withExact(true);

        assertEquals(Set.of("SYNTHETIC-F", "SYNTHETIC-ALL"), Set.copyOf(registryIds(index.search(
                query.withPatient(new PatientFilter("FEMALE", false, false))))), "a study without a sex limit is open");
        assertEquals(Set.of("SYNTHETIC-M", "SYNTHETIC-ALL"), Set.copyOf(registryIds(index.search(
                query.withPatient(new PatientFilter("MALE", false, false))))));
        assertEquals(Set.of("SYNTHETIC-F", "SYNTHETIC-ALL"), Set.copyOf(registryIds(index.search(
                query.withPatient(new PatientFilter(null, true, false))))), "not yet recruiting is not recruiting");
        assertEquals(List.of("SYNTHETIC-ALL"), registryIds(index.search(
                query.withPatient(new PatientFilter("MALE", true, true)))));
    }

    @Test
    void nearAPostalCodeKeepsStudiesWithASiteWithinTheRadiusNearestFirst() throws IOException {
        Gazetteer places = GazetteerLoader.shared();
        Place heidelberg = places.resolve("69120", "DE").orElseThrow();
        // SYNTHETIC: three studies whose sites are in real towns, located as the indexer locates sites
        index.upsert(List.of(
                siteStudy(4001L, "SYNTHETIC-MANNHEIM", places.city("Mannheim", "DE").orElseThrow(), true),
                siteStudy(4002L, "SYNTHETIC-BERLIN", places.city("Berlin", "DE").orElseThrow(), true),
                siteStudy(4003L, "SYNTHETIC-HEIDELBERG", places.city("Heidelberg", "DE").orElseThrow(), false)),
                "import-4");
        StudyQuery query = StudyQuery.of("synthetic site study").withExact(true);

        StudyHits near = index.search(query.withNearby(new Nearby(heidelberg, 50, true)));

        assertEquals(List.of("SYNTHETIC-HEIDELBERG", "SYNTHETIC-MANNHEIM"), registryIds(near));
        NearestSite mannheim = near.hits().get(1).nearest();
        assertTrue(mannheim.distanceKm() > 10 && mannheim.distanceKm() < 25, () -> "Heidelberg–Mannheim: " + mannheim);
        assertTrue(mannheim.site().recruiting());
        assertEquals(PlaceSource.CITY, mannheim.site().source());
        assertEquals(3, index.search(query.withNearby(new Nearby(heidelberg, 700, false))).total());
        assertEquals(0, index.search(query.withNearby(new Nearby(places.city("Boston", "US").orElseThrow(), 100,
                false))).total(), "no site within 100 km of Boston");
    }

    @Test
    void aTownTypedIntoTheSearchTextIsReadAsAPlaceNotAsAWord() throws IOException {
        Gazetteer places = GazetteerLoader.shared();
        index.upsert(List.of(
                siteStudy(4101L, "SYNTHETIC-MANNHEIM-2", places.city("Mannheim", "DE").orElseThrow(), true),
                siteStudy(4102L, "SYNTHETIC-HAMBURG", places.city("Hamburg", "DE").orElseThrow(), true)), "import-6");

        StudyHits hits = index.search(StudyQuery.of("synthetic site study in Heidelberg").withExact(true));

        assertEquals(List.of("SYNTHETIC-MANNHEIM-2"), registryIds(hits), "Mannheim is within 50 km of Heidelberg");
        assertEquals("Heidelberg", hits.notes().placeFromText().place().name());
        StudyHits essen = index.search(StudyQuery.of("synthetic site study Essen").withExact(true));
        assertEquals(null, essen.notes().placeFromText(), "'Essen' (to eat) is a word, not the town: no radius");
        assertTrue(registryIds(essen).containsAll(List.of("SYNTHETIC-MANNHEIM-2", "SYNTHETIC-HAMBURG")));
    }

    private static StudyDocument siteStudy(long id, String registryId, Place town, boolean recruiting) {
        return StudyDocument.builder(id).primaryRegistryId(registryId).briefTitle("Synthetic site study " + id)
                .siteCount(1).siteLocations(List.of(new SiteLocation(town.point(), PlaceSource.CITY, recruiting,
                        null, town.name()))).build();
    }

    @Test
    void whenNoStudyHasEveryWordTheStudiesCoveringMostOfTheTextCome() throws IOException {
        StudyHits strict = index.search(StudyQuery.of("melanoma"));
        StudyHits relaxed = index.search(StudyQuery.of("melanoma studie in meiner naehe"));

        assertTrue(relaxed.notes().relaxed(), "no study has all five words");
        assertEquals(registryIds(strict).subList(0, 3), registryIds(relaxed).subList(0, 3),
                "the melanoma studies first, as for 'melanoma' alone");
        assertFalse(strict.notes().relaxed());
        assertEquals(0, index.search(StudyQuery.of("\"melanoma studie\"")).total(),
                "a query in syntax means what it says: no relaxing");
    }

    @Test
    void ranksStudiesWithTheConditionAboveStudiesMentioningItOnlyInEligibility() throws IOException {
        StudyHits hits = index.search(StudyQuery.of("melanoma"));

        assertEquals(6, hits.total(), "3 with the condition + 3 with 'non-melanoma skin cancer' in eligibility");
        assertEquals(registryIds(MELANOMA_CONDITION), Set.copyOf(registryIds(hits).subList(0, 3)));
        assertEquals(registryIds(MELANOMA_ONLY_IN_ELIGIBILITY), Set.copyOf(registryIds(hits).subList(3, 6)));
        assertTrue(hits.hits().get(2).score() > hits.hits().get(3).score());
    }

    @Test
    void ranksTheConditionAboveEvenAShortEligibilityTextThatRepeatsTheWord() throws IOException {
        // SYNTHETIC: eligibility criteria short and dense in "melanoma", the case where BM25's length normalisation
        // alone would rank the eligibility match first; only the field weights keep the conditions ahead.
        StudyDocument synthetic = StudyDocument.builder(1001L)
                .primaryRegistryId("SYNTHETIC-1")
                .briefTitle("Synthetic breast cancer study")
                .conditions(List.of("Breast Cancer"))
                .eligibilityCriteria("Exclusion: melanoma, or melanoma in situ.")
                .overallStatus("RECRUITING")
                .studyType("OBSERVATIONAL")
                .sex("ALL")
                .build();
        index.upsert(List.of(synthetic), "import-2");

        List<String> ranked = registryIds(index.search(StudyQuery.of("melanoma")));

        assertEquals(registryIds(MELANOMA_CONDITION), Set.copyOf(ranked.subList(0, 3)), ranked.toString());
        assertEquals(7, ranked.size());
    }

    @Test
    void requiresEveryWordOfPlainText() throws IOException {
        assertEquals(List.of("NCT05693090"), registryIds(index.search(StudyQuery.of("osimertinib tipifarnib"))));
        assertEquals(Set.of("NCT02369484", "NCT04044170"),
                Set.copyOf(registryIds(index.search(StudyQuery.of("HER2 exon 20")))));
    }

    @Test
    void findsPluralsAndPossessivesThroughTheEnglishAnalysis() throws IOException {
        // "Mutations" in the titles of NCT06029816 and NCT02369484, "Mutation" in NCT04044170's
        List<String> singular = registryIds(index.search(StudyQuery.of("rare EGFR mutation")));
        List<String> plural = registryIds(index.search(StudyQuery.of("rare EGFR mutations")));
        assertEquals(singular, plural);
        assertTrue(singular.contains("NCT06029816"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCT06576635", "nct06576635", " NCT06576635 ", "(NCT06576635)"})
    void findsAStudyByItsNctNumberWhateverTheCase(String text) throws IOException {
        assertEquals(List.of("NCT06576635"), registryIds(index.search(StudyQuery.of(text))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2006-002087-26", "2006\u2013002087\u201326"})
    void findsAStudyByItsEudraCtNumberDespiteTheHyphens(String text) throws IOException {
        assertEquals(List.of("NCT00496392"), registryIds(index.search(StudyQuery.of(text))));
    }

    @Test
    void findsAStudyByAnIdBesideOtherWords() throws IOException {
        StudyHits hits = index.search(StudyQuery.of("U1111-1282-5699 melanoma"));

        assertEquals("NCT06094296", hits.hits().get(0).primaryRegistryId(), "the id match ranks first");
    }

    @Test
    void hitsCarryWhatTheResultListShows() throws IOException {
        StudyHit hit = index.search(StudyQuery.of("NCT04646330")).hits().get(0);

        assertEquals(new StudyHit(13L, "NCT04646330", "A Trial of AK104 Plus Anlotinib in NSCLC", "COMPLETED",
                List.of("PHASE1", "PHASE2"), "INTERVENTIONAL", List.of("NSCLC"), 1, hit.score())
                .withRecency("2025-08-19", false), hit);
        assertTrue(hit.score() > 0);
    }

    @Test
    void blankTextListsEveryStudyMostRecentlyUpdatedFirst() throws IOException {
        StudyHits hits = index.search(new StudyQuery(" ", Map.of(), null, 0, 200));

        List<String> expected = ALL.stream()
                .sorted(Comparator.comparing(StudyDocument::lastUpdate, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(StudyDocument::studyId))
                .map(StudyDocument::primaryRegistryId).toList();
        assertEquals(ALL.size(), hits.total());
        assertEquals(expected, registryIds(hits));
        assertEquals("NCT04318938", expected.get(0), "last updated 2025-12-05");
    }

    @Test
    void countsEachFacetAsTheDatabaseWouldWhenMatchingAll() throws IOException {
        StudyHits hits = index.search(StudyQuery.of(""));

        assertEquals(databaseCounts(ALL, d -> List.of(d.overallStatus())), asMap(hits.facets().get(Facet.STATUS)));
        assertEquals(databaseCounts(ALL, StudyDocument::phases), asMap(hits.facets().get(Facet.PHASE)));
        assertEquals(databaseCounts(ALL, d -> List.of(d.studyType())), asMap(hits.facets().get(Facet.STUDY_TYPE)));
        assertEquals(databaseCounts(ALL, StudyDocument::countries), asMap(hits.facets().get(Facet.COUNTRY)));
        assertEquals(new FacetCount("PHASE2", 10), hits.facets().get(Facet.PHASE).get(0), "most frequent first");
    }

    @Test
    void countsAFacetIgnoringItsOwnFilterButHonouringTheOthers() throws IOException {
        StudyHits all = index.search(StudyQuery.of(""));
        StudyHits recruiting = index.search(
                new StudyQuery("", Map.of(Facet.STATUS, Set.of("RECRUITING")), null, 0, 20));

        List<StudyDocument> expected = ALL.stream().filter(d -> d.overallStatus().equals("RECRUITING")).toList();
        assertEquals(expected.size(), recruiting.total());
        assertEquals(registryIds(expected), Set.copyOf(registryIds(recruiting)));
        assertEquals(all.facets().get(Facet.STATUS), recruiting.facets().get(Facet.STATUS),
                "status counts still show the other statuses one could add");
        assertEquals(databaseCounts(expected, StudyDocument::phases), asMap(recruiting.facets().get(Facet.PHASE)));
        assertEquals(databaseCounts(expected, StudyDocument::countries),
                asMap(recruiting.facets().get(Facet.COUNTRY)));
    }

    @Test
    void orsValuesOfOneFacetAndAndsDifferentFacets() throws IOException {
        Map<Facet, Set<String>> filters = Map.of(Facet.STATUS, Set.of("COMPLETED", "ACTIVE_NOT_RECRUITING"),
                Facet.COUNTRY, Set.of("Germany", "Belgium"));
        StudyHits hits = index.search(new StudyQuery("nsclc", filters, null, 0, 20));

        // NCT04318938 (active, Germany), NCT02369484 (completed, Germany), NCT02856893 (active, Belgium),
        // NCT00831909 (completed, both)
        assertEquals(Set.of("NCT04318938", "NCT02369484", "NCT02856893", "NCT00831909"),
                Set.copyOf(registryIds(hits)));
        assertEquals(Map.of("COMPLETED", 2L, "ACTIVE_NOT_RECRUITING", 2L), asMap(hits.facets().get(Facet.STATUS)),
                "the statuses of the Belgian and German studies: no other status is on a study there");
    }

    @Test
    void givesEmptyFacetListsWhenNothingMatches() throws IOException {
        StudyHits hits = index.search(StudyQuery.of("xenotransplantation"));

        assertEquals(0, hits.total());
        assertEquals(Set.of(Facet.values()), hits.facets().keySet());
        hits.facets().values().forEach(counts -> assertEquals(List.of(), counts));
    }

    @Test
    void keepsOnlyStudiesWhoseAgeLimitsIncludeThePatient() throws IOException {
        // only NCT04318717 (from 16 years) and NCT03609918 (no limits) take a 17-year-old
        assertEquals(Set.of("NCT04318717", "NCT03609918"), Set.copyOf(registryIds(searchAged(17))));
        List<String> seventy = registryIds(searchAged(70));
        assertTrue(seventy.contains("NCT02179567"), "from 70 years");
        assertTrue(seventy.contains("NCT04405661"), "up to 70 years");
        assertFalse(registryIds(searchAged(69)).contains("NCT02179567"));
        assertFalse(registryIds(searchAged(71)).contains("NCT04405661"));
        assertTrue(registryIds(searchAged(75)).contains("NCT04646330"), "up to 75 years");
        assertFalse(registryIds(searchAged(76)).contains("NCT04646330"));
        assertEquals(ALL.size() - 1, searchAged(30).total(), "all but the elderly-only study take a 30-year-old");
    }

    @Test
    void pagesThroughHitsWithoutChangingTheTotal() throws IOException {
        StudyHits firstFour = index.search(new StudyQuery("nsclc", Map.of(), null, 0, 4));
        StudyHits secondPageOfTwo = index.search(new StudyQuery("nsclc", Map.of(), null, 1, 2));
        StudyHits farBeyond = index.search(new StudyQuery("nsclc", Map.of(), null, 1_000_000, 200));

        assertEquals(registryIds(firstFour).subList(2, 4), registryIds(secondPageOfTwo));
        assertEquals(firstFour.total(), secondPageOfTwo.total());
        assertEquals(firstFour.total(), farBeyond.total());
        assertEquals(List.of(), farBeyond.hits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "title:(", "(lung cancer", "lung cancer)", "*mab", "lung AND"})
    void rejectsMalformedSyntaxWithAMessageForTheUser(String text) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(StudyQuery.of(text)));
        assertFalse(e.getMessage().contains("Cannot parse"), e.getMessage());
        assertFalse(e.getMessage().contains("<"), "no grammar token names: " + e.getMessage());
    }

    @Test
    void rejectsTextOfMoreThanAThousandCharacters() throws IOException {
        String words = "lung ".repeat(200);
        assertDoesNotThrow(() -> index.search(StudyQuery.of(words.substring(0, 1000))));
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> index.search(StudyQuery.of(words + "x")));
        assertTrue(e.getMessage().contains("1000"), e.getMessage());
    }

    @Test
    void rejectsTextWithMoreWordsThanLuceneCombines() {
        // ~250 distinct words, each searched in 7 fields: more than Lucene's 1024 clauses
        String words = java.util.stream.IntStream.range(0, 250).mapToObj(i -> "w" + Integer.toString(i, 36))
                .collect(Collectors.joining(" "));
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> index.search(StudyQuery.of(words)));
        assertTrue(e.getMessage().contains("too many words"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EGFR L858R", "HER2+", "PD-L1 >= 50%", "c/o", "any trial for me?", "a & b || !c",
            "ratio 1:2", "[stage IV]", "{x}", "^", "~", "-", "EGFR + HER2", "lung \\"})
    void takesPunctuationUsersTypeLiterally(String text) {
        assertDoesNotThrow(() -> index.search(StudyQuery.of(text)));
    }

    @Test
    void searchesPunctuatedTermsForTheirWords() throws IOException {
        assertEquals(Set.of("NCT02369484", "NCT04044170"),
                Set.copyOf(registryIds(index.search(StudyQuery.of("HER2+")))));
        assertTrue(registryIds(index.search(StudyQuery.of("EGFR L858R"))).contains("NCT02856893"));
    }

    @Test
    void treatsTextOfOnlyStopWordsAndSymbolsAsBlank() throws IOException {
        assertEquals(ALL.size(), index.search(StudyQuery.of("the >= %")).total());
    }

    @Test
    void appliesQuerySyntaxWhenTheUserTypesIt() throws IOException {
        assertEquals(List.of("NCT02369484"), registryIds(index.search(StudyQuery.of("title:afatinib"))));
        assertEquals(registryIds(MELANOMA_CONDITION),
                Set.copyOf(registryIds(index.search(StudyQuery.of("condition:melanoma")))));
        List<String> osimertinibWithoutTipifarnib = registryIds(index.search(StudyQuery.of("osimertinib -tipifarnib")));
        assertTrue(osimertinibWithoutTipifarnib.contains("NCT02856893"));
        assertFalse(osimertinibWithoutTipifarnib.contains("NCT05693090"));
        assertEquals(ALL.size() - 6, index.search(StudyQuery.of("-melanoma")).total(), "alone: all other studies");
        assertEquals(Set.of("NCT04044170", "NCT05693090", "NCT06576635"),
                Set.copyOf(registryIds(index.search(StudyQuery.of("poziotinib OR tipifarnib OR vinorelbine")))));
        assertTrue(registryIds(index.search(StudyQuery.of("osimert*"))).contains("NCT02856893"));
        assertEquals(List.of("NCT00496392"), registryIds(index.search(StudyQuery.of("\"breakthrough pain\""))));
    }

    @Test
    void phrasesDoNotSpanTwoValuesOfAField() throws IOException {
        // NCT04114136 lists the conditions "Melanoma", "NSCLC": adjacent values, not a phrase
        assertEquals(0, index.search(StudyQuery.of("condition:\"melanoma nsclc\"")).total());
        assertEquals(1, index.search(StudyQuery.of("condition:\"melanoma nsclc\"~200")).total());
    }

    @Test
    void rejectsAnImpossibleAge() {
        assertThrows(IllegalArgumentException.class, () -> index.search(new StudyQuery("", Map.of(), -1, 0, 20)));
    }

    private StudyHits searchAged(int years) throws IOException {
        return index.search(new StudyQuery("", Map.of(), years, 0, 200));
    }

    static List<String> registryIds(StudyHits hits) {
        return hits.hits().stream().map(StudyHit::primaryRegistryId).toList();
    }

    static Set<String> registryIds(List<StudyDocument> documents) {
        return documents.stream().map(StudyDocument::primaryRegistryId).collect(Collectors.toSet());
    }

    /** What a GROUP BY over the same studies in the database gives. */
    static Map<String, Long> databaseCounts(List<StudyDocument> documents,
                                            Function<StudyDocument, Collection<String>> values) {
        return documents.stream()
                .flatMap(d -> values.apply(d).stream().distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    static Map<String, Long> asMap(List<FacetCount> counts) {
        return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }
}
