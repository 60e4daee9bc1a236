package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.search.domain.GermanState;
import de.dnpm.registry.search.domain.PlaceSource;
import de.dnpm.registry.search.domain.SiteLocation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the index places a site: the registry's coordinates, unless they contradict the site's own postal code. */
class SiteLocationTest {

    private static SiteLocation located(double lat, double lon) throws ReflectiveOperationException {
        Study study = new Study(RegistryScheme.NCT, "NCT09990001", Instant.EPOCH);
        var id = Study.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(study, 1L);
        study.getSites().add(new Site(study, "Universitätsklinikum Heidelberg", "Heidelberg", null, "69120",
                "Germany", "RECRUITING", lat, lon, List.of()));
        return new StudyDocumentAssembler().toDocument(study).siteLocations().getFirst();
    }

    @Test
    void registryCoordinatesNearTheSitesPostalCodeAreKept() throws ReflectiveOperationException {
        SiteLocation site = located(49.4177, 8.6700);
        assertEquals(PlaceSource.REGISTRY, site.source());
        assertEquals(49.4177, site.point().lat(), 1e-6);
    }

    @Test
    void registryCoordinatesFarFromTheSitesPostalCodeGiveWayToIt() throws ReflectiveOperationException {
        SiteLocation site = located(52.52, 13.40); // Berlin, for a site in 69120 Heidelberg
        assertEquals(PlaceSource.POSTAL_CODE, site.source());
        assertTrue(Math.abs(site.point().lat() - 49.41) < 0.1, () -> "Heidelberg, not Berlin: " + site.point());
    }

    @Test
    void aGermanSiteKnowsItsStateFromItsAddressWhicheverPointItIsGiven() throws ReflectiveOperationException {
        SiteLocation byRegistry = located(49.4177, 8.6700);
        SiteLocation byPostalCode = located(52.52, 13.40);
        assertEquals("DE", byRegistry.country());
        assertEquals(Optional.of(GermanState.BW), byRegistry.germanState(), "69120 Heidelberg");
        assertEquals(Optional.of(GermanState.BW), byPostalCode.germanState());
    }
}
