package de.dnpm.registry.search.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceNamesTest {

    @Test
    void ignoresCaseDiacriticsAndPunctuation() {
        assertEquals("munchen", PlaceNames.key("MÜNCHEN"));
        assertEquals("frankfurt oder", PlaceNames.key("Frankfurt (Oder)"));
        assertEquals("giessen", PlaceNames.key("Gießen"));
        assertEquals("lodz", PlaceNames.key("Łódź"));
        assertEquals("reggio nell emilia", PlaceNames.key("Reggio nell'Emilia"));
        assertEquals("", PlaceNames.key(null));
    }

    @Test
    void writesSaintSanktAndStTheSameWay() {
        assertEquals(PlaceNames.key("Sankt Ingbert"), PlaceNames.key("St. Ingbert"));
        assertEquals(PlaceNames.key("Saint Louis"), PlaceNames.key("St. Louis"));
    }

    @Test
    void findsUmlautsTypedAsTwoLetters() {
        assertEquals(Set.of("munchen", "muenchen"), PlaceNames.keys("München"));
        assertEquals(Set.of("heidelberg"), PlaceNames.keys("Heidelberg"));
    }

    @Test
    void dropsGermanQualifiersAndTitlesOnlyInGermanSpeakingCountries() {
        assertEquals("Frankfurt", PlaceNames.baseName("Frankfurt am Main", "DE"));
        assertEquals("Halle", PlaceNames.baseName("Halle (Saale)", "DE"));
        assertEquals("Rothenburg", PlaceNames.baseName("Rothenburg ob der Tauber", "DE"));
        assertEquals("Bad Homburg", PlaceNames.baseName("Bad Homburg vor der Höhe", "DE"));
        assertEquals("Klagenfurt", PlaceNames.baseName("Klagenfurt am Wörthersee", "AT"));
        assertEquals("Stratford in Essex", PlaceNames.baseName("Stratford in Essex", "GB"));
        assertEquals("In", PlaceNames.baseName("In", "DE"));
        assertEquals("Greifswald", PlaceNames.baseName("Universitäts- und Hansestadt Greifswald", "DE"));
        assertEquals("Stade", PlaceNames.baseName("Hansestadt Stade", "DE"));
        assertEquals("Neustadt Vogtland", PlaceNames.baseName("Neustadt Vogtland", "DE"));
    }
}
