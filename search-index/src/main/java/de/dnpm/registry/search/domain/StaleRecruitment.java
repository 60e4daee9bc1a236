package de.dnpm.registry.search.domain;

import java.time.LocalDate;

/**
 * Whether a study that says it recruits (RECRUITING, NOT_YET_RECRUITING) probably no longer does: its record has not
 * been updated for {@value #YEARS_WITHOUT_UPDATE} years, or the date by which it meant to finish (primary completion,
 * else completion) has passed. Registries ask sponsors to update a recruiting study at least yearly; many never set
 * it to completed, and a patient should not call a study that ended years ago.
 */
public final class StaleRecruitment {

    public static final int YEARS_WITHOUT_UPDATE = 2;

    private StaleRecruitment() {
    }

    /**
     * {@code lastUpdate} and {@code completion} are ISO dates, possibly partial ("2024-09", "2024"); a partial
     * completion date counts from its last day, so a study due "2026-11" is not stale during November 2026.
     */
    public static boolean isStale(String status, String lastUpdate, String completion, LocalDate today) {
        if (!"RECRUITING".equals(status) && !"NOT_YET_RECRUITING".equals(status)) {
            return false;
        }
        boolean unmaintained = PartialDate.firstDay(lastUpdate)
                .map(updated -> updated.isBefore(today.minusYears(YEARS_WITHOUT_UPDATE))).orElse(false);
        boolean overdue = PartialDate.lastDay(completion).map(due -> due.isBefore(today)).orElse(false);
        return unmaintained || overdue;
    }
}
