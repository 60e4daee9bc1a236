package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.ctgov.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ICTRP free text as plain text: the export carries the registries' HTML line breaks ({@code <br>}, {@code <br />},
 * entity-encoded in the XML as {@code &lt;br&gt;}) and carriage returns ({@code &#x0D;}), paragraph tags from NL-OMON,
 * and CT.gov's indentation (FORMATS.md §4, "Quirks"). Lines and their relative indentation are kept.
 */
final class IctrpText {

    private static final Pattern BREAK = Pattern.compile("\r?<br\\s*/?>\r?|\r\n?|</?p>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile(";|\n");

    private IctrpText() {
    }

    /** The text with breaks as line ends, trailing blanks and common indentation removed; null if blank. */
    static String plain(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return TextBlock.normalise(BREAK.matcher(raw).replaceAll("\n"));
    }

    /** A one-line value (a name, a code, a date): breaks and runs of blanks as one space; null if blank. */
    static String value(String raw) {
        String text = plain(raw);
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }

    /** A ';'- or line-separated list ("Austria;Germany", conditions), items stripped of list dashes, blanks left out. */
    static List<String> items(String raw) {
        String text = plain(raw);
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String item : LIST_SEPARATOR.split(text)) {
            String t = item.strip();
            if (t.startsWith("-")) {
                t = t.substring(1).strip();
            }
            if (!t.isEmpty() && !items.contains(t)) {
                items.add(t);
            }
        }
        return items;
    }
}
