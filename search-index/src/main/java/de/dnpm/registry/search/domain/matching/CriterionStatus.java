package de.dnpm.registry.search.domain.matching;

/** How one trial criterion stands for one patient. */
public enum CriterionStatus {
    MET, NOT_MET, UNKNOWN
}
