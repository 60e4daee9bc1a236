package de.dnpm.registry.domain;

/**
 * A coded intervention, e.g. a MeSH term ClinicalTrials.gov derives from the intervention names ("osimertinib" for
 * "AZD9291"). The registry derives these for the study's interventions together, not for one of them.
 */
public class InterventionCode {
    private final String system;
    private final String code;
    private final String term;

    public InterventionCode(String system, String code, String term) {
        this.system = system;
        this.code = code;
        this.term = term;
    }

    public String getSystem() {
        return system;
    }

    public String getCode() {
        return code;
    }

    public String getTerm() {
        return term;
    }
}
