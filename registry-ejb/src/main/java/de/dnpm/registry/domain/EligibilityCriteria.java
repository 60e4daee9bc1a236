package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who may take part. Ages are kept as written and in days (365.25 per year, 30.4375 per month) so that limits in
 * different units compare; null means no limit.
 */
@Embeddable
public class EligibilityCriteria {
    @Column(name = "criteria")
    private String criteria;
    @Column(name = "minimum_age_text", length = 50)
    private String minimumAgeText;
    @Column(name = "minimum_age_days")
    private Integer minimumAgeDays;
    @Column(name = "maximum_age_text", length = 50)
    private String maximumAgeText;
    @Column(name = "maximum_age_days")
    private Integer maximumAgeDays;
    @Column(name = "sex", length = 10)
    private String sex;
    @Column(name = "healthy_volunteers")
    private Boolean healthyVolunteers;

    protected EligibilityCriteria() {
    }

    public EligibilityCriteria(String criteria, String minimumAgeText, Integer minimumAgeDays, String maximumAgeText,
                               Integer maximumAgeDays, String sex, Boolean healthyVolunteers) {
        this.criteria = criteria;
        this.minimumAgeText = minimumAgeText;
        this.minimumAgeDays = minimumAgeDays;
        this.maximumAgeText = maximumAgeText;
        this.maximumAgeDays = maximumAgeDays;
        this.sex = sex;
        this.healthyVolunteers = healthyVolunteers;
    }

    public String getCriteria() {
        return criteria;
    }

    public String getMinimumAgeText() {
        return minimumAgeText;
    }

    public Integer getMinimumAgeDays() {
        return minimumAgeDays;
    }

    public String getMaximumAgeText() {
        return maximumAgeText;
    }

    public Integer getMaximumAgeDays() {
        return maximumAgeDays;
    }

    public String getSex() {
        return sex;
    }

    public Boolean getHealthyVolunteers() {
        return healthyVolunteers;
    }
}
