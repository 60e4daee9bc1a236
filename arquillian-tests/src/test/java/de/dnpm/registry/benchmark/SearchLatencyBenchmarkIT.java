package de.dnpm.registry.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * REST search latency over HTTP on whatever the database holds after the import benchmark (the shared corpus and the
 * synthetic 100k, about 107,000 studies): the real keyword queries that TrialGPT derived for the TREC 2021 topics,
 * one search page of 20 hits with facets each, as typed (broad and exact), with a patient's filters and near a postal
 * code. 50 warm-up queries per way are not measured. Run with -Pbenchmark.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchLatencyBenchmarkIT {

    private static final int WARM_UP = 50;

    @Deployment(testable = false)
    static WebArchive deployment() {
        File war = new File(System.getProperty("war.file"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "search-benchmark.war").importFrom(war)
                .as(WebArchive.class);
        archive.delete("WEB-INF/classes/sample-data/files.txt");
        return Deployments.forDatabase(archive);
    }

    @ArquillianResource
    URL base;

    @Test
    void searchLatencyOverTrecKeywordQueries() throws Exception {
        List<String> queries = queries();
        List<String> notes = patientNotes();
        // HTTP/1.1: a patient description is a long request line (decision 006)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String db = System.getProperty("it.db");
        Path out = Path.of(System.getProperty("benchmark.dir"));
        // the same queries five ways: as typed (concept expansion on, the default), exact, with a patient's filters,
        // near a German postal code with a radius, and a patient description; interleaved per query in a shuffled
        // order, so neither warm-up nor the order of the ways favours one of them
        String[][] ways = {{"q", "", "as typed (broad: concept expansion)"},
                {"q", "&match=exact", "as typed, exact (no expansion)"},
                {"q", "&age=50&sex=FEMALE&recruiting=true", "with age, sex and recruiting filters"},
                {"q", "&near=69120&radiusKm=100", "near 69120 within 100 km"},
                {"patient", "", "patient description (TREC 2021 / SIGIR topic text)"}};
        List<List<Long>> micros = new ArrayList<>();
        for (int w = 0; w < ways.length; w++) {
            micros.add(new ArrayList<>());
        }
        java.util.Random random = new java.util.Random(7);
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, ways.length).boxed().toList());
        for (int i = 0; i < queries.size(); i++) {
            java.util.Collections.shuffle(order, random);
            for (int w : order) {
                String text = ways[w][0].equals("patient") ? notes.get(i % notes.size()) : queries.get(i);
                long took = timed(http, ways[w][0] + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                        + ways[w][1]);
                if (i >= WARM_UP) {
                    micros.get(w).add(took);
                }
            }
        }
        for (int w = 0; w < ways.length; w++) {
            long[] sorted = micros.get(w).stream().mapToLong(Long::longValue).sorted().toArray();
            BenchmarkReport.append(out, db, ("| %s | %d queries (after %d warm-up, ways interleaved), %s | p50 %.1f ms "
                    + "| p99 %.1f ms | max %.1f ms | mean %.1f ms |").formatted(db, sorted.length, WARM_UP, ways[w][2],
                    percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1] / 1000.0,
                    Arrays.stream(sorted).average().orElse(0) / 1000.0));
        }
    }

    private long timed(HttpClient http, String parameters) throws Exception {
        String url = base + "api/studies?size=20&" + parameters;
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long took = (System.nanoTime() - start) / 1000;
        assertEquals(200, response.statusCode(), parameters + ": " + response.body());
        return took;
    }

    /** The full patient descriptions of TREC 2021 and SIGIR (TrialGPT's queries.jsonl), at most 5,000 characters. */
    private static List<String> patientNotes() throws IOException {
        List<String> notes = new ArrayList<>();
        for (String set : List.of("trec_2021", "sigir")) {
            Path file = Path.of(System.getProperty("shared.data"), "ctgov/trec/ncbi-nlp-TrialGPT", set, "queries.jsonl");
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    String text = Json.createReader(new java.io.StringReader(line)).readObject().getString("text");
                    notes.add(text.length() > 5000 ? text.substring(0, 5000) : text);
                }
            }
        }
        return notes;
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /** Keyword queries (up to three condition phrases per topic, from GPT-4) in TrialGPT's id2queries.json for TREC 2021 and SIGIR. */
    private static List<String> queries() throws IOException {
        TreeSet<String> queries = new TreeSet<>();
        for (String set : List.of("trec_2021", "sigir")) {
            Path file = Path.of(System.getProperty("shared.data"), "ctgov/trec/ncbi-nlp-TrialGPT", set, "id2queries.json");
            try (Reader reader = Files.newBufferedReader(file)) {
                JsonObject byTopic = Json.createReader(reader).readObject();
                for (String topic : byTopic.keySet()) {
                    JsonArray phrases = byTopic.getJsonObject(topic).getJsonObject("gpt-4-turbo").getJsonArray("conditions");
                    phrases.getValuesAs(jakarta.json.JsonString.class).stream().limit(3)
                            .map(s -> s.getString().replaceAll("[\"():\\[\\]{}^~*?\\\\/!+-]", " ").strip())
                            .filter(s -> !s.isEmpty()).forEach(queries::add);
                }
            }
        }
        return new ArrayList<>(queries);
    }
}
