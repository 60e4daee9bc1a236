package de.dnpm.registry.web.board;

import de.dnpm.registry.search.domain.criteria.TrialCriterion;

import java.util.function.BiFunction;

/**
 * How a board reads one criterion's name, on the case page and in the report alike: "Inclusion: biomarker ALK
 * fusion", "Exclusion: prior therapy EGFR TKI", "Inclusion: ECOG performance status 0–1". The evidence sentence is
 * shown beside it; the name says which marker, therapy or range the row is about.
 */
final class CriterionWording {

    private CriterionWording() {
    }

    /** {@code text}: the bundle of the reader's language (key, arguments → text). */
    static String name(TrialCriterion criterion, BiFunction<String, Object[], String> text) {
        String type = text.apply("board.criterion.type." + criterion.type(), new Object[0]);
        String detail = detail(criterion, text);
        String what = detail.isEmpty() ? type : type + " " + detail;
        return text.apply(criterion.exclusion() ? "board.criterion.exclusion" : "board.criterion.inclusion",
                new Object[] {what});
    }

    private static String detail(TrialCriterion criterion, BiFunction<String, Object[], String> text) {
        String key = criterion.key() == null ? "" : criterion.key();
        return switch (criterion.type()) {
            case BIOMARKER -> key.replace(':', ' ').replace('_', ' ');
            case PRIOR_THERAPY -> "LINES".equals(key)
                    ? text.apply("board.criterion.lines", new Object[] {bound(criterion.lower()),
                    bound(criterion.upper())})
                    : key.replaceFirst("^(DRUG|CLASS):", "").replace('_', ' ');
            case BRAIN_METASTASES -> key.isEmpty() ? "" : text.apply("board.criterion.brain." + key, new Object[0]);
            case ECOG -> bound(criterion.lower()) + "–" + bound(criterion.upper());
            default -> "";
        };
    }

    private static String bound(Integer value) {
        return value == null ? "…" : value.toString();
    }
}
