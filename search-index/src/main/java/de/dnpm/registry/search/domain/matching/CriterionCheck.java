package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.criteria.TrialCriterion;

/**
 * One criterion of a trial checked against a patient: its status and a reason code (a resource-bundle key suffix the
 * interfaces translate, e.g. "biomarker.required.missing"), with the patient's value it was compared with where there
 * is one. The evidence sentence is {@code criterion().evidence()}.
 */
public record CriterionCheck(TrialCriterion criterion, CriterionStatus status, String reason, String patientValue) {
}
