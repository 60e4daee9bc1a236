package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/** A primary, secondary or other outcome measure. */
@Embeddable
public class OutcomeMeasure {
    @Column(name = "outcome_kind", length = 20)
    private String kind;
    @Lob
    private String measure;
    @Lob
    private String description;
    @Lob
    private String timeFrame;

    protected OutcomeMeasure() {
    }

    public OutcomeMeasure(String kind, String measure, String description, String timeFrame) {
        this.kind = kind;
        this.measure = measure;
        this.description = description;
        this.timeFrame = timeFrame;
    }

    public String getKind() {
        return kind;
    }

    public String getMeasure() {
        return measure;
    }

    public String getDescription() {
        return description;
    }

    public String getTimeFrame() {
        return timeFrame;
    }
}
