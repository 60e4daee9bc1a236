package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks every criterion of a trial against a patient's facts and ranks the trial: pure, thread-safe. The rules per
 * criterion type are in {@link CriterionChecks}; here the alternatives are joined, and verdict, tier and score made.
 *
 * <p>Alternatives: a trial's DIAGNOSIS inclusions are one requirement (any listed condition will do; a bucket the
 * extractor derived from the conditions is implied by them, not an alternative); its BIOMARKER
 * inclusions naming the same marker are one requirement ("EGFR exon 19 deletion or L858R"), and so are those read from
 * one sentence that offers a choice ("ALK or ROS1 rearrangement"); in such a group a key that a more specific one
 * implies ("EGFR" beside "EGFR:L858R") is no alternative of its own. Every member of such a group is
 * shown with the group's status. Score: the share of inclusion requirements (a group counts once) that are met, unknown
 * counting against, minus {@link #PENALTY} for each violated inclusion requirement and each exclusion that applies.
 */
public final class TrialAssessor {

    /** What one violated inclusion or one applying exclusion costs in the score. */
    public static final double PENALTY = 0.25;

    private static final int NONE = 0;
    private static final int DIAGNOSIS_GROUP = -1;

    public TrialAssessment assess(PatientFacts patient, TrialCriteria trial) {
        List<TrialCriterion> criteria = trial.criteria();
        int n = criteria.size();
        CriterionStatus[] status = new CriterionStatus[n];
        String[] reason = new String[n];
        String[] value = new String[n];
        boolean variantMet = false;
        boolean geneMet = false;
        boolean typeMet = false;
        boolean bucketMet = false;
        for (int i = 0; i < n; i++) {
            TrialCriterion c = criteria.get(i);
            CriterionChecks.Outcome o = CriterionChecks.check(patient, c);
            status[i] = o.status();
            reason[i] = o.reason();
            value[i] = o.patientValue();
        }
        int[] group = groups(criteria);
        CriterionStatus[] groupStatus = groupStatuses(criteria, group, status);
        int units = 0;
        int metUnits = 0;
        int violations = 0;
        boolean[] counted = new boolean[n];
        boolean allMet = n > 0;
        boolean anyViolated = false;
        List<CriterionCheck> checks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TrialCriterion c = criteria.get(i);
            CriterionStatus s = status[i];
            String r = reason[i];
            if (group[i] != NONE) {
                CriterionStatus g = groupStatus[i];
                if (g != s) {
                    r = switch (g) {
                        case MET -> prefix(c) + ".alternativeMet";
                        case UNKNOWN -> prefix(c) + ".alternativeOpen";
                        case NOT_MET -> c.type() == CriterionType.DIAGNOSIS ? "diagnosis.other"
                                : s == CriterionStatus.MET ? "biomarker.required.otherVariant"
                                : "biomarker.alternativeNotMet";
                    };
                    s = g;
                }
                if (!counted[i]) {
                    for (int j = i; j < n; j++) {
                        if (group[j] == group[i]) {
                            counted[j] = true;
                        }
                    }
                    units++;
                    metUnits += s == CriterionStatus.MET ? 1 : 0;
                    violations += s == CriterionStatus.NOT_MET ? 1 : 0;
                }
            } else if (!c.exclusion()) {
                units++;
                metUnits += s == CriterionStatus.MET ? 1 : 0;
                violations += s == CriterionStatus.NOT_MET ? 1 : 0;
            } else {
                violations += s == CriterionStatus.NOT_MET ? 1 : 0;
            }
            if (!c.exclusion() && s == CriterionStatus.MET && status[i] == CriterionStatus.MET && c.key() != null) {
                if (c.type() == CriterionType.BIOMARKER) {
                    variantMet |= c.key().indexOf(':') > 0;
                    geneMet |= c.key().indexOf(':') < 0;
                } else if (c.type() == CriterionType.DIAGNOSIS) {
                    bucketMet |= c.key().startsWith("BUCKET:");
                    typeMet |= !c.key().startsWith("BUCKET:");
                }
            }
            allMet &= s == CriterionStatus.MET;
            anyViolated |= s == CriterionStatus.NOT_MET;
            checks.add(new CriterionCheck(c, s, r, value[i]));
        }
        Verdict verdict = anyViolated ? Verdict.NOT_ELIGIBLE : allMet ? Verdict.ELIGIBLE : Verdict.POSSIBLY_ELIGIBLE;
        double share = units == 0 ? 0 : (double) metUnits / units;
        return new TrialAssessment(verdict, tier(variantMet, geneMet, typeMet, bucketMet), share - PENALTY * violations,
                checks);
    }

    private static String prefix(TrialCriterion c) {
        return c.type() == CriterionType.DIAGNOSIS ? "diagnosis" : "biomarker";
    }

    /**
     * The tier: a biomarker inclusion met at variant level before one met at gene level, and within both the exact
     * tumour type before the bucket. A biomarker trial that names no diagnosis (or none the patient's is known to
     * fit) takes any tumour and ranks with the bucket.
     */
    static MatchTier tier(boolean variant, boolean gene, boolean type, boolean bucket) {
        if (variant) {
            return type ? MatchTier.VARIANT_AND_TYPE : MatchTier.VARIANT_AND_BUCKET;
        }
        if (gene) {
            return type ? MatchTier.GENE_AND_TYPE : MatchTier.GENE_AND_BUCKET;
        }
        return type ? MatchTier.TYPE : bucket ? MatchTier.BUCKET : MatchTier.OTHER;
    }

    /**
     * A group number per criterion ({@link #NONE} for one standing alone): all DIAGNOSIS inclusions form one group;
     * BIOMARKER inclusions are joined when they name the same marker or come from one sentence offering a choice, and
     * joining is transitive (EGFR:L858R, "EGFR or ALK", ALK:FUSION are one group).
     */
    private static int[] groups(List<TrialCriterion> criteria) {
        int n = criteria.size();
        int[] group = new int[n];
        int next = 1;
        for (int i = 0; i < n; i++) {
            TrialCriterion c = criteria.get(i);
            if (c.exclusion() || c.key() == null) {
                continue;
            }
            if (c.type() == CriterionType.DIAGNOSIS) {
                group[i] = DIAGNOSIS_GROUP;
            } else if (c.type() == CriterionType.BIOMARKER) {
                if (group[i] == NONE) {
                    group[i] = next++;
                }
                for (int j = i + 1; j < n; j++) {
                    TrialCriterion o = criteria.get(j);
                    if (o.exclusion() || o.type() != CriterionType.BIOMARKER || o.key() == null
                            || !(sameMarker(c.key(), o.key()) || sameChoice(c.evidence(), o.evidence()))) {
                        continue;
                    }
                    if (group[j] == NONE) {
                        group[j] = group[i];
                    } else if (group[j] != group[i]) {
                        int old = group[j];
                        for (int k = 0; k < n; k++) {
                            group[k] = group[k] == old ? group[i] : group[k];
                        }
                    }
                }
            }
        }
        return group;
    }

    /**
     * The status of each criterion's group: MET if any alternative is met, else UNKNOWN if any is unknown, else
     * NOT_MET. A member implied by a more specific member of its group ("EGFR" beside "EGFR:L858R") is not an
     * alternative: the specific requirement decides.
     */
    private static CriterionStatus[] groupStatuses(List<TrialCriterion> criteria, int[] group,
                                                   CriterionStatus[] status) {
        int n = criteria.size();
        CriterionStatus[] result = new CriterionStatus[n];
        for (int i = 0; i < n; i++) {
            if (group[i] == NONE || result[i] != null) {
                continue;
            }
            CriterionStatus best = null;
            for (int j = i; j < n; j++) {
                if (group[j] != group[i] || isImplied(criteria, group, j)) {
                    continue;
                }
                best = better(best, status[j]);
            }
            for (int j = i; j < n; j++) {
                if (group[j] == group[i]) {
                    result[j] = best == null ? status[j] : best;
                }
            }
        }
        return result;
    }

    private static boolean isImplied(List<TrialCriterion> criteria, int[] group, int member) {
        String key = criteria.get(member).key();
        if (criteria.get(member).type() == CriterionType.DIAGNOSIS) {
            return key.startsWith("BUCKET:") && !namesBucket(criteria.get(member).evidence())
                    && hasConcept(criteria, group, member);
        }
        for (int k = 0; k < criteria.size(); k++) {
            String other = criteria.get(k).key();
            if (k != member && group[k] == group[member] && other.length() > key.length() && other.startsWith(key)
                    && (other.charAt(key.length()) == ':' || key.indexOf(':') > 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The extractor adds the bucket of a cancer trial's diseases as a criterion of its own, for candidate retrieval;
     * such a bucket (its evidence is a disease's, "condition: Non-small Cell Lung Cancer") is implied by the diseases
     * and must not let every solid tumour in. A bucket the trial states itself ("advanced solid tumours") is an
     * alternative like any disease: a basket trial takes any solid tumour.
     */
    private static boolean namesBucket(String evidence) {
        return containsIgnoreCase(evidence, "solid") || containsIgnoreCase(evidence, "hematolog")
                || containsIgnoreCase(evidence, "haematolog") || containsIgnoreCase(evidence, "hämatolog");
    }

    private static boolean hasConcept(List<TrialCriterion> criteria, int[] group, int member) {
        for (int k = 0; k < criteria.size(); k++) {
            if (group[k] == group[member] && !criteria.get(k).key().startsWith("BUCKET:")) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    private static CriterionStatus better(CriterionStatus a, CriterionStatus b) {
        if (a == null) {
            return b;
        }
        if (a == CriterionStatus.MET || b == CriterionStatus.MET) {
            return CriterionStatus.MET;
        }
        return a == CriterionStatus.UNKNOWN || b == CriterionStatus.UNKNOWN ? CriterionStatus.UNKNOWN
                : CriterionStatus.NOT_MET;
    }

    /**
     * Two biomarker requirements read from one sentence that offers a choice ("ALK or ROS1 rearrangement", "EGFR-mutiert
     * oder ALK-positiv") are alternatives. Plain substring tests: this runs for every candidate trial.
     */
    private static boolean sameChoice(String a, String b) {
        return !a.isEmpty() && a.equals(b) && (a.contains(" or ") || a.contains(" oder ") || a.contains(" either "));
    }

    private static boolean sameMarker(String a, String b) {
        int ea = a.indexOf(':');
        int eb = b.indexOf(':');
        int la = ea < 0 ? a.length() : ea;
        int lb = eb < 0 ? b.length() : eb;
        return la == lb && a.regionMatches(0, b, 0, la);
    }
}
