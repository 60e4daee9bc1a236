package de.dnpm.registry.rest.export;

/**
 * Keeps imported text from running as a spreadsheet formula (CSV or formula injection, OWASP): Excel and LibreOffice
 * evaluate a cell that starts with {@code = + - @} (and, after a tab or carriage return, whatever follows), so a
 * registry title like {@code =HYPERLINK(...)} would become a live link or worse. Such a cell gets a leading apostrophe,
 * which the spreadsheet shows as text and does not display.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    /** The value, with a leading apostrophe if a spreadsheet would read it as a formula; null stays null. */
    public static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
