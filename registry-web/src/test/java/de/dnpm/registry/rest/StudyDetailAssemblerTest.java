package de.dnpm.registry.rest;

import de.dnpm.registry.application.SourceVersionView;
import de.dnpm.registry.domain.ContactPerson;
import de.dnpm.registry.domain.DocumentFormat;
import de.dnpm.registry.domain.EligibilityCriteria;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.domain.OutcomeMeasure;
import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.domain.StudyDates;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values of NCT06576635 (LUNG-05) from the bundled sample (a part of them), entered by hand into the entity. */
class StudyDetailAssemblerTest {

    @Test
    void copiesEveryPartAndLinksTheSourceRegistryOfThePrimaryId() {
        StudyDetail detail = StudyDetailAssembler.toDetail(lung05(), "/api/studies/NCT06576635/sources");

        assertEquals("NCT06576635", detail.id());
        assertEquals("https://clinicaltrials.gov/study/NCT06576635", detail.sourceUrl());
        assertEquals(2, detail.identifiers().size());
        StudyDetail.Identifier sponsor = detail.identifiers().get(1);
        assertEquals("SPONSOR", sponsor.scheme());
        assertEquals("University of Illinois at Chicago", sponsor.issuer());
        assertEquals(null, sponsor.url());
        assertEquals("RECRUITING", detail.status());
        assertEquals(List.of("NA"), detail.phases());
        assertEquals("18 Years", detail.eligibility().minimumAge());
        assertEquals(6574, detail.eligibility().minimumAgeDays());
        assertEquals("2024-12-16", detail.dates().start());
        assertEquals("2025-11-06", detail.lastUpdate());
        StudyDetail.Site site = detail.sites().getFirst();
        assertEquals("Chicago", site.city());
        assertEquals(41.85003, site.latitude());
        assertEquals("fweinb1@uic.edu", site.contacts().getFirst().email());
        assertEquals("PRIMARY", detail.outcomes().getFirst().kind());
        assertEquals("/api/studies/NCT06576635/sources", detail.sourcesUrl());
    }

    @Test
    void interventionsCarryTheirOtherNames() throws Exception {
        Study study = lung05();
        // NCT04811001's intervention as its record has it
        study.setTopics(List.of("NSCLC"), List.of(), List.of(), List.of(new InterventionEntry("DRUG", "Osimertinib",
                "TAGRISSO 40 mg film-coated tablets TAGRISSO 80 mg film-coated tablets", List.of("Tagrisso"))),
                List.of());
        StudyDetail detail = StudyDetailAssembler.toDetail(study, "/s");

        assertEquals(List.of("Tagrisso"), detail.interventions().getFirst().otherNames());
        try (Jsonb jsonb = JsonbBuilder.create()) {
            assertTrue(jsonb.toJson(detail).contains("\"interventions\":[{\"type\":\"DRUG\",\"name\":\"Osimertinib\","
                    + "\"otherNames\":[\"Tagrisso\"],\"description\":"), jsonb.toJson(detail));
        }
    }

    @Test
    void jsonUsesTheDocumentedFieldNamesInOrder() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(StudyDetailAssembler.toDetail(lung05(), "/s"));

