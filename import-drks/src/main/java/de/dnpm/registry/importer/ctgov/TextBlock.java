package de.dnpm.registry.importer.ctgov;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a legacy XML {@code <textblock>}: the export indents every line by the element depth and ends lines with
 * {@code &#xD;} + newline. We keep the author's lines and relative indentation (list items) but drop the common
 * indentation, trailing blanks and carriage returns.
 */
public final class TextBlock {

    private TextBlock() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        lines.replaceAll(String::stripTrailing);
        while (!lines.isEmpty() && lines.getFirst().isEmpty()) {
            lines.removeFirst();
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        if (lines.isEmpty()) {
            return null;
        }
        int indent = lines.stream().filter(l -> !l.isEmpty()).mapToInt(TextBlock::indentation).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line.isEmpty() ? line : line.substring(indent));
        }
        return out.toString();
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
