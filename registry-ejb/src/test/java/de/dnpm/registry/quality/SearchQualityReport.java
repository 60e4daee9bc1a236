package de.dnpm.registry.quality;

import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.matching.PatientProfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Measures search quality on the shared ClinicalTrials.gov corpus: TREC Clinical Trials 2021, 2022, 2023 and the SIGIR
 * 2016 cohort (patient descriptions), our German query set (typed queries) and our board cases (profiles), each run
 * through the portal's search, the board matcher (patient descriptions and board cases), plain BM25 and a random order
 * of the judged studies, scored on the judged studies only (the headline) and on the full ranking. Writes the table to
 * {@code docs/search-quality.md}. Run it with {@code -Psearch-quality} (README).
 *
 * <p>Arguments: the shared data folder, our German query set's folder, the Markdown file to write, and optionally our
 * board cases' folder.
 */
public final class SearchQualityReport {

    private static final int RANDOM_ORDERS = 50;

    private SearchQualityReport() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        Path german = Path.of(args[1]);
        Path output = Path.of(args[2]);
        long started = System.nanoTime();
        Map<String, StudyDocument> corpus = EvaluationCorpus.load(shared.resolve("ctgov"));
        System.out.printf("corpus: %,d studies read in %.1f s%n", corpus.size(), (System.nanoTime() - started) / 1e9);
        List<TopicSet> sets = new ArrayList<>(sets(shared.resolve("ctgov/trec"), german, corpus.keySet()));
        Map<String, PatientProfile> boardProfiles = Map.of();
        if (args.length > 3 && Files.isDirectory(Path.of(args[3]))) {
            BoardCases board = BoardCases.read(Path.of(args[3])).within(corpus.keySet());
            sets.add(board.set());
            boardProfiles = board.profilesByText();
        }
        List<SetResult> results = new ArrayList<>();
        try (PortalRanker portal = new PortalRanker(corpus.values());
             PlainBm25Ranker bm25 = new PlainBm25Ranker(corpus.values());
             MatchRanker matcher = new MatchRanker(corpus.values()).profiles(boardProfiles)) {
            for (TopicSet set : sets) {
                if (Boolean.getBoolean("quality.tuningOnly") && !set.tuning()) {
                    continue; // while tuning, the test sets are not even looked at
                }
                if (!chosen(set)) {
                    continue;
                }
                Scores relevance = evaluate(set, portal.openFirst(false));
                Scores openFirst = evaluate(set, portal.openFirst(true));
                // the matcher needs a patient; typed queries ("Brustkrebs") have none
                Scores matched = set.patientNotes() ? evaluate(set, matcher.portalAfter(null)) : null;
                Scores matchedThenPortal = set.patientNotes()
                        ? evaluate(set, matcher.portalAfter(portal.openFirst(false))) : null;
                SetResult result = new SetResult(set, relevance, openFirst, matched, matchedThenPortal,
                        evaluate(set, bm25), randomOrder(set));
                results.add(result);
                System.out.println(result.summary());
            }
        }
        if (Boolean.getBoolean("quality.tuningOnly") || System.getProperty("quality.sets") != null) {
            return; // a partial run writes no table
        }
        Files.writeString(output, QualityTable.markdown(corpus.size(), results), StandardCharsets.UTF_8);
        System.out.printf("written %s in %.1f s%n", output, (System.nanoTime() - started) / 1e9);
    }

    /** {@code -Dquality.sets=Board,SIGIR}: only the sets whose names start so (a partial run, printed, not written). */
    private static boolean chosen(TopicSet set) {
        String only = System.getProperty("quality.sets");
        return only == null || java.util.Arrays.stream(only.split(",")).map(String::strip)
                .anyMatch(prefix -> !prefix.isEmpty() && set.name().startsWith(prefix));
    }

    static List<TopicSet> sets(Path trec, Path german, Set<String> corpus) throws Exception {
        Path trialGpt = trec.resolve("ncbi-nlp-TrialGPT");
        Path seeli = trec.resolve("max-seeli-trec2023");
        List<TopicSet> sets = new ArrayList<>();
        sets.add(TopicSet.beir("TREC 2021", trialGpt.resolve("trec_2021"), true));
        sets.add(TopicSet.beir("SIGIR 2016", trialGpt.resolve("sigir"), true));
        sets.add(TopicSet.beir("TREC 2022", trialGpt.resolve("trec_2022"), false));
        sets.add(TopicSet.trec2023(seeli.resolve("topics2023.xml"), seeli.resolve("2023-qrels.txt")));
        if (Files.exists(german.resolve("queries.tsv"))) {
            sets.add(TopicSet.typedQueries("German queries (ours)", german));
        }
        return sets.stream().map(s -> s.within(corpus)).toList();
    }

    /** Judged-only and full-ranking measures of one system, averaged over the topics that have a relevant study. */
    record Scores(Mean judgedOnly, Mean full) {
    }

    /** {@code matcher} and {@code matcherThenPortal} are null for typed queries. */
    record SetResult(TopicSet set, Scores portal, Scores portalOpenFirst, Scores matcher, Scores matcherThenPortal,
                     Scores bm25, Mean random) {
        String summary() {
            return String.format(Locale.ROOT, "%-22s portal judged %s full %s | open first judged %s full %s | "
                            + "matcher judged %s full %s | matcher+portal judged %s full %s | bm25 judged %s full %s"
                            + " | random %s", set.name(), portal.judgedOnly(), portal.full(),
                    portalOpenFirst.judgedOnly(), portalOpenFirst.full(),
                    matcher == null ? "-" : matcher.judgedOnly(), matcher == null ? "-" : matcher.full(),
                    matcher == null ? "-" : matcherThenPortal.judgedOnly(),
                    matcher == null ? "-" : matcherThenPortal.full(), bm25.judgedOnly(), bm25.full(), random);
        }

        int topics() {
            return (int) set.judgments().values().stream().filter(RankingMetrics::scorable).count();
        }

        long judged() {
            return set.judgments().values().stream().mapToLong(Map::size).sum();
        }
    }

    static Scores evaluate(TopicSet set, Ranker ranker) throws IOException {
        Mean judgedOnly = new Mean();
        Mean full = new Mean();
        for (Map.Entry<String, String> topic : set.topics().entrySet()) {
            Map<String, Integer> grades = set.judgments().getOrDefault(topic.getKey(), Map.of());
            if (!RankingMetrics.scorable(grades)) {
                continue;
            }
            List<String> ranking = ranker.rank(topic.getValue(), set.patientNotes(), Integer.MAX_VALUE);
            full.add(RankingMetrics.of(ranking, grades));
            judgedOnly.add(RankingMetrics.of(ranking.stream().filter(grades::containsKey).toList(), grades));
        }
        return new Scores(judgedOnly, full);
    }

    /** The judged studies of each topic in random order, the mean over fixed seeds (the same table every run). */
    static Mean randomOrder(TopicSet set) {
        Mean mean = new Mean();
        Random random = new Random(20211);
        for (Map<String, Integer> grades : set.judgments().values()) {
            if (!RankingMetrics.scorable(grades)) {
                continue;
            }
            for (int i = 0; i < RANDOM_ORDERS; i++) {
                List<String> order = new ArrayList<>(grades.keySet());
                Collections.shuffle(order, random);
                mean.add(RankingMetrics.of(order, grades), 1.0 / RANDOM_ORDERS);
            }
        }
        return mean;
    }

    /** Means of the three measures; recall only over topics that have a relevant study. */
    static final class Mean {
        private double ndcg;
        private double precision;
        private double recall;
        private double weight;
        private double recallWeight;

        void add(RankingMetrics metrics) {
            add(metrics, 1);
        }

        void add(RankingMetrics metrics, double w) {
            ndcg += metrics.ndcg10() * w;
            precision += metrics.precision10() * w;
            weight += w;
            if (!Double.isNaN(metrics.recall100())) {
                recall += metrics.recall100() * w;
                recallWeight += w;
            }
        }

        double ndcg10() {
            return weight == 0 ? 0 : ndcg / weight;
        }

        double precision10() {
            return weight == 0 ? 0 : precision / weight;
        }

        double recall100() {
            return recallWeight == 0 ? 0 : recall / recallWeight;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", ndcg10(), precision10(), recall100());
        }
    }
}
