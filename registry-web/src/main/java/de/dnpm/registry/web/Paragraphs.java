package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.criteria.EligibilityTextParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an imported free text (summary, description) into paragraphs at blank lines. Lines the legacy XML export
 * hard-wrapped are joined again; other line breaks stay and are shown by CSS ({@code white-space: pre-line}).
 */
public final class Paragraphs {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n");
    /** A line at least this long, followed by more text, was most likely wrapped by the export, not by the author. */
    private static final int WRAP_WIDTH = 60;
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([*\\-•]|\\d{1,3}[.)])\\s+.*");

    private Paragraphs() {
    }

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalised = EligibilityTextParser.unescapeMarkdown(text.replace("\r\n", "\n").replace('\r', '\n'));
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINES.split(normalised)) {
            String paragraph = joinWrappedLines(block);
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        return List.copyOf(paragraphs);
    }

    private static String joinWrappedLines(String block) {
        StringBuilder out = new StringBuilder();
        int previousLength = 0;
        for (String raw : block.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                boolean wrapped = previousLength >= WRAP_WIDTH && !LIST_ITEM.matcher(line).matches();
                out.append(wrapped ? ' ' : '\n');
            }
            out.append(line);
            previousLength = raw.stripTrailing().length();
        }
        return out.toString();
    }
}
