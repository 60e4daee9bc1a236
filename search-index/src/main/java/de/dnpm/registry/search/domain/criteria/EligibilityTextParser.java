package de.dnpm.registry.search.domain.criteria;

import de.dnpm.registry.search.domain.criteria.EligibilityText.Block;
import de.dnpm.registry.search.domain.criteria.EligibilityText.Item;
import de.dnpm.registry.search.domain.criteria.EligibilityText.Kind;
import de.dnpm.registry.search.domain.criteria.EligibilityText.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a registry's free-text eligibility criteria into sections and lists. Two shapes occur in ClinicalTrials.gov
 * data: API v2 text is Markdown ("Inclusion Criteria:", items "* " or "1. ", nesting by indentation, punctuation
 * escaped as {@code \>}); the legacy XML text block uses "-  " bullets, hard-wraps lines at about 90 columns and
 * indents continuation lines under the item text. Text that fits neither is kept as paragraphs. Plain Java, no markup
 * is produced: the view escapes every string.
 */
public final class EligibilityTextParser {

    /** Deeper lists are flattened into the third level; the registries rarely go beyond two. */
    static final int MAX_DEPTH = 3;

    /** A line of at least this length that is followed by more text without a blank line is taken as hard-wrapped. */
    private static final int WRAP_WIDTH = 60;

    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|~^=])");
    private static final Pattern BULLET = Pattern.compile(
            "^([*\\-•·+]|\\d{1,3}[.)]|\\(\\d{1,3}\\)|[a-zA-Z][.)]|\\([a-zA-Z]\\)|[ivxIVX]{1,5}[.)])\\s+(\\S.*)$");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^\\(?[0-9a-zA-Z]+[.)]$");
    private static final String QUALIFIER =
            "(?:(?:key|main|major|general|specific|additional|other|patient|subject|participant)s?\\s+)?";
    /**
     * "Inclusion Criteria:", "Key Exclusion Criteria (Part B):", "III.6 EXCLUSION CRITERIA", optionally with text after
     * the colon.
     */
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "(?i)^(?:[0-9IVX]+(?:\\.[0-9]+)*\\.?\\s+)?" + QUALIFIER
                    + "(inclusion|exclusion)(\\s+criteri(?:a|on)s?\\b[^:]{0,60})?\\s*(?::\\s*(.*))?$");
    /** PDQ-style headings of old records: "DISEASE CHARACTERISTICS:", "PRIOR CONCURRENT THERAPY:". */
    private static final Pattern CAPITAL_HEADING = Pattern.compile("^([A-Z][A-Z /&,()\\-]{2,58}):$");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("^[\\p{Punct}•·\\s]*$");

    private final List<Section> sections = new ArrayList<>();
    private Kind kind = Kind.OTHER;
    private String heading;
    private List<Block> blocks = new ArrayList<>();

    private StringBuilder paragraph;
    private int lastParagraphLineLength;
    private final List<Level> levels = new ArrayList<>();
    private boolean blankBefore;

    private EligibilityTextParser() {
    }

    /** Parses criteria text; null or blank text gives an empty result. */
    public static EligibilityText parse(String criteria) {
        EligibilityTextParser parser = new EligibilityTextParser();
        if (criteria != null) {
            String text = unescapeMarkdown(criteria.replace("\r\n", "\n").replace('\r', '\n'));
            for (String line : text.split("\n", -1)) {
                parser.line(line.replace("\t", "    ").stripTrailing());
            }
        }
        parser.closeSection();
        return new EligibilityText(parser.sections);
    }

    /** Removes Markdown's backslash escapes ("\>=" is ">="): ClinicalTrials.gov API v2 escapes punctuation in text. */
    public static String unescapeMarkdown(String text) {
        return text == null ? null : MARKDOWN_ESCAPE.matcher(text).replaceAll("$1");
    }

    private void line(String line) {
        if (line.isBlank()) {
            blankBefore = true;
            return;
        }
        int indent = indentation(line);
        content(line.substring(indent), indent);
        blankBefore = false;
    }

    private void content(String content, int indent) {
        if (ONLY_PUNCTUATION.matcher(content).matches()) {
            return;
        }
        Matcher bullet = BULLET.matcher(content);
        String headingCandidate = bullet.matches() ? bullet.group(2) : content;
        if (sectionHeading(headingCandidate.replace("**", "").replace("__", "").strip(), bullet.matches())) {
            return;
        }
        if (bullet.matches()) {
            item(indent, bullet.group(1), bullet.group(2));
        } else {
            text(content, indent);
        }
    }

    /** Starts a new section when the line is a heading; text after the heading's colon is read as a line of its own. */
    private boolean sectionHeading(String text, boolean isItem) {
        Matcher matcher = SECTION_HEADING.matcher(text);
        if (matcher.matches()) {
            String rest = matcher.group(3);
            // an item is a heading only when it holds nothing else ("* Inclusion Criteria:")
            if (!(isItem && rest != null && !rest.isBlank())) {
                String title = rest == null ? text : text.substring(0, text.indexOf(':'));
                Kind sectionKind = "inclusion".equalsIgnoreCase(matcher.group(1)) ? Kind.INCLUSION : Kind.EXCLUSION;
                startSection(sectionKind, title.strip());
                if (rest != null && !rest.isBlank()) {
                    content(rest.strip(), 0);
                }
                return true;
            }
        }
        Matcher capital = CAPITAL_HEADING.matcher(text);
        if (!isItem && capital.matches()) {
            startSection(Kind.OTHER, capital.group(1).strip());
            return true;
        }
        return false;
    }

    private void item(int indent, String marker, String text) {
        closeParagraph();
        boolean ordered = ORDERED_MARKER.matcher(marker).matches();
        if (levels.isEmpty()) {
            levels.add(new Level(indent, new ArrayList<>(), ordered));
        } else {
            while (levels.size() > 1 && indent <= levels.getLast().indent - 2) {
                levels.removeLast();
            }
            Level top = levels.getLast();
            if (indent >= top.indent + 2 && !top.items.isEmpty()) {
                if (levels.size() < MAX_DEPTH) {
                    MutableItem owner = top.items.getLast();
                    owner.childrenOrdered = ordered;
                    levels.add(new Level(indent, owner.children, ordered));
                }
            }
        }
        levels.getLast().items.add(new MutableItem(text.strip()));
    }

    private void text(String content, int indent) {
        MutableItem item = continuedItem(indent);
        if (item != null) {
            item.text.append(blankBefore ? "\n" : " ").append(content.strip());
            return;
        }
        closeList();
        if (paragraph != null && !blankBefore) {
            paragraph.append(lastParagraphLineLength >= WRAP_WIDTH ? " " : "\n").append(content.strip());
        } else {
            closeParagraph();
            paragraph = new StringBuilder(content.strip());
        }
        lastParagraphLineLength = indent + content.length();
    }

    /** The open item a text line continues: the deepest whose bullet sits left of the line (a wrapped line). */
    private MutableItem continuedItem(int indent) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            Level level = levels.get(i);
            if (!level.items.isEmpty() && indent > level.indent) {
                return level.items.getLast();
            }
        }
        return null;
    }

    private void startSection(Kind newKind, String newHeading) {
        closeSection();
        kind = newKind;
        heading = newHeading;
    }

    private void closeSection() {
        closeParagraph();
        closeList();
        if (!blocks.isEmpty()) {
            sections.add(new Section(kind, heading, blocks));
        }
        blocks = new ArrayList<>();
    }

    private void closeParagraph() {
        if (paragraph != null) {
            blocks.add(Block.paragraph(paragraph.toString()));
            paragraph = null;
        }
    }

    private void closeList() {
        if (!levels.isEmpty()) {
            Level root = levels.getFirst();
            blocks.add(new Block(null, root.items.stream().map(MutableItem::freeze).toList(), root.ordered));
            levels.clear();
        }
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** One open list: where its bullets sit, and the items collected so far. */
    private record Level(int indent, List<MutableItem> items, boolean ordered) {
    }

    private static final class MutableItem {
        final StringBuilder text;
        final List<MutableItem> children = new ArrayList<>();
        boolean childrenOrdered;

        MutableItem(String text) {
            this.text = new StringBuilder(text);
        }

        Item freeze() {
            return new Item(text.toString(), children.stream().map(MutableItem::freeze).toList(), childrenOrdered);
        }
    }
}
