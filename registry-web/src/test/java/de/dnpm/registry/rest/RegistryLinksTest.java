package de.dnpm.registry.rest;

import de.dnpm.registry.domain.RegistryScheme;
import org.junit.jupiter.api.Test;

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
}
