package de.dnpm.registry.quality;

import java.util.List;
import java.util.Map;

/**
 * The measures of one ranked list against graded judgments, as trec_eval computes them: nDCG@10 with the grade as
 * gain and a log2 rank discount, normalised by the best order of all judged studies; P@10 and recall@100 counting a
 * study as relevant at grade 2 (TREC: eligible). An unjudged study counts as grade 0. Recall is NaN for a topic
 * without a relevant study: it is left out of the mean.
 */
record RankingMetrics(double ndcg10, double precision10, double recall100) {

    static final int RELEVANT_GRADE = 2;

    static RankingMetrics of(List<String> ranking, Map<String, Integer> grades) {
        double dcg = 0;
        int relevantAt10 = 0;
        int relevantAt100 = 0;
        for (int rank = 0; rank < Math.min(100, ranking.size()); rank++) {
            int grade = grades.getOrDefault(ranking.get(rank), 0);
            if (rank < 10) {
                dcg += grade / log2(rank + 2);
                relevantAt10 += grade >= RELEVANT_GRADE ? 1 : 0;
            }
            relevantAt100 += grade >= RELEVANT_GRADE ? 1 : 0;
        }
        List<Integer> best = grades.values().stream().sorted((a, b) -> b - a).toList();
        double ideal = 0;
        for (int rank = 0; rank < Math.min(10, best.size()); rank++) {
            ideal += best.get(rank) / log2(rank + 2);
        }
        long relevant = grades.values().stream().filter(g -> g >= RELEVANT_GRADE).count();
        return new RankingMetrics(ideal == 0 ? 0 : dcg / ideal, relevantAt10 / 10.0,
                relevant == 0 ? Double.NaN : (double) relevantAt100 / relevant);
    }

    /** Whether the judgments can score a list at all: some study is graded above 0. */
    static boolean scorable(Map<String, Integer> grades) {
        return grades.values().stream().anyMatch(g -> g > 0);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
