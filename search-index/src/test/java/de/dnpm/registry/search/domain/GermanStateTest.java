package de.dnpm.registry.search.domain;

import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A site's German state, from its postal code through the gazetteer's GeoNames admin1 code. */
class GermanStateTest {

    private final Gazetteer places = GazetteerLoader.shared();

    @Test
    void findsTheStateOfAPostalCode() {
        assertEquals(Optional.of(GermanState.BW), stateOf("69120"), "Heidelberg");
        assertEquals(Optional.of(GermanState.BE), stateOf("10117"), "Berlin-Mitte");
        assertEquals(Optional.of(GermanState.BY), stateOf("80331"), "München");
        assertEquals(Optional.of(GermanState.HH), stateOf("20095"), "Hamburg");
        assertEquals(Optional.of(GermanState.SN), stateOf("01307"), "Dresden");
        assertEquals(Optional.of(GermanState.NW), stateOf("50937"), "Köln");
        assertEquals(Optional.of(GermanState.MV), stateOf("17489"), "Greifswald");
    }

    @Test
    void findsTheStateOfATown() {
        Place erfurt = places.city("Erfurt", "DE").orElseThrow();
        assertEquals(Optional.of(GermanState.TH), GermanState.ofGeoNamesCode(erfurt.admin1()));
    }

    @Test
    void aSiteOutsideGermanyOrWithoutAStateHasNone() {
        GeoPoint vienna = new GeoPoint(48.21, 16.37);
        assertEquals(Optional.empty(), new SiteLocation(vienna, PlaceSource.CITY, true, null, "Wien", "AT", "09")
                .germanState(), "Vienna's admin1 code 09 is Saarland's in Germany");
        assertEquals(Optional.empty(), new SiteLocation(vienna, PlaceSource.REGISTRY, true, null, "Wien")
                .germanState());
        assertEquals(Optional.of(GermanState.SL), new SiteLocation(new GeoPoint(49.23, 7.0), PlaceSource.CITY, true,
                null, "Saarbrücken", "DE", "09").germanState());
    }

    @Test
    void readsAndWritesIsoCodes() {
        assertEquals("DE-NW", GermanState.NW.isoCode());
        assertEquals(Optional.of(GermanState.RP), GermanState.ofIsoCode("DE-RP"));
        assertEquals(Optional.empty(), GermanState.ofIsoCode("RP"));
        assertEquals(Optional.empty(), GermanState.ofGeoNamesCode(""));
    }

    private Optional<GermanState> stateOf(String postalCode) {
        return GermanState.ofGeoNamesCode(places.postalCode("DE", postalCode).orElseThrow().admin1());
    }
}
