package de.dnpm.registry.search.domain;

import de.dnpm.registry.search.domain.CriteriaSections.Criterion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The classifier over the 100 phase-3 NSCLC trials of NSCLCBench (shared data): how many trials require or exclude
 * which marker, and a fixed random sample of 30 single classifications (criterion, key, required or excluded) logged
 * for checking by hand. The assertions are coarse on purpose: they catch a classifier that stopped reading, not one
 * that reads a sentence differently.
 */
class BiomarkerCorpusTest {

    private static final Path TRIALS = Path.of(System.getProperty("shared.data", "../../shared/data"),
            "ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json");
    private static final System.Logger LOG = System.getLogger(BiomarkerCorpusTest.class.getName());
    private static final int SAMPLE = 30;
    private static final long SEED = 20261129L;

    private record Trial(String id, String eligibility) {
    }

    private static final List<Trial> STUDIES = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        assumeTrue(Files.isRegularFile(TRIALS), "shared data absent: " + TRIALS);
        try (Reader in = Files.newBufferedReader(TRIALS, StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(in)) {
            JsonArray studies = json.readArray();
            for (JsonObject study : studies.getValuesAs(JsonObject.class)) {
                JsonObject protocol = study.getJsonObject("protocolSection");
                STUDIES.add(new Trial(protocol.getJsonObject("identificationModule").getString("nctId"),
                        protocol.getJsonObject("eligibilityModule").getString("eligibilityCriteria", "")));
            }
        }
    }

    @Test
    void countsWhatTheTrialsRequireAndExcludeAndSamplesThirtyClassifications() {
        Map<String, int[]> byMarker = new TreeMap<>();
        int withAny = 0;
        for (Trial trial : STUDIES) {
            BiomarkerMentions mentions = BiomarkerMentions.inEligibility(trial.eligibility());
            withAny += mentions.isEmpty() ? 0 : 1;
            mentions.required().stream().filter(BiomarkerKey::isMarkerOnly)
                    .forEach(k -> byMarker.computeIfAbsent(k.marker(), m -> new int[2])[0]++);
            mentions.excluded().stream().filter(BiomarkerKey::isMarkerOnly)
                    .forEach(k -> byMarker.computeIfAbsent(k.marker(), m -> new int[2])[1]++);
        }
        StringBuilder counts = new StringBuilder();
        byMarker.forEach((marker, n) -> counts.append(String.format("%n  %-8s required by %2d, excluded by %2d",
                marker, n[0], n[1])));
        LOG.log(System.Logger.Level.INFO, "{0} trials, {1} with a biomarker; marker keys:{2}", STUDIES.size(), withAny,
                counts);
        LOG.log(System.Logger.Level.INFO, "30 classifications to check by hand (seed {0}):{1}", SEED, sample());

        assertEquals(100, STUDIES.size());
        assertTrue(withAny >= 40, withAny + " trials name a biomarker");
        int[] egfr = byMarker.getOrDefault("EGFR", new int[2]);
        assertTrue(egfr[0] >= 20 && egfr[1] >= 10, "EGFR required by " + egfr[0] + ", excluded by " + egfr[1]);
    }

    /** Every trial's eGFR criteria (the kidney) name no marker. */
    @Test
    void noKidneyCriterionNamesAMarker() {
        int kidney = 0;
        for (Trial trial : STUDIES) {
            for (Criterion criterion : CriteriaSections.criteria(trial.eligibility())) {
                String text = criterion.text();
                if (text.contains("eGFR") || text.toLowerCase(java.util.Locale.ROOT).contains("glomerular")) {
                    kidney++;
                    assertTrue(BiomarkerMentions.inCriterion(text, criterion.exclusion(),
                            BiomarkerVocabulary.standard()).isEmpty(), trial.id() + ": " + text);
                }
            }
        }
        assertTrue(kidney >= 3, kidney + " kidney criteria");
    }

    private static String sample() {
        List<String> classifications = new ArrayList<>();
        for (Trial trial : STUDIES) {
            for (Criterion criterion : CriteriaSections.criteria(trial.eligibility())) {
                BiomarkerMentions said = BiomarkerMentions.inCriterion(criterion.text(), criterion.exclusion(),
                        BiomarkerVocabulary.standard());
                String where = trial.id() + (criterion.exclusion() ? " [exclusion] " : " [inclusion] ")
                        + criterion.text();
                said.required().forEach(k -> classifications.add("REQUIRED " + k + " <- " + where));
                said.excluded().forEach(k -> classifications.add("EXCLUDED " + k + " <- " + where));
            }
        }
        Collections.shuffle(classifications, new Random(SEED));
        StringBuilder text = new StringBuilder();
        classifications.stream().limit(SAMPLE).forEach(c -> text.append(String.format("%n  %s", c)));
        return text.toString();
    }
}
