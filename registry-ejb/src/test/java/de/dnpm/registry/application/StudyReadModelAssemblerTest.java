package de.dnpm.registry.application;

import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.search.domain.PlaceSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read model copies a real study whole, in the registry's order, and places its sites. */
class StudyReadModelAssemblerTest {

    private static final String LARGEST_SAMPLE = "ctgov/ctgov-v2-json/dgg32-clinical-trials-public/ctg-studies(5).json";
    private static final String GERMAN_SITES = "ctgov/ctgov-v2-json/dgg32-graph_bigquery/ctg-studies.json";

    @Test
    void copiesEverySiteOfTheLargestSampleStudyInTheRegistrysOrder() {
        Study study = RealStudies.mapped(LARGEST_SAMPLE, "NCT05850520");

        StudyReadModel model = StudyReadModelAssembler.of(study);

        assertEquals("NCT05850520", model.id());
        assertEquals(315, model.sites().size());
        for (int i = 0; i < study.getSites().size(); i++) {
            Site site = study.getSites().get(i);
            StudyReadModel.Site copy = model.sites().get(i);
            assertEquals(site.getFacility(), copy.facility());
            assertEquals(site.getCity(), copy.city());
            assertEquals(site.getStatus(), copy.status());
            assertEquals(site.getContacts().size(), copy.contacts().size());
        }
        assertEquals(1, model.sites().stream().filter(StudyReadModel.Site::isRecruiting).count(),
                "one site of 315 recruits, 311 are about to");
        assertEquals("18 Years", model.eligibility().minimumAge());
        assertNull(model.eligibility().maximumAge());
        assertEquals("2023-05-15", model.dates().start());
        assertEquals("2025-05-16", model.dates().completion());
        assertEquals(List.of(new StudyReadModel.Entry(RegistryScheme.NCT, "NCT05850520", "CTGOV_JSON",
                model.entries().getFirst().versionDate(), List.of())), model.entries());
    }

    @Test
    void placesSitesByTheRegistrysPointElseByTheirPostalCode() {
        StudyReadModel model = StudyReadModelAssembler.of(RealStudies.mapped(GERMAN_SITES, "NCT05645172"));

        StudyReadModel.Site berlin = site(model, "10117");
        assertEquals(PlaceSource.REGISTRY, berlin.placeSource());
        assertEquals(52.52437, berlin.place().lat(), 1e-6);
        // ClinicalTrials.gov gives Herrsching no point: its postal code places it by Lake Ammersee
        StudyReadModel.Site herrsching = site(model, "82211");
        assertNull(herrsching.latitude());
        assertNotNull(herrsching.place(), "placed by the gazetteer");
        assertEquals(PlaceSource.POSTAL_CODE, herrsching.placeSource());
        assertEquals(48.0, herrsching.place().lat(), 0.2);
        assertEquals(11.2, herrsching.place().lon(), 0.2);
    }

    @Test
    void isImmutable() {
        StudyReadModel model = StudyReadModelAssembler.of(RealStudies.mapped(GERMAN_SITES, "NCT05645172"));

        assertThrows(UnsupportedOperationException.class, () -> model.sites().clear());
        assertThrows(UnsupportedOperationException.class, () -> model.sites().getFirst().contacts().clear());
        assertFalse(model.sites().isEmpty());
        assertTrue(model.textIn("xx").isEmpty());
    }

    private static StudyReadModel.Site site(StudyReadModel model, String postalCode) {
        return model.sites().stream().filter(s -> postalCode.equals(s.postalCode())).findFirst().orElseThrow();
    }
}
