package de.dnpm.registry.search.domain.criteria;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the extractor per criterion type over labelled texts: a prediction is correct when some
 * label of the same text says the same or it is weaker but true ({@link CriterionAgreement}); a label is found when
 * some prediction says exactly the same. Keeps every false positive and every miss with its text, for the report.
 */
final class ExtractionScores {

    /** Counts of one type. */
    static final class Tally {
        int labelled;
        int predicted;
        int correct;
        int found;

        double precision() {
            return predicted == 0 ? Double.NaN : (double) correct / predicted;
        }

        double recall() {
            return labelled == 0 ? Double.NaN : (double) found / labelled;
        }
    }

    /** A prediction no label supports, or a label no prediction found. */
    record Miss(CriterionType type, String record, String text, String criterion) {
    }

    private final CriterionAgreement agreement;
    private final Map<CriterionType, Tally> tallies = new EnumMap<>(CriterionType.class);
    private final List<Miss> falsePositives = new ArrayList<>();
    private final List<Miss> missed = new ArrayList<>();

    ExtractionScores(CriterionAgreement agreement) {
        this.agreement = agreement;
        for (CriterionType type : CriterionType.values()) {
            tallies.put(type, new Tally());
        }
    }

    /** Scores one text: what the extractor read against what a person labelled. */
    void add(String record, String text, List<TrialCriterion> predictions, List<LabelledCriterion> labels) {
        Set<LabelledCriterion> predicted = new LinkedHashSet<>();
        predictions.forEach(p -> predicted.add(LabelledCriterion.of(p)));
        for (LabelledCriterion p : predicted) {
            Tally tally = tallies.get(p.type());
            tally.predicted++;
            if (labels.stream().anyMatch(l -> agreement.same(p, l) || agreement.weakerButTrue(p, l))) {
                tally.correct++;
            } else {
                falsePositives.add(new Miss(p.type(), record, text, p.toString()));
            }
        }
        for (LabelledCriterion l : labels) {
            Tally tally = tallies.get(l.type());
            tally.labelled++;
            if (predicted.stream().anyMatch(p -> agreement.same(p, l))) {
                tally.found++;
            } else {
                missed.add(new Miss(l.type(), record, text, l.toString()));
            }
        }
    }

    Tally of(CriterionType type) {
        return tallies.get(type);
    }

    List<Miss> falsePositives() {
        return List.copyOf(falsePositives);
    }

    /** The table, then every false positive and every missed label with its text. */
    String markdown(String title) {
        StringBuilder md = new StringBuilder("## ").append(title).append("\n\n")
                .append("| type | labelled | predicted | correct | precision | found | recall |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<CriterionType, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            if (t.labelled == 0 && t.predicted == 0) {
                continue;
            }
            md.append("| ").append(e.getKey()).append(" | ").append(t.labelled).append(" | ").append(t.predicted)
                    .append(" | ").append(t.correct).append(" | ").append(ratio(t.precision())).append(" | ")
                    .append(t.found).append(" | ").append(ratio(t.recall())).append(" |\n");
        }
        list(md, "False positives", falsePositives);
        list(md, "Labels not found", missed);
        return md.toString();
    }

    private static void list(StringBuilder md, String heading, List<Miss> misses) {
        md.append("\n### ").append(heading).append(" (").append(misses.size()).append(")\n\n");
        for (Miss m : misses) {
            md.append("- `").append(m.criterion()).append("` ").append(m.record()).append(": ")
                    .append(m.text().replace("|", "\\|")).append('\n');
        }
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
