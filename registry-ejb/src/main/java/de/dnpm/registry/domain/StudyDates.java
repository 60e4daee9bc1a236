package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The key dates of a study as ISO text; registries often give only year and month ("2026-09"). */
@Embeddable
public class StudyDates {
    @Column(name = "start_date", length = 20)
    private String startDate;
    @Column(name = "primary_completion_date", length = 20)
    private String primaryCompletionDate;
    @Column(name = "completion_date", length = 20)
    private String completionDate;
    @Column(name = "first_posted", length = 20)
    private String firstPosted;
    @Column(name = "last_update", length = 20)
    private String lastUpdate;

    protected StudyDates() {
    }

    public StudyDates(String startDate, String primaryCompletionDate, String completionDate, String firstPosted,
                      String lastUpdate) {
        this.startDate = startDate;
        this.primaryCompletionDate = primaryCompletionDate;
        this.completionDate = completionDate;
        this.firstPosted = firstPosted;
        this.lastUpdate = lastUpdate;
    }

    public String getStartDate() {
        return startDate;
    }

    public String getPrimaryCompletionDate() {
        return primaryCompletionDate;
    }

    public String getCompletionDate() {
        return completionDate;
    }

    public String getFirstPosted() {
        return firstPosted;
    }

    public String getLastUpdate() {
        return lastUpdate;
    }
}
