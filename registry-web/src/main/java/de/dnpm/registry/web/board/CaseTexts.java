package de.dnpm.registry.web.board;

import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.search.domain.matching.CriterionCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Words for the coded values the board pages show: verdicts, tiers, criterion statuses and types, reasons
 * ({@code match.reason.<code>}, ASSESS's keys), case states and audit actions, dates in the page's language. The
 * status is always a word, never only a colour.
 */
@Named
@RequestScoped
public class CaseTexts {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public String verdict(Object verdict) {
        return verdict == null ? "" : PageOutcome.text("board.verdict." + verdict);
    }

    public String tier(Object tier) {
        return tier == null ? "" : PageOutcome.text("board.tier." + tier);
    }

    public String status(Object status) {
        return status == null ? "" : PageOutcome.text("board.criterion.status." + status);
    }

    public String state(Object state) {
        return state == null ? "" : PageOutcome.text("board.state." + state);
    }

    public String action(Object action) {
        return action == null ? "" : PageOutcome.text("board.action." + action);
    }

    /** "Inclusion: biomarker ALK FUSION" or "Exclusion: brain metastases (active)" (CriterionWording). */
    public String criterion(CriterionCheck check) {
        return CriterionWording.name(check.criterion(), PageOutcome::text);
    }

    public String reason(CriterionCheck check) {
        // ASSESS's texts are MessageFormat patterns with the patient's value as {0}
        return check.reason() == null ? "" : PageOutcome.text("match.reason." + check.reason(),
                check.patientValue() == null ? "" : check.patientValue());
    }

    public String site(MatchResult.NearestRecruitingSite site) {
        if (site == null) {
            return PageOutcome.text("board.site.none");
        }
        return PageOutcome.text("board.site.format", site.facility(), site.town() == null ? "" : site.town(),
                String.format(locale(), "%.1f", site.distanceKm()));
    }

    public String score(double score) {
        return String.format(locale(), "%.2f", score);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(instant.atZone(BERLIN));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(instant.atZone(BERLIN));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
