package de.dnpm.registry.domain;

/** A primary, secondary or other outcome measure. */
public class OutcomeMeasure {
    private final String kind;
    private final String measure;
    private final String description;
    private final String timeFrame;

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
