package de.dnpm.registry.search.infrastructure.geo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed gazetteer resources are what the generator makes from the shared GeoNames files today; when this
 * fails after a change of the rules or the data, run GazetteerGenerator (see PROVENANCE.md) and commit the result.
 */
class GazetteerGeneratorTest {

    private static final Path GEO = Path.of(System.getProperty("shared.data", "../../shared/data"), "vocab/geo");
    private static Map<String, String> generated;

    @BeforeAll
    static void generate() throws IOException {
        assumeTrue(Files.isDirectory(GEO), "shared data absent: " + GEO);
        generated = GazetteerGenerator.generate(GEO, GazetteerGenerator.RESOURCES.resolve(GazetteerGenerator.ALIASES));
    }

    @Test
    void committedResourcesAreCurrent() throws IOException {
        assertEquals(List.of(GazetteerGenerator.POSTAL_CODES, GazetteerGenerator.CITIES, GazetteerGenerator.ADMIN1),
                List.copyOf(generated.keySet()));
        for (Map.Entry<String, String> file : generated.entrySet()) {
            String committed = committed(file.getKey());
            // Compared line by line first, so a failure names the first line that differs rather than 5 MB of text.
            String[] expected = file.getValue().split("\n", -1);
            String[] actual = committed.split("\n", -1);
            for (int i = 0; i < Math.min(expected.length, actual.length); i++) {
                assertEquals(expected[i], actual[i], file.getKey() + " line " + (i + 1) + " is not current");
            }
            assertEquals(expected.length, actual.length, file.getKey() + " line count is not current");
        }
    }

    @Test
    void keepsEveryPostalCodeAndEveryPlace() {
        // 10,814 distinct codes in the source; 171,075 places in cities1000_geonames.tsv (PROVENANCE.md of vocab).
        assertEquals(10_814, lines(GazetteerGenerator.POSTAL_CODES) - 1);
        assertEquals(171_075, lines(GazetteerGenerator.CITIES) - 1);
    }

    @Test
    void companyCodesGetTheMedianOfTheirSitesNotTheMean() {
        // 42895: seven company rows, one of them 500 km away in Bavaria; the code is Remscheid's.
        String line = generated.get(GazetteerGenerator.POSTAL_CODES).lines()
                .filter(l -> l.startsWith("42895\t")).findFirst().orElseThrow();
        assertEquals("42895\t07\t51.1833\t7.2555\tRemscheid", line);
    }

    @Test
    void resourcesStayCompact() throws IOException {
        long total = 0;
        try (var files = Files.list(GazetteerGenerator.RESOURCES)) {
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
        }
        assertTrue(total < 5_000_000, "gazetteer resources take " + total + " bytes");
    }

    private static int lines(String name) {
        return (int) generated.get(name).lines().count();
    }

    private static String committed(String name) throws IOException {
        Path file = GazetteerGenerator.RESOURCES.resolve(name);
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
