package de.dnpm.registry.web;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A study's coded facts in words a patient understands, in the reader's language from the {@code messages} bundle:
 * who may take part by age, how long the study runs, what its phase and status mean. Plain Java over one bundle,
 * locale and day, so it is tested without a server.
 */
public final class PlainLanguage {

    /* the importer's units (AgeParser): "18 Years" is stored as 6574 days */
    private static final double DAYS_PER_YEAR = 365.25;
    private static final double DAYS_PER_MONTH = 30.4375;
    private static final int ADULT_YEARS = 18;

    private final ResourceBundle bundle;
    private final Locale locale;
    private final LocalDate today;

    public PlainLanguage(ResourceBundle bundle, Locale locale, LocalDate today) {
        this.bundle = bundle;
        this.locale = locale;
        this.today = today;
    }

    /**
     * The ages that may take part, in whole years (months below two years, as paediatric trials write them):
     * "18 to 75 years old", "18 years and older", "up to 17 years old", "any age". Limits in days, null: none.
     */
    public String ageRange(Integer minimumDays, Integer maximumDays) {
        boolean hasMinimum = minimumDays != null && minimumDays > 0;
        if (hasMinimum && maximumDays != null) {
            return format("patient.age.range." + unit(minimumDays) + "." + unit(maximumDays), amount(minimumDays),
                    amount(maximumDays));
        }
        if (hasMinimum) {
            return format("patient.age.from." + unit(minimumDays), amount(minimumDays));
        }
        if (maximumDays != null) {
            return format("patient.age.upTo." + unit(maximumDays), amount(maximumDays));
        }
        return text("patient.age.any");
    }

    /** Whether the study takes adults, children, or both ("Adults only", "Children and adults"). */
    public String ageGroup(Integer minimumDays, Integer maximumDays) {
        boolean takesChildren = minimumDays == null || years(minimumDays) < ADULT_YEARS;
        boolean takesAdults = maximumDays == null || years(maximumDays) >= ADULT_YEARS;
        if (takesChildren && takesAdults) {
            return text("patient.ageGroup.all");
        }
        return text(takesAdults ? "patient.ageGroup.adults" : "patient.ageGroup.children");
    }

    /**
     * How long the study runs from {@code start} to {@code end} (ISO dates, possibly "2026-09" or "2026"): "about 3
     * years", "about 8 months", "less than a month"; empty when either date is missing or unreadable.
     */
    public Optional<String> duration(String start, String end) {
        Optional<YearMonth> from = month(start);
        Optional<YearMonth> to = month(end);
        if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
            return Optional.empty();
        }
        long months = ChronoUnit.MONTHS.between(from.get(), to.get());
        if (months < 1) {
            return Optional.of(text("patient.duration.lessThanMonth"));
        }
        if (months < 24) {
            return Optional.of(format("patient.duration.months", months));
        }
        return Optional.of(format("patient.duration.years", Math.round(months / 12.0)));
    }

    /** Whether a date lies ahead: the completion of a running study is an expectation, not a fact. */
    public boolean isAhead(String isoDate) {
        return month(isoDate).map(month -> month.isAfter(YearMonth.from(today))).orElse(false);
    }

    /** What the phases mean, one sentence each ("Phase 2: the treatment is tested on a larger group ..."). */
    public List<String> phases(List<String> phases) {
        return phases.stream().filter(phase -> bundle.containsKey("patient.phase." + phase))
                .map(phase -> text("patient.phase." + phase)).toList();
    }

    /** What the recruitment status means for a patient ("The study is looking for participants now"). */
    public String status(String status) {
        String key = "patient.status." + status;
        return status != null && bundle.containsKey(key) ? text(key) : text("patient.status.other");
    }

    /** A kind of intervention in plain words ("A medicine", "An operation or other procedure"). */
    public String interventionType(String type) {
        String key = "patient.interventionType." + type;
        return type != null && bundle.containsKey(key) ? text(key) : text("patient.interventionType.OTHER");
    }

    /** Who may take part by sex ("Women and men", "Only women"). */
    public String sex(String sex) {
        String key = "patient.sex." + sex;
        return sex != null && bundle.containsKey(key) ? text(key) : text("patient.sex.ALL");
    }

    /** Whether healthy people may take part; empty when the registry does not say. */
    public Optional<String> healthyVolunteers(Boolean accepted) {
        return accepted == null ? Optional.empty()
                : Optional.of(text(accepted ? "patient.healthyVolunteers.yes" : "patient.healthyVolunteers.no"));
    }

    /* below two years paediatric limits read better in months ("6 months", not "0 years") */
    private static String unit(int days) {
        return days < 2 * DAYS_PER_YEAR - 1 ? "months" : "years";
    }

    private static long amount(int days) {
        return days < 2 * DAYS_PER_YEAR - 1 ? months(days) : years(days);
    }

    private static long years(int days) {
        return Math.round(days / DAYS_PER_YEAR);
    }

    private static long months(int days) {
        return Math.round(days / DAYS_PER_MONTH);
    }

    private static Optional<YearMonth> month(String iso) {
        if (iso == null || iso.length() < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (iso.length()) {
                case 4 -> YearMonth.of(Integer.parseInt(iso), 7); // a year alone: its middle
                case 7 -> YearMonth.parse(iso);
                default -> YearMonth.from(LocalDate.parse(iso.substring(0, 10)));
            });
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
