package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.Gazetteer;
import de.dnpm.registry.search.domain.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerLoaderTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = GazetteerLoader.load();
    }

    @Test
    void loadsEveryPostalCodeFromTheClasspath() {
        assertEquals(10_814, gazetteer.postalCodeCount());
        assertTrue(gazetteer.placeNameCount() > 150_000, gazetteer.placeNameCount() + " place names");
    }

    @Test
    void everyCityAliasNamesAPlaceThatExists() throws IOException {
        for (String[] alias : resourceRows("aliases.tsv")) {
            if (alias[0].equals("city")) {
                Place target = gazetteer.city(alias[2], alias[1]).orElseThrow(() -> new AssertionError(
                        "alias target missing: " + String.join(" ", alias)));
                assertEquals(alias[2], target.name(), "alias target is not the first of its name");
                assertEquals(target, gazetteer.city(alias[3], alias[1]).orElseThrow(), "alias " + alias[3]);
            }
        }
    }

    @Test
    void everyStateAliasIsUnderstood() throws IOException {
        for (String[] alias : resourceRows("aliases.tsv")) {
            if (alias[0].equals("admin1")) {
                assertEquals(alias[2], gazetteer.admin1(alias[1], alias[3]).orElse(null), "state alias " + alias[3]);
            }
        }
        assertEquals("02", gazetteer.admin1("DE", "Bavaria").orElseThrow());
        assertEquals("01", gazetteer.admin1("DE", "Baden-Württemberg").orElseThrow());
        assertEquals("MA", gazetteer.admin1("US", "Massachusetts").orElseThrow());
        assertTrue(gazetteer.admin1("US", "Bavaria").isEmpty());
    }

    @Test
    void ordinaryWordsAreNeverPlaces() throws IOException {
        for (String[] word : resourceRows("common-words.txt")) {
            assertFalse(gazetteer.isPlaceName(word[0], "DE"), word[0]);
        }
    }

    private static List<String[]> resourceRows(String name) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                GazetteerLoader.class.getResourceAsStream("/de/dnpm/registry/search/geo/" + name),
                StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }
}
