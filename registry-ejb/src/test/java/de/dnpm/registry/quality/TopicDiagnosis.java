package de.dnpm.registry.quality;

import de.dnpm.registry.search.domain.StudyDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tuning aid: per topic, worst first, the judged-only nDCG@10 and the first judged studies in the portal's order.
 * Only the tuning sets (TREC 2021, SIGIR) and our German set are offered: the test sets are not for looking into.
 *
 * <p>Arguments: the shared data folder, our German set's folder, the set's name ("TREC 2021", "SIGIR 2016",
 * "German"), how many judged studies to show per topic.
 */
public final class TopicDiagnosis {

    private TopicDiagnosis() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, StudyDocument> corpus = EvaluationCorpus.load(Path.of(args[0]).resolve("ctgov"));
        List<TopicSet> sets = SearchQualityReport.sets(Path.of(args[0]).resolve("ctgov/trec"), Path.of(args[1]),
                corpus.keySet());
        TopicSet set = sets.stream().filter(s -> s.name().startsWith(args[2]))
                .filter(s -> s.tuning() || !s.name().startsWith("TREC")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tuning set named " + args[2]));
        int shown = Integer.parseInt(args[3]);
        try (PortalRanker portal = new PortalRanker(corpus.values())) {
            List<String[]> lines = new ArrayList<>();
            for (Map.Entry<String, String> topic : set.topics().entrySet()) {
                Map<String, Integer> grades = set.judgments().getOrDefault(topic.getKey(), Map.of());
                if (!RankingMetrics.scorable(grades)) {
                    continue;
                }
                List<String> judged = portal.rank(topic.getValue(), set.patientNotes(), Integer.MAX_VALUE).stream()
                        .filter(grades::containsKey).toList();
                double ndcg = RankingMetrics.of(judged, grades).ndcg10();
                StringBuilder out = new StringBuilder(String.format("%.3f %s %s%n", ndcg, topic.getKey(),
                        topic.getValue().substring(0, Math.min(300, topic.getValue().length()))));
                for (String nct : judged.subList(0, Math.min(shown, judged.size()))) {
                    StudyDocument d = corpus.get(nct);
                    out.append(String.format("   %d %s [%s %s-%s] %s | %s%n", grades.get(nct), nct, d.sex(),
                            d.minimumAgeDays() == null ? "" : d.minimumAgeDays() / 365,
                            d.maximumAgeDays() == null ? "" : d.maximumAgeDays() / 365, d.briefTitle(),
                            d.conditions()));
                }
                lines.add(new String[]{String.format("%.3f", ndcg), out.toString()});
            }
            lines.sort((a, b) -> a[0].compareTo(b[0]));
            lines.forEach(l -> System.out.print(l[1]));
        }
    }
}
