package de.dnpm.registry.search.domain.matching;

import java.util.Set;

/**
 * Every reason code a {@link CriterionCheck} can carry: the interfaces show {@code match.reason.<code>} from their
 * resource bundles, with the patient's value as {0}; a test keeps this list, the assessor and the bundles in step.
 */
public final class CheckReasons {

    public static final Set<String> ALL = Set.of(
            "unknown.notInProfile",
            "age.met", "age.below", "age.above", "age.excluded",
            "sex.met", "sex.other", "sex.excluded",
            "ecog.met", "ecog.below", "ecog.above", "ecog.excluded",
            "diagnosis.met", "diagnosis.bucket", "diagnosis.other", "diagnosis.unknown", "diagnosis.moreSpecific",
            "diagnosis.alternativeMet", "diagnosis.alternativeOpen", "diagnosis.excluded", "diagnosis.excluded.other",
            "biomarker.required.variant", "biomarker.required.gene", "biomarker.required.absent",
            "biomarker.required.otherVariant", "biomarker.alternativeMet", "biomarker.alternativeOpen",
            "biomarker.alternativeNotMet", "biomarker.excluded.present", "biomarker.excluded.absent",
            "biomarker.notTested",
            "brainMetastases.required.present", "brainMetastases.required.absent", "brainMetastases.excluded.any",
            "brainMetastases.excluded.active", "brainMetastases.excluded.untreated",
            "brainMetastases.excluded.symptomatic", "brainMetastases.excluded.none",
            "priorTherapy.required.received", "priorTherapy.required.notReceived", "priorTherapy.forbidden.received",
            "priorTherapy.forbidden.notReceived", "priorTherapy.unrecognised", "priorTherapy.lines.met",
            "priorTherapy.lines.below", "priorTherapy.lines.above");

    private CheckReasons() {
    }
}
