package de.dnpm.registry.search.infrastructure.geo;

import de.dnpm.registry.search.domain.Gazetteer;
import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * No word a patient types for a disease is taken for a place: every word of the ICD-10-GM titles (German), of the
 * Disease Ontology's cancer names and synonyms (English) and of the stop word lists of the shared data.
 */
class QueryWordsTest {

    private static final Path VOCAB = Path.of(System.getProperty("shared.data", "../../shared/data"), "vocab");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{3,}");
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        assumeTrue(Files.isDirectory(VOCAB), "shared data absent: " + VOCAB);
        gazetteer = GazetteerLoader.load();
    }

    @Test
    void noWordOfADiseaseNameIsAPlace() throws IOException {
        Set<String> words = new TreeSet<>();
        // ICD-10-GM metadata: ';'-separated, the title in field 8 (BfArM layout, see vocab/PROVENANCE.md)
        for (String line : Files.readAllLines(VOCAB.resolve("icd/icd10gm2025syst_kodes.txt"), StandardCharsets.UTF_8)) {
            String[] fields = line.split(";");
            if (fields.length > 8) {
                addWords(fields[8], words);
            }
        }
        for (String line : Files.readAllLines(VOCAB.resolve("disease-ontology/DO_cancer_slim.obo"),
                StandardCharsets.UTF_8)) {
            if (line.startsWith("name:") || line.startsWith("synonym:")) {
                addWords(line.substring(line.indexOf(':') + 1).split("\\[")[0], words);
            }
        }
        assertTrue(words.size() > 8_000, words.size() + " words");
        assertEquals(Set.of(), places(words));
    }

    @Test
    void noStopWordIsAPlace() throws IOException {
        Set<String> words = new TreeSet<>();
        for (String list : List.of("stopwords/stopwords_iso_de.txt", "stopwords/stopwords_iso_en.txt")) {
            words.addAll(Files.readAllLines(VOCAB.resolve(list), StandardCharsets.UTF_8));
        }
        assertEquals(Set.of(), places(words));
    }

    private static void addWords(String text, Set<String> words) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
    }

    private static Set<String> places(Set<String> words) {
        Set<String> places = new TreeSet<>();
        for (String word : words) {
            if (gazetteer.isPlaceName(word, "DE")) {
                places.add(word);
            }
        }
        return places;
    }
}
