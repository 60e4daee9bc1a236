package de.dnpm.registry.search.domain;

import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real gazetteer (the committed resources) on real places. */
class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = GazetteerLoader.load();
    }

    @Test
    void findsAPostalCodesCentroid() {
        Place place = gazetteer.postalCode("DE", "69120").orElseThrow();
        assertEquals("Heidelberg", place.name());
        assertEquals("69120", place.postalCode());
        assertEquals(PlaceSource.POSTAL_CODE, place.source());
        assertEquals("01", place.admin1()); // Baden-Württemberg
        assertEquals(49.41, place.point().lat(), 0.02);
        assertEquals(8.69, place.point().lon(), 0.02);
    }

    @Test
    void readsPostalCodesAsPeopleWriteThem() {
        Place expected = gazetteer.postalCode("DE", "69120").orElseThrow();
        for (String written : List.of("D-69120", "D 69120", "DE-69120", " 69120 ", "69120 Heidelberg", "69120, Heidelberg")) {
            assertEquals(Optional.of(expected), gazetteer.postalCode("de", written), written);
        }
    }

    @Test
    void knowsOnlyGermanPostalCodesThatExist() {
        assertTrue(gazetteer.postalCode("DE", "99999").isEmpty());
        assertTrue(gazetteer.postalCode("DE", "6912").isEmpty());
        assertTrue(gazetteer.postalCode("AT", "69120").isEmpty());
        assertTrue(gazetteer.postalCode("US", "02115").isEmpty());
        assertTrue(gazetteer.postalCode(null, "69120").isEmpty());
        assertTrue(gazetteer.postalCode("DE", null).isEmpty());
    }

    @Test
    void namesACompanyCodeAfterItsTownAndPlacesItAtTheCompany() {
        // 60590 belongs to the university hospital alone (a "Großkunde"); it lies in Frankfurt-Niederrad.
        Place hospital = gazetteer.postalCode("DE", "60590").orElseThrow();
        assertEquals("Frankfurt am Main", hospital.name());
        assertEquals(50.096, hospital.point().lat(), 0.002);
        assertEquals(8.661, hospital.point().lon(), 0.002);
    }

    @Test
    void measuresHeidelbergToMannheimAsAbout19Km() {
        Place heidelberg = gazetteer.city("Heidelberg", "DE").orElseThrow();
        Place mannheim = gazetteer.city("Mannheim", "DE").orElseThrow();
        double km = heidelberg.distanceKm(mannheim.point());
        assertTrue(km >= 18 && km <= 22, "Heidelberg–Mannheim " + km + " km");
        assertEquals(PlaceSource.CITY, heidelberg.source());
    }

    @Test
    void findsMunichByItsGermanAndEnglishNames() {
        Place munich = gazetteer.city("Munich", "DE").orElseThrow();
        for (String name : List.of("München", "MÜNCHEN", "Muenchen", "munchen")) {
            assertEquals(munich, gazetteer.city(name, "DE").orElseThrow(), name);
        }
        assertEquals(48.14, munich.point().lat(), 0.01);
        assertEquals(gazetteer.city("Köln", "DE"), gazetteer.city("Cologne", "DE"));
        assertEquals(gazetteer.city("Nuremberg", "DE"), gazetteer.city("Nürnberg", "DE"));
    }

    @Test
    void takesFrankfurtForFrankfurtAmMainUnlessTheStateSaysOtherwise() {
        // Rule: the town holding most postal codes: Frankfurt am Main 41, Frankfurt (Oder) about 3.
        assertEquals("Frankfurt am Main", gazetteer.city("Frankfurt", "DE").orElseThrow().name());
        assertEquals("Frankfurt am Main", gazetteer.city("frankfurt", "DE").orElseThrow().name());
        assertEquals("Frankfurt (Oder)", gazetteer.city("Frankfurt", "DE", "Brandenburg").orElseThrow().name());
        assertEquals("Frankfurt (Oder)", gazetteer.city("Frankfurt (Oder)", "DE").orElseThrow().name());
        assertEquals("Frankfurt (Oder)", gazetteer.city("Frankfurt an der Oder", "DE").orElseThrow().name());
    }

    @Test
    void takesTheLargerOfTwoGermanTownsOfOneName() {
        assertEquals("Halle (Saale)", gazetteer.city("Halle", "DE").orElseThrow().name());
        assertEquals("07", gazetteer.city("Halle", "DE", "Nordrhein-Westfalen").orElseThrow().admin1());
        assertEquals("01", gazetteer.city("Freiburg", "DE").orElseThrow().admin1());
        assertEquals("02", gazetteer.city("Hof", "DE").orElseThrow().admin1()); // Hof (Saale), not Hof im Westerwald
        assertEquals("Königstein im Taunus", gazetteer.city("Königstein", "DE").orElseThrow().name());
        assertEquals(51.43, gazetteer.city("Mülheim an der Ruhr", "DE").orElseThrow().point().lat(), 0.01);
        assertEquals("Oldenburg", gazetteer.city("Oldenburg", "DE").orElseThrow().name());
        // Two villages' worth of postal codes each, but only one names its district: the Upper Palatinate's Amberg
        assertEquals(49.44, gazetteer.city("Amberg", "DE").orElseThrow().point().lat(), 0.01);
        // GeoNames' "Universitäts- und Hansestadt Greifswald"
        assertEquals(54.09, gazetteer.city("Greifswald", "DE").orElseThrow().point().lat(), 0.01);
    }

    @Test
    void locatesASiteByItsPostalCodeWhereTheRegistryMisplacedIt() {
        // Real ClinicalTrials.gov sites whose geoPoint is far from their own address (the shared data, see
        // SiteGeocodingTest): "München 80336" at 51.61 N 13.31 E (near Cottbus), "Kempten 87439" at 49.97 N 7.94 E
        // (near Bingen), "Königstein 61462" in Saxony.
        assertEquals(48.13, gazetteer.locate("80336", "München", null, "DE").orElseThrow().point().lat(), 0.02);
        assertEquals(47.73, gazetteer.locate("87439", "Kempten", null, "DE").orElseThrow().point().lat(), 0.02);
        assertEquals(50.18, gazetteer.locate("D-61462", "Königstein", null, "DE").orElseThrow().point().lat(), 0.02);
        assertEquals(PlaceSource.POSTAL_CODE, gazetteer.locate("80336", "München", null, "DE").orElseThrow().source());
    }

    @Test
    void locatesASiteByItsTownWhenTheCodeIsMissingOrContradictsIt() {
        assertEquals("Hamburg", gazetteer.locate("69120", "Hamburg", null, "DE").orElseThrow().name());
        assertEquals("Hamburg", gazetteer.locate(null, "Hamburg", null, "DE").orElseThrow().name());
        assertEquals("69120", gazetteer.locate("69120", "Hufelandstr. 26", null, "DE").orElseThrow().postalCode());
        assertEquals("MA", gazetteer.locate("02115", "Boston", "Massachusetts", "US").orElseThrow().admin1());
        assertTrue(gazetteer.locate(null, null, null, "DE").isEmpty());
        assertTrue(gazetteer.locate("69120", "Heidelberg", null, null).isEmpty());
    }

    @Test
    void findsEssenTheCityButDoesNotTakeTheWordForIt() {
        Place essen = gazetteer.resolve("Essen", "DE").orElseThrow();
        assertEquals("07", essen.admin1()); // the Ruhr city, not Essen (Oldenburg)
        assertEquals(51.46, essen.point().lat(), 0.01);
        assertEquals("06", gazetteer.city("Essen", "DE", "Niedersachsen").orElseThrow().admin1());
        // "essen" is German for "to eat" and "food": in a search box it stays a word (near=Essen still works)
        assertFalse(gazetteer.isPlaceName("essen", "DE"));
        assertFalse(gazetteer.isPlaceName("Essen", "DE"));
    }

    @Test
    void findsBostonInMassachusetts() {
        Place boston = gazetteer.city("Boston", "US", "Massachusetts").orElseThrow();
        assertEquals("MA", boston.admin1());
        assertEquals(42.36, boston.point().lat(), 0.01);
        assertEquals(boston, gazetteer.city("Boston", "US").orElseThrow());
        assertEquals(boston, gazetteer.city("Boston", "US", "MA").orElseThrow());
        assertEquals("GB", gazetteer.city("Boston", "GB").orElseThrow().country());
    }

    @Test
    void prefersTheSpringfieldOfTheGivenState() {
        assertEquals(42.10, gazetteer.city("Springfield", "US", "Massachusetts").orElseThrow().point().lat(), 0.01);
        assertEquals(39.80, gazetteer.city("Springfield", "US", "Illinois").orElseThrow().point().lat(), 0.01);
        assertEquals("MO", gazetteer.city("Springfield", "US", "MO").orElseThrow().admin1());
        assertEquals("OR", gazetteer.city("springfield", "us", "oregon").orElseThrow().admin1());
        // Without a state: the one with most places within 10 km (Springfield, Pennsylvania, by Philadelphia). There
        // is no population in the data; ClinicalTrials.gov gives the state with every US site.
        assertEquals("PA", gazetteer.city("Springfield", "US").orElseThrow().admin1());
        // A state the gazetteer knows but without a Springfield: none, rather than one 5,000 km away
        assertTrue(gazetteer.city("Springfield", "US", "Alaska").isEmpty());
        // A state it does not know is no state
        assertEquals("PA", gazetteer.city("Springfield", "US", "Nowhere").orElseThrow().admin1());
    }

    @Test
    void resolvesWhatAPatientTypes() {
        assertEquals(PlaceSource.POSTAL_CODE, gazetteer.resolve("69120", "DE").orElseThrow().source());
        assertEquals("Heidelberg", gazetteer.resolve("Heidelberg", "DE").orElseThrow().name());
        assertEquals("Frankfurt am Main", gazetteer.resolve("Frankfurt am Main", "DE").orElseThrow().name());
        assertEquals("Frankfurt am Main", gazetteer.resolve("frankfurt", "DE").orElseThrow().name());
        Place code = gazetteer.resolve("60590 Frankfurt", "DE").orElseThrow();
        assertEquals("60590", code.postalCode());
        assertEquals("69120", gazetteer.resolve("Heidelberg 69120", "DE").orElseThrow().postalCode());
        assertEquals("69120", gazetteer.resolve("D-69120 Heidelberg", "DE").orElseThrow().postalCode());
        // A code that does not exist: the town typed with it
        Place town = gazetteer.resolve("99999 Heidelberg", "DE").orElseThrow();
        assertEquals(PlaceSource.CITY, town.source());
        assertEquals("Heidelberg", town.name());
        // A German code typed with D- from abroad is still German
        assertEquals("69120", gazetteer.resolve("D-69120", "AT").orElseThrow().postalCode());
        assertEquals("MA", gazetteer.resolve("Boston", "US").orElseThrow().admin1());
    }

    @Test
    void findsRegistrySpellingsOfSiteCities() {
        assertEquals("Berlin", gazetteer.city("Berlin-Buch", "DE").orElseThrow().name());
        assertEquals("Munich", gazetteer.city("Munchen-Gauting", "DE").orElseThrow().name());
        assertEquals("Gießen", gazetteer.city("Giessen", "DE").orElseThrow().name());
        assertEquals("Halle (Saale)", gazetteer.city("Halle/Saale", "DE").orElseThrow().name());
        assertEquals("Sapporo", gazetteer.city("Sapporo-shi", "JP").orElseThrow().name());
        assertEquals("Milan", gazetteer.city("Milano", "IT").orElseThrow().name());
        assertEquals("Vienna", gazetteer.city("Wien", "AT").orElseThrow().name());
        assertEquals("Łódź", gazetteer.city("Lodz", "PL").orElseThrow().name());
        assertEquals("St. Louis", gazetteer.city("Saint Louis", "US", "Missouri").orElseThrow().name());
        assertEquals("New York City", gazetteer.city("New York", "US", "New York").orElseThrow().name());
        assertEquals("Essen", gazetteer.city("Essen, Germany", "DE").orElseThrow().name());
        assertEquals("Munich", gazetteer.resolve("München Schwabing", "DE").orElseThrow().name());
        assertEquals("Neustadt in Holstein", gazetteer.city("Neustadt Holstein", "DE").orElseThrow().name());
        assertTrue(gazetteer.city("Bad Xyzzy", "DE").isEmpty());
    }

    @Test
    void givesEmptyNeverAnExceptionForWhatItDoesNotKnow() {
        assertTrue(gazetteer.city("Xyzzyhausen", "DE").isEmpty());
        assertTrue(gazetteer.city("Heidelberg", "XX").isEmpty());
        assertTrue(gazetteer.city("Heidelberg", "IS").isEmpty());
        assertTrue(gazetteer.city(null, "DE").isEmpty());
        assertTrue(gazetteer.city("Heidelberg", null).isEmpty());
        assertTrue(gazetteer.city("", "DE").isEmpty());
        assertTrue(gazetteer.city("---", "DE").isEmpty());
        assertTrue(gazetteer.resolve("Lungenkrebs", "DE").isEmpty());
        assertTrue(gazetteer.resolve("   ", "DE").isEmpty());
        assertTrue(gazetteer.resolve(null, "DE").isEmpty());
        assertTrue(gazetteer.resolve("Heidelberg", null).isEmpty());
        assertTrue(gazetteer.resolve("99999", "DE").isEmpty());
        assertTrue(gazetteer.resolve(",,,", "DE").isEmpty());
    }

    @Test
    void recognisesGermanTownsAndPostalCodesInASearchBox() {
        for (String place : List.of("Heidelberg", "heidelberg", "Frankfurt", "München", "Muenchen", "Berlin", "Kiel",
                "Münster", "Halle (Saale)", "69120")) {
            assertTrue(gazetteer.isPlaceName(place, "DE"), place);
        }
    }

    @Test
    void doesNotTakeWordsForPlaces() {
        // Words that are also towns somewhere (Hof, Halle, Stein: towns in Germany; Wels in Austria; Bad in no
        // name alone), disease words, stop words, villages without a postal code of their own, and anything abroad.
        // "Zell" as in "B-Zell-Lymphom", "Marburg" as in "Marburg-Viruskrankheit".
        for (String word : List.of("Lungenkrebs", "Hof", "hof", "Halle", "Stein", "Wels", "Bad", "Lung", "Cancer",
                "Krebs", "Zell", "Marburg", "und", "the", "Neulewin", "99999", "6912", "", "  ")) {
            assertFalse(gazetteer.isPlaceName(word, "DE"), word);
        }
        assertFalse(gazetteer.isPlaceName("Boston", "US"));
        assertFalse(gazetteer.isPlaceName("Wels", "AT"));
        assertFalse(gazetteer.isPlaceName("69120", "AT"));
        assertFalse(gazetteer.isPlaceName(null, "DE"));
        assertFalse(gazetteer.isPlaceName("Heidelberg", null));
        // ... but the village is still found when asked for
        assertTrue(gazetteer.city("Neulewin", "DE").isPresent());
    }
}
