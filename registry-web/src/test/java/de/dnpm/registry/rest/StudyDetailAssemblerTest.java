package de.dnpm.registry.rest;

import de.dnpm.registry.domain.ContactPerson;
import de.dnpm.registry.domain.EligibilityCriteria;
import de.dnpm.registry.domain.OutcomeMeasure;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.domain.StudyDates;
import de.dnpm.registry.importer.domain.IdScheme;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

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
        StudySearchResponse response = new StudySearchResponse(1, 0, 20,
                List.of(new StudySummary("NCT06576635", "LUNG-05", "RECRUITING", List.of("PHASE2"), "INTERVENTIONAL",
                        List.of("NSCLC"), 1, "http://localhost/api/studies/NCT06576635")),
                new StudySearchResponse.Facets(List.of(new StudySearchResponse.FacetValue("RECRUITING", 1)),
                        List.of(), List.of(), List.of()));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            assertEquals("{\"total\":1,\"page\":0,\"size\":20,\"hits\":[{\"id\":\"NCT06576635\",\"title\":\"LUNG-05\","
                    + "\"status\":\"RECRUITING\",\"phases\":[\"PHASE2\"],\"studyType\":\"INTERVENTIONAL\","
                    + "\"conditions\":[\"NSCLC\"],\"siteCount\":1,\"url\":\"http://localhost/api/studies/NCT06576635\"}],"
                    + "\"facets\":{\"status\":[{\"value\":\"RECRUITING\",\"count\":1}],\"phase\":[],\"type\":[],"
                    + "\"country\":[]}}", jsonb.toJson(response));
            assertEquals("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"d\"}",
                    jsonb.toJson(new Problem("about:blank", "Not Found", 404, "d", null)));
        }
    }

    private static Study lung05() {
        Study study = new Study();
        study.addIdentifier(IdScheme.NCT, "NCT06576635", null, true);
        study.addIdentifier(IdScheme.SPONSOR, "2024-0301", "University of Illinois at Chicago", false);
        study.setTitles("LUNG-05: Investigating Chemotherapy Effectiveness for Non-Small Cell Lung Cancer (NSCLC) "
                + "Metastatic Patients", "LUNG-05: Investigating Chemotherapy Effectiveness for NSCLC Metastatic Patients",
                "LUNG-05");
        study.setDesign("INTERVENTIONAL", "RECRUITING", 29, "ESTIMATED");
        study.getPhases().add("NA");
        study.getConditions().add("NSCLC");
        study.setLeadSponsor("University of Illinois at Chicago");
        study.setDates(new StudyDates("2024-12-16", "2026-09", "2026-09", "2024-08-29", "2025-11-06"));
        study.setEligibility(new EligibilityCriteria("Inclusion Criteria:\n\n* Age ≥ 18 years of age at time of consent",
                "18 Years", 6574, null, null, "ALL", false));
        study.getSites().add(new Site(study, "University of Illinois Cancer Center", "Chicago", "Illinois", "60612",
                "United States", "RECRUITING", 41.85003, -87.65005,
                List.of(new ContactPerson("Frank Weinberg, MD, PhD", "CONTACT", "312-413-7494", "fweinb1@uic.edu"))));
        study.getOutcomes().add(new OutcomeMeasure("PRIMARY", "To estimate the objective response rate (ORR) as "
                + "measured by investigator assessment in patients with metastatic NSCLC treated with at least 2L of "
                + "chemotherapy who have had OncoChoice-informed treatment", null,
                "Every 6-8 weeks through study completion, an average of 2 years"));
        return study;
    }
}
