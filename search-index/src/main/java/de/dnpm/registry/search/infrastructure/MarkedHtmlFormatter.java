package de.dnpm.registry.search.infrastructure;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML whose only markup is {@code <mark>} around the matches: every character of
 * the (imported, untrusted) text is escaped, so a record saying {@code <script>} shows it as text. White space is
 * collapsed; a passage that does not start or end the text is marked with "…". Returns null when nothing matched.
 */
final class MarkedHtmlFormatter extends PassageFormatter {

    private static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        int end = 0;
        boolean marked = false;
        for (Passage passage : passages) {
            if (passage == null) {
                continue;
            }
            if (passage.getStartOffset() > end || (html.isEmpty() && passage.getStartOffset() > 0)) {
                html.append(html.isEmpty() ? "" : " ").append(ELLIPSIS).append(' ');
            }
            int cursor = Math.max(passage.getStartOffset(), end);
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], cursor);
                int matchEnd = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                if (matchEnd <= start) {
                    continue; // nested in, or overlapping, the match before
                }
                escape(content, cursor, start, html);
                html.append("<mark>");
                escape(content, start, matchEnd, html);
                html.append("</mark>");
                marked = true;
                cursor = matchEnd;
            }
            escape(content, cursor, passage.getEndOffset(), html);
            end = Math.max(end, passage.getEndOffset());
        }
        if (!marked) {
            return null;
        }
        if (!content.substring(Math.min(end, content.length())).isBlank()) {
            html.append(' ').append(ELLIPSIS);
        }
        return html.toString().strip();
    }

    /* HTML-escapes content[from, to) onto out, white space collapsed to single spaces. */
    static void escape(String content, int from, int to, StringBuilder out) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
    }
}
