package de.dnpm.registry.domain;

/** A coded condition, e.g. the MeSH term ClinicalTrials.gov derives from the free-text conditions. */
public class ConditionCode {
    private final String system;
    private final String code;
    private final String term;

    public ConditionCode(String system, String code, String term) {
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
