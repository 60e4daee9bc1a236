package de.dnpm.registry.web;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Readable, localised texts for coded and raw study values: code labels from the {@code messages} bundle
 * ("status.RECRUITING"), partial ISO dates, registry age limits ("18 Years") and English country names. Plain Java over
 * one bundle and locale, so it is tested without a server; the {@link Labels} bean hands it the view's bundle.
 */
public final class LabelTexts {

    private static final Pattern AGE = Pattern.compile(
            "(?i)^\\s*(\\d{1,4})\\s*(year|month|week|day|hour|minute)s?\\s*$");

    private final ResourceBundle bundle;
    private final Locale locale;

    public LabelTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The label of a code in a vocabulary ("status", "phase", "studyType", "interventionType", "sex", "role",
     * "scheme", "outcome", "enrollmentType"); an unknown code is shown as words ("ENROLLING_BY_INVITATION" →
     * "Enrolling by invitation") rather than as a missing-key marker.
     */
    public String code(String vocabulary, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = vocabulary + "." + code;
        return bundle.containsKey(key) ? bundle.getString(key) : words(code);
    }

    public String phases(List<String> phases) {
        if (phases == null) {
            return "";
        }
        return phases.stream().filter(Objects::nonNull).map(p -> code("phase", p)).collect(Collectors.joining(" / "));
    }

    public String country(String codeOrName) {
        return codeOrName == null ? "" : CountryNames.localized(codeOrName, locale);
    }

    /**
     * "2026-09-15" as a medium date of the locale, "2026-09" as month and year, "2026" unchanged, anything else as
     * is.
     */
    public String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return switch (iso.length()) {
                case 10 -> LocalDate.parse(iso).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale));
                case 7 -> YearMonth.parse(iso).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
                default -> iso;
            };
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** One age limit as written by the registry ("18 Years") in the reader's language ("18 Jahre"). */
    public String age(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Matcher m = AGE.matcher(text);
        if (!m.matches()) {
            return text.strip();
        }
        String key = "age." + m.group(2).toLowerCase(Locale.ROOT);
        return bundle.containsKey(key) ? format(key, Integer.parseInt(m.group(1))) : text.strip();
    }

    /** "18 years and older", "18 to 75 years", "up to 17 years" or "no age limit". */
    public String ageRange(String minimum, String maximum) {
        boolean hasMin = minimum != null && !minimum.isBlank() && !isNone(minimum);
        boolean hasMax = maximum != null && !maximum.isBlank() && !isNone(maximum);
        if (hasMin && hasMax) {
            return format("age.range", age(minimum), age(maximum));
        }
        if (hasMin) {
            return format("age.from", age(minimum));
        }
        if (hasMax) {
            return format("age.upTo", age(maximum));
        }
        return bundle.getString("age.any");
    }

    public String yesNo(Boolean value) {
        return value == null ? bundle.getString("value.notStated") : bundle.getString(value ? "value.yes" : "value.no");
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Legacy records write "N/A" for "no limit". */
    private static boolean isNone(String age) {
        String a = age.strip();
        return a.equalsIgnoreCase("N/A") || a.equalsIgnoreCase("none");
    }

    static String words(String code) {
        String spaced = code.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? code : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
