package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.Age;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an age limit as the registries write it ("18 Years", "6 Months", "1 Day", "N/A") into an {@link Age}
 * normalised to days: 365.25 days a year, 30.4375 a month, 7 a week; hours and minutes count as fractions of a day.
 */
public final class AgeParser {

    private static final Pattern AGE = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(years?|months?|weeks?|days?|hours?|minutes?)", Pattern.CASE_INSENSITIVE);

    private AgeParser() {
    }

    /** The age, or null where the source gives none ("N/A", blank) or writes something this parser cannot read. */
    public static Age parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = AGE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        double amount = Double.parseDouble(m.group(1).replace(',', '.'));
        double days = amount * daysPerUnit(m.group(2).toLowerCase(Locale.ROOT));
        return new Age(text.strip(), roundHalfDown(days));
    }

    private static double daysPerUnit(String unit) {
        return switch (unit.charAt(0) == 'm' ? unit.substring(0, 2) : unit.substring(0, 1)) {
            case "y" -> 365.25;
            case "mo" -> 30.4375;
            case "w" -> 7;
            case "d" -> 1;
            case "h" -> 1.0 / 24;
            case "mi" -> 1.0 / (24 * 60);
            default -> throw new IllegalArgumentException(unit);
        };
    }

    /*
     * Nearest day; an exact half (only whole years of the form 4k+2, e.g. 18 Years = 6574.5) rounds down, so that
     * "18 Years" is 6574 days as the Age contract states, and every year count is treated alike.
     */
    private static int roundHalfDown(double days) {
        return (int) Math.ceil(days - 0.5);
    }
}
