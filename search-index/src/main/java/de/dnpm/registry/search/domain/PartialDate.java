package de.dnpm.registry.search.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Registry dates as ISO text, often partial: a day ("2024-09-15"), a month ("2024-09") or a year ("2024"). */
public final class PartialDate {

    private PartialDate() {
    }

    /** The first day of an ISO date, month or year ("2024-09" → 2024-09-01); empty when it is none of these. */
    public static Optional<LocalDate> firstDay(String isoDate) {
        return parse(isoDate, false);
    }

    /** The last day of an ISO date, month or year ("2024-09" → 2024-09-30). */
    public static Optional<LocalDate> lastDay(String isoDate) {
        return parse(isoDate, true);
    }

    private static Optional<LocalDate> parse(String value, boolean last) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String date = value.strip();
        try {
            return switch (date.length()) {
                case 10 -> Optional.of(LocalDate.parse(date));
                case 7 -> {
                    YearMonth month = YearMonth.parse(date);
                    yield Optional.of(last ? month.atEndOfMonth() : month.atDay(1));
                }
                case 4 -> {
                    int year = Integer.parseInt(date);
                    yield Optional.of(last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
                }
                default -> Optional.empty();
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
