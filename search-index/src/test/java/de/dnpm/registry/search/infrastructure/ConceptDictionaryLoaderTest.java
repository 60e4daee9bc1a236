package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.Concept;
import de.dnpm.registry.search.domain.ConceptDictionary;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConceptDictionaryLoaderTest {

    private static final System.Logger LOG = System.getLogger(ConceptDictionaryLoaderTest.class.getName());

    @Test
    void everyLayTermFindsTheConceptsItWasReviewedFor() throws IOException {
        ConceptDictionary dictionary = ConceptDictionaryLoader.load();
        List<String[]> rows = layTermRows();
        assertTrue(rows.size() >= 100, "lay terms: " + rows.size());
        for (String[] row : rows) {
            List<String> reviewed = Arrays.asList(row[1].split(" "));
            List<String> found = dictionary.find(row[0]).stream().map(Concept::id).toList();
            assertTrue(found.containsAll(reviewed), row[0] + " finds " + found + ", reviewed for " + reviewed);
            if (!row[3].equals("capitals")) {
                // Nor may it pull in another concept through a DO synonym or an ICD title. (In capitals, "MDS" is
                // also Miller-Dieker syndrome's abbreviation: ambiguous as typed, and so both are found.)
                String lower = row[0].toLowerCase(Locale.ROOT);
                assertEquals(Set.copyOf(reviewed), dictionary.find(lower).stream().map(Concept::id).collect(toSet()),
                        lower);
            }
        }
    }

    @Test
    void typedWithUeAeOeLayTermsAreFoundToo() throws IOException {
        ConceptDictionary dictionary = ConceptDictionaryLoader.load();
        for (String[] row : layTermRows()) {
            String spelt = row[0].replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
            assertEquals(dictionary.find(row[0]), dictionary.find(spelt), spelt);
        }
    }

    /** Logs what loading costs; the bounds are loose, the numbers go to docs/decisions/004. */
    @Test
    void loadsInAFewHundredMillisecondsAndTensOfMegabytes() {
        ConceptDictionaryLoader.load(); // warm up class loading and the JIT once
        Runtime runtime = Runtime.getRuntime();
        long before = usedAfterGc(runtime);
        long start = System.nanoTime();
        ConceptDictionary dictionary = ConceptDictionaryLoader.load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heap = usedAfterGc(runtime) - before;
        LOG.log(Level.INFO, "concept dictionary: {0} concepts, loaded in {1} ms, {2} MB of heap", dictionary.size(),
                millis, heap / 1_000_000);
        assertNotNull(dictionary.get("DOID:1324").orElse(null));
        assertTrue(millis < 10_000, millis + " ms");
        assertTrue(heap < 200_000_000, heap + " bytes");
    }

    private static long usedAfterGc(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static List<String[]> layTermRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ConceptDictionaryLoader.class.getResourceAsStream(ConceptDictionaryLoader.LAY_TERMS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1)
                    .forEach(l -> rows.add(l.split("\t", -1)));
        }
        return rows;
    }
}
