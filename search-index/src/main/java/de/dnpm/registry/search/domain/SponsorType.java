package de.dnpm.registry.search.domain;

/**
 * Who leads a study, as a person searching tells sponsors apart: a company, a public body (the NIH, a ministry, a
 * national research agency), or a university, hospital, network or anyone else. ClinicalTrials.gov's lead sponsor
 * classes map onto these (INDUSTRY; NIH, FED, OTHER_GOV; OTHER, NETWORK, INDIV, ...).
 */
public enum SponsorType {
    INDUSTRY, GOVERNMENT, ACADEMIC_OTHER
}
