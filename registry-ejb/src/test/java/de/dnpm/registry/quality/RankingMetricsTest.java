package de.dnpm.registry.quality;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingMetricsTest {

    private static final Map<String, Integer> GRADES = Map.of("A", 2, "B", 1, "C", 0, "D", 2);

    @Test
    void bestOrderScoresOne() {
        RankingMetrics best = RankingMetrics.of(List.of("A", "D", "B", "C"), GRADES);
        assertEquals(1.0, best.ndcg10(), 1e-9);
        assertEquals(0.2, best.precision10(), 1e-9); // two eligible studies in ten ranks
        assertEquals(1.0, best.recall100(), 1e-9);
    }

    @Test
    void ndcgAsTrecEvalComputesIt() {
        // DCG = 0/log2(2) + 2/log2(3) + 1/log2(4) + 0 (unjudged X) + 2/log2(6); ideal = 2 + 2/log2(3) + 1/log2(4)
        double dcg = 2 / log2(3) + 1 / log2(4) + 2 / log2(6);
        double ideal = 2 + 2 / log2(3) + 1 / log2(4);
        RankingMetrics metrics = RankingMetrics.of(List.of("C", "A", "B", "X", "D"), GRADES);
        assertEquals(dcg / ideal, metrics.ndcg10(), 1e-9);
    }

    @Test
    void onlyTheFirstHundredCountForRecall() {
        List<String> ranking = new java.util.ArrayList<>(java.util.Collections.nCopies(100, "X"));
        ranking.add("A");
        ranking.addFirst("D");
        assertEquals(0.5, RankingMetrics.of(ranking, GRADES).recall100(), 1e-9);
    }

    @Test
    void aTopicWithoutRelevantStudiesHasNoRecall() {
        assertTrue(Double.isNaN(RankingMetrics.of(List.of("B"), Map.of("B", 1)).recall100()));
        assertTrue(RankingMetrics.scorable(Map.of("B", 1)));
        assertTrue(!RankingMetrics.scorable(Map.of("C", 0)));
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
