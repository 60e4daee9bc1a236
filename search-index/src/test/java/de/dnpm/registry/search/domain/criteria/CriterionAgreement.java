package de.dnpm.registry.search.domain.criteria;

import de.dnpm.registry.search.domain.BiomarkerKey;
import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.Concept;
import de.dnpm.registry.search.domain.ConceptDictionary;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a predicted criterion says what a labelled one says. Ranges (AGE, ECOG, PRIOR_THERAPY LINES) are compared by
 * the patients they admit, so "ECOG ≥ 2" among exclusions equals "ECOG 0–1" among inclusions and an open bound equals
 * the scale's end; age bounds may differ by one day ("under 18" kept out = 18 years admitted). A prediction less
 * specific than the label but still true is {@link #weakerButTrue}: an ancestor for a requirement (requiring an EGFR
 * mutation when the label requires L858R; lung cancer for NSCLC; the solid or liquid bucket of the labelled
 * diagnosis), a descendant for an exclusion (keeping out L858R when the label keeps out every EGFR mutation).
 */
final class CriterionAgreement {

    private static final int ECOG_WORST = 5;
    private static final int OPEN = Integer.MAX_VALUE;
    /** Where the liquid bucket starts in the concept dictionary: haematologic cancer, myeloid neoplasms, MDS. */
    private static final List<String> LIQUID_ROOTS = List.of("DOID:2531", "DOID:0070004", "DOID:0050908");
    private static final String CANCER = "DOID:162";

    private final ConceptDictionary concepts;
    private final BiomarkerVocabulary biomarkers;

    CriterionAgreement(ConceptDictionary concepts, BiomarkerVocabulary biomarkers) {
        this.concepts = concepts;
        this.biomarkers = biomarkers;
    }

    /** Same type, same meaning. */
    boolean same(LabelledCriterion predicted, LabelledCriterion label) {
        if (predicted.type() != label.type()) {
            return false;
        }
        if (isRange(label) || isRange(predicted)) {
            if (!(isRange(label) && isRange(predicted))) {
                return false;
            }
            Range p = admitted(predicted);
            Range l = admitted(label);
            int slack = label.type() == CriterionType.AGE ? 1 : 0;
            return p != null && l != null && p.exclusion() == l.exclusion() && near(p.lower(), l.lower(), slack)
                    && near(p.upper(), l.upper(), slack);
        }
        return predicted.exclusion() == label.exclusion() && Objects.equals(predicted.key(), label.key())
                && Objects.equals(predicted.lower(), label.lower()) && Objects.equals(predicted.upper(), label.upper());
    }

    /** Less specific than the label, yet true of the same sentence (see the class comment). */
    boolean weakerButTrue(LabelledCriterion predicted, LabelledCriterion label) {
        if (predicted.type() != label.type() || predicted.exclusion() != label.exclusion()
                || predicted.key() == null || label.key() == null || predicted.key().equals(label.key())) {
            return false;
        }
        String wide = label.exclusion() ? label.key() : predicted.key();
        String narrow = label.exclusion() ? predicted.key() : label.key();
        return switch (label.type()) {
            case DIAGNOSIS -> conceptAncestors(narrow).contains(wide)
                    || (!label.exclusion() && wide.equals(bucketOf(narrow)));
            case BIOMARKER -> biomarkerAncestors(narrow).contains(wide);
            default -> false;
        };
    }

    /** Every concept above this one, or nothing if it is no concept id. */
    Set<String> conceptAncestors(String conceptId) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(parents(conceptId));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (seen.add(id)) {
                queue.addAll(parents(id));
            }
        }
        return seen;
    }

    /** BUCKET:LIQUID or BUCKET:SOLID for a cancer concept, null for anything else. */
    String bucketOf(String conceptId) {
        Set<String> above = conceptAncestors(conceptId);
        above.add(conceptId);
        if (LIQUID_ROOTS.stream().anyMatch(above::contains)) {
            return "BUCKET:LIQUID";
        }
        return above.contains(CANCER) ? "BUCKET:SOLID" : null;
    }

    private List<String> parents(String conceptId) {
        return concepts.get(conceptId).map(Concept::parents).orElse(List.of());
    }

    private Set<String> biomarkerAncestors(String key) {
        try {
            Set<BiomarkerKey> all = biomarkers.withAncestors(List.of(BiomarkerKey.of(key)));
            Set<String> names = new HashSet<>();
            all.forEach(k -> names.add(k.toString()));
            names.remove(key);
            return names;
        } catch (IllegalArgumentException notAKey) {
            return Set.of();
        }
    }

    private static boolean isRange(LabelledCriterion c) {
        return c.type() == CriterionType.AGE || c.type() == CriterionType.ECOG
                || (c.type() == CriterionType.PRIOR_THERAPY && "LINES".equals(c.key()));
    }

    /** An admitted or a kept-out interval; exclusion only when the kept-out part leaves no single interval. */
    private record Range(boolean exclusion, int lower, int upper) {
    }

    private static Range admitted(LabelledCriterion c) {
        int worst = c.type() == CriterionType.ECOG ? ECOG_WORST : OPEN;
        int lower = c.lower() == null ? 0 : c.lower();
        int upper = c.upper() == null ? worst : c.upper();
        if (!c.exclusion()) {
            return new Range(false, lower, upper);
        }
        if (lower <= 0 && upper >= worst) {
            return null; // keeps everyone out: no range a label could mean
        }
        if (lower <= 0) {
            return new Range(false, upper + 1, worst);
        }
        if (upper >= worst) {
            return new Range(false, 0, lower - 1);
        }
        return new Range(true, lower, upper);
    }

    private static boolean near(int a, int b, int slack) {
        if (a == OPEN || b == OPEN) {
            return a == b;
        }
        return Math.abs((long) a - b) <= slack;
    }
}
