package de.dnpm.registry.benchmark;

import de.dnpm.registry.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Latency of suggestions while typing and of exports, over HTTP, on whatever the database holds after the import
 * benchmark (about 107,000 studies). Suggestions: every prefix of three or more letters of common disease, drug and
 * gene words, English and German, as a person types them. Exports: the search's first 1,000 hits as CSV, JSON and RIS
 * for broad queries, and single studies as FHIR. Run with -Pbenchmark.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SuggestionExportBenchmarkIT {

    private static final int WARM_UP = 30;
    /** Words people start typing: diseases, drugs and genes, in English and German. */
    private static final List<String> WORDS = List.of("lung cancer", "breast cancer", "melanoma", "leukemia",
            "diabetes", "depression", "asthma", "multiple sclerosis", "pembrolizumab", "osimertinib", "nivolumab",
            "EGFR", "KRAS", "HER2", "BRAF", "Lungenkrebs", "Brustkrebs", "Darmkrebs", "Bluthochdruck", "Schlaganfall",
            "Herzinsuffizienz", "Rheuma", "Morbus Crohn", "Prostatakrebs", "Leukämie");
    private static final List<String> EXPORT_QUERIES = List.of("cancer", "diabetes", "Krebs", "heart failure",
            "depression");

    @Deployment(testable = false)
    static WebArchive deployment() {
        File war = new File(System.getProperty("war.file"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "suggest-benchmark.war").importFrom(war)
                .as(WebArchive.class);
        archive.delete("WEB-INF/classes/sample-data/files.txt");
        return Deployments.forDatabase(archive);
    }

    @ArquillianResource
    URL base;

    @Test
    void suggestionAndExportLatency() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String db = System.getProperty("it.db");
        Path out = Path.of(System.getProperty("benchmark.dir"));

        List<String> prefixes = new ArrayList<>(prefixes());
        List<Long> suggest = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String prefix : prefixes) {
                suggest.add(timed(http, "api/suggestions?q=" + encode(prefix)));
            }
        }
        report(out, db, "suggestions while typing (" + prefixes.size() + " prefixes × 3)",
                suggest.subList(WARM_UP, suggest.size()));

        for (String format : List.of("csv", "json", "ris")) {
            List<Long> took = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String query : EXPORT_QUERIES) {
                    took.add(timed(http, "api/studies/export?format=" + format + "&q=" + encode(query)));
                }
            }
            report(out, db, "export of up to 1,000 hits as " + format.toUpperCase() + " (" + EXPORT_QUERIES.size()
                    + " broad queries × 3, first round not counted)", took.subList(EXPORT_QUERIES.size(), took.size()));
        }

        List<Long> fhir = new ArrayList<>();
        for (String id : studyIds(http)) {
            fhir.add(timed(http, "api/studies/" + encode(id) + "/export?format=fhir"));
        }
        report(out, db, "one study as FHIR ResearchStudy (" + fhir.size() + " studies, first 10 not counted)",
                fhir.subList(10, fhir.size()));
    }

    /** Every prefix of three letters or more of each word, as the page asks for them while a person types. */
    private static Set<String> prefixes() {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String word : WORDS) {
            for (int end = 3; end <= word.length(); end++) {
                prefixes.add(word.substring(0, end));
            }
        }
        return prefixes;
    }

    /** Ids of the hits of a broad search: the studies a person would open. */
    private List<String> studyIds(HttpClient http) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                + "api/studies?size=100&q=cancer")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readObject().getJsonArray("hits").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(s -> s.getString("id")).toList();
        }
    }

    private long timed(HttpClient http, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        long took = (System.nanoTime() - start) / 1000;
        assertEquals(200, response.statusCode(), path + ": " + new String(response.body(), StandardCharsets.UTF_8));
        return took;
    }

    private static void report(Path out, String db, String what, List<Long> micros) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        BenchmarkReport.append(out, db, "| %s | %s, %d requests | p50 %.1f ms | p99 %.1f ms | max %.1f ms | mean %.1f ms |"
                .formatted(db, what, sorted.length, percentile(sorted, 50), percentile(sorted, 99),
                        sorted[sorted.length - 1] / 1000.0, Arrays.stream(sorted).average().orElse(0) / 1000.0));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
