package de.dnpm.registry.rest;

import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.RegistryScheme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegistryLinksTest {

    @Test
    void linksNctAndDrksToTheirRegistries() {
        assertEquals(Optional.of("https://clinicaltrials.gov/study/NCT06576635"),
                RegistryLinks.pageOf(RegistryScheme.NCT, "NCT06576635"));
        assertEquals(Optional.of("https://drks.de/search/en/trial/DRKS00031234"),
                RegistryLinks.pageOf(RegistryScheme.DRKS, "DRKS00031234"));
        assertEquals(Optional.of("https://www.clinicaltrialsregister.eu/ctr-search/search?query=2022-002965-13"),
                RegistryLinks.pageOf(RegistryScheme.EUDRACT, "2022-002965-13"));
    }

    @Test
    void givesNoLinkForSponsorIdsOrMalformedValues() {
        assertEquals(Optional.empty(), RegistryLinks.pageOf(RegistryScheme.SPONSOR, "2024-0301"));
        assertEquals(Optional.empty(), RegistryLinks.pageOf(RegistryScheme.NCT, "NCT123\"><script>"));
        assertEquals(Optional.empty(), RegistryLinks.pageOf(null, "NCT06576635"));
    }

    @Test
    void linksPostedResultsToTheResultsTabOfTheNctRecord() {
        List<RegistryIdentifier> linked = List.of(
                new RegistryIdentifier(RegistryScheme.DRKS, "DRKS00031234", null, true),
                new RegistryIdentifier(RegistryScheme.NCT, "NCT05850520", null, true));

        assertEquals(Optional.of("https://clinicaltrials.gov/study/NCT05850520?tab=results"),
                RegistryLinks.resultsPageOf(linked));
        assertEquals(Optional.empty(), RegistryLinks.resultsPageOf(List.of(linked.getFirst())),
                "only ClinicalTrials.gov posts results");
    }

    @Test
    void theRecordPageIsThatOfTheStudysOwnIdBeforeIdsItNames() {
        List<RegistryIdentifier> ids = List.of(
                new RegistryIdentifier(RegistryScheme.EUDRACT, "2022-002965-13", null, false),
                new RegistryIdentifier(RegistryScheme.SPONSOR, "P-17", "Sponsor", true),
                new RegistryIdentifier(RegistryScheme.NCT, "NCT06576635", null, true));

        assertEquals(Optional.of("https://clinicaltrials.gov/study/NCT06576635"), RegistryLinks.recordPageOf(ids));
        assertEquals(Optional.of("https://www.clinicaltrialsregister.eu/ctr-search/search?query=2022-002965-13"),
                RegistryLinks.recordPageOf(ids.subList(0, 2)));
    }
}
