package de.dnpm.registry.quality;

import de.dnpm.registry.search.domain.StudyDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tuning aid: per topic of a tuning set, the judged-only nDCG@10 and the judged studies in the portal's order. */
public final class TopicDiagnosis {

    private TopicDiagnosis() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, StudyDocument> corpus = EvaluationCorpus.load(Path.of(args[0]).resolve("ctgov"));
        List<TopicSet> sets = SearchQualityReport.sets(Path.of(args[0]).resolve("ctgov/trec"), Path.of(args[1]),
                corpus.keySet());
        TopicSet set = sets.stream().filter(s -> s.name().equals(args[2]) && s.tuning() || s.name().startsWith("German") && args[2].startsWith("German")).findFirst().orElseThrow();
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
