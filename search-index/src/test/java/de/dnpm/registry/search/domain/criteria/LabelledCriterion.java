package de.dnpm.registry.search.domain.criteria;

import java.util.Arrays;
import java.util.List;

/**
 * One criterion a person read in a sentence, as the labelled files write it: {@code TYPE|I or E|key|lower|upper}
 * (empty fields allowed), several separated by " ; ". The conventions are those of {@link CriterionType}; LABELLING.md
 * beside the files says how they were applied.
 */
record LabelledCriterion(CriterionType type, boolean exclusion, String key, Integer lower, Integer upper) {

    static List<LabelledCriterion> parseAll(String items) {
        if (items == null || items.isBlank()) {
            return List.of();
        }
        return Arrays.stream(items.split(" ; ")).map(String::strip).filter(s -> !s.isEmpty())
                .map(LabelledCriterion::parse).toList();
    }

    static LabelledCriterion parse(String item) {
        String[] f = item.split("\\|", -1);
        if (f.length < 3 || f.length > 5 || !(f[1].equals("I") || f[1].equals("E"))) {
            throw new IllegalArgumentException("not TYPE|I or E|key|lower|upper: " + item);
        }
        return new LabelledCriterion(CriterionType.valueOf(f[0]), f[1].equals("E"), f[2].isEmpty() ? null : f[2],
                f.length > 3 ? number(f[3]) : null, f.length > 4 ? number(f[4]) : null);
    }

    /** What the extractor would have said had it read the same. */
    static LabelledCriterion of(TrialCriterion predicted) {
        String key = predicted.key() == null || predicted.key().isBlank() ? null : predicted.key();
        return new LabelledCriterion(predicted.type(), predicted.exclusion(), key, predicted.lower(),
                predicted.upper());
    }

    private static Integer number(String field) {
        return field.isBlank() ? null : Integer.valueOf(field.strip());
    }

    @Override
    public String toString() {
        return type + "|" + (exclusion ? "E" : "I") + "|" + (key == null ? "" : key) + "|"
                + (lower == null ? "" : lower) + "|" + (upper == null ? "" : upper);
    }
}
