package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A coded condition, e.g. the MeSH term ClinicalTrials.gov derives from the free-text conditions. */
@Embeddable
public class ConditionCode {
    @Column(name = "code_system", length = 50)
    private String system;
    @Column(length = 50)
    private String code;
    @Column(length = 1000)
    private String term;

    protected ConditionCode() {
    }

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