            assertTrue(json.startsWith("{\"id\":\"NCT06576635\",\"identifiers\":[{\"scheme\":\"NCT\",\"value\":"
                    + "\"NCT06576635\",\"primary\":true,\"url\":\"https://clinicaltrials.gov/study/NCT06576635\"}"), json);
            assertTrue(json.contains("\"eligibility\":{\"criteria\":\"Inclusion Criteria:"), json);
            assertTrue(json.contains("\"minimumAge\":\"18 Years\",\"minimumAgeDays\":6574,\"sex\":\"ALL\""), json);
            assertTrue(json.contains("\"hasResults\":false,\"lastUpdate\":\"2025-11-06\""), json);
        }
    }

    @Test
    void searchResponseJsonHasTheContractShape() throws Exception {
        StudySearchResponse response = new StudySearchResponse(1, 0, 20, false, null, List.of(), null, null, false,
                List.of(new StudySummary("NCT06576635", "LUNG-05", "RECRUITING", List.of("PHASE2"), "INTERVENTIONAL",
                        List.of("NSCLC"), 1, null, "2025-11-06", true,
                        "Advanced <mark>NSCLC</mark> &amp; &lt;b&gt;", "conditions",
                        "http://localhost/api/studies/NCT06576635")),
                new StudySearchResponse.Facets(List.of(new StudySearchResponse.FacetValue("RECRUITING", 1)),
                        List.of(), List.of(), List.of(), List.of(new StudySearchResponse.FacetValue("LAST_5_YEARS", 1)),
                        List.of(), List.of(), List.of(), List.of(new StudySearchResponse.FacetValue("CTGOV", 1))));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            assertEquals("{\"total\":1,\"page\":0,\"size\":20,\"relaxed\":false,\"alsoSearchedFor\":[],\"placeWanted\":false,\"hits\":[{\"id\":\"NCT06576635\",\"title\":\"LUNG-05\","
                    + "\"status\":\"RECRUITING\",\"phases\":[\"PHASE2\"],\"studyType\":\"INTERVENTIONAL\","
                    + "\"conditions\":[\"NSCLC\"],\"siteCount\":1,\"lastUpdated\":\"2025-11-06\","
                    + "\"staleRecruiting\":true,\"snippet\":\"Advanced <mark>NSCLC</mark> &amp; &lt;b&gt;\","
                    + "\"snippetField\":\"conditions\",\"url\":\"http://localhost/api/studies/NCT06576635\"}],"
                    + "\"facets\":{\"status\":[{\"value\":\"RECRUITING\",\"count\":1}],\"phase\":[],\"type\":[],"
                    + "\"country\":[],\"started\":[{\"value\":\"LAST_5_YEARS\",\"count\":1}],\"updated\":[],"
                    + "\"sponsorType\":[],\"results\":[],\"source\":[{\"value\":\"CTGOV\",\"count\":1}]}}",
                    jsonb.toJson(response));
            assertEquals("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"d\"}",
                    jsonb.toJson(new Problem("about:blank", "Not Found", 404, "d", null)));
        }
    }

    @Test
    void sourceVersionsCarryTheirContentUrlButNotTheirText() throws Exception {
        SourceVersionView version = new SourceVersionView(4711, "NCT", "NCT06576635", "CTGOV_JSON", "application/json",
                "2025-11-06", "9f86d081", true, "ctg-studies.json", Instant.parse("2026-11-28T10:15:30Z"));
        SourceRecordPage page = new SourceRecordPage("NCT06576635", 0, 20, List.of(StudyDetailAssembler.toSourceRecord(
                version, "http://localhost/api/studies/NCT06576635/sources/4711")));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            assertEquals("{\"id\":\"NCT06576635\",\"page\":0,\"size\":20,\"sources\":[{\"id\":4711,"
                    + "\"registry\":\"NCT\",\"registryId\":\"NCT06576635\",\"format\":\"CTGOV_JSON\","
                    + "\"mediaType\":\"application/json\",\"versionDate\":\"2025-11-06\",\"contentHash\":\"9f86d081\","
                    + "\"current\":true,\"importedFrom\":\"ctg-studies.json\",\"importedAt\":\"2026-11-28T10:15:30Z\","
                    + "\"contentUrl\":\"http://localhost/api/studies/NCT06576635/sources/4711\"}]}", jsonb.toJson(page));
        }
    }

    private static Study lung05() {
        Instant imported = Instant.parse("2025-11-07T08:00:00Z");
        Study study = new Study(RegistryScheme.NCT, "NCT06576635", imported);
        RegistryEntry entry = new RegistryEntry(study, RegistryScheme.NCT, "NCT06576635", DocumentFormat.CTGOV_JSON,
                new RecordVersion("2025-11-06", "9f86d081"), imported);
        entry.replaceLinks(List.of(new RegistryIdentifier(RegistryScheme.SPONSOR, "2024-0301",
                "University of Illinois at Chicago", false)));
        study.setTitles("LUNG-05: Investigating Chemotherapy Effectiveness for Non-Small Cell Lung Cancer (NSCLC) "
                + "Metastatic Patients", "LUNG-05: Investigating Chemotherapy Effectiveness for NSCLC Metastatic Patients",
                "LUNG-05");
        study.setDesign("INTERVENTIONAL", List.of("NA"), "RECRUITING", 29, "ESTIMATED");
        study.setTopics(List.of("NSCLC"), List.of(), List.of(), List.of(), List.of());
        study.setSponsors("University of Illinois at Chicago", List.of());
        study.setDates(new StudyDates("2024-12-16", "2026-09", "2026-09", "2024-08-29", "2025-11-06"));
        study.setEligibility(new EligibilityCriteria("Inclusion Criteria:\n\n* Age ≥ 18 years of age at time of consent",
                "18 Years", 6574, null, null, "ALL", false));
        study.getSites().add(new Site(study, "University of Illinois Cancer Center", "Chicago", "Illinois", "60612",
                "United States", "RECRUITING", 41.85003, -87.65005,
                List.of(new ContactPerson("Frank Weinberg, MD, PhD", "CONTACT", "312-413-7494", "fweinb1@uic.edu"))));
        study.setContactsAndOutcomes(List.of(), List.of(new OutcomeMeasure("PRIMARY", "To estimate the objective "
                + "response rate (ORR) as measured by investigator assessment in patients with metastatic NSCLC treated "
                + "with at least 2L of chemotherapy who have had OncoChoice-informed treatment", null,
                "Every 6-8 weeks through study completion, an average of 2 years")));
        return study;
    }
}
