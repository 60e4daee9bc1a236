package de.dnpm.registry.search.domain.criteria;

import java.io.Serializable;
import java.util.List;

/**
 * Eligibility criteria split into what a reader scans for: inclusion and exclusion sections, each a sequence of
 * paragraphs and (nested) lists. Built by {@link EligibilityTextParser}; the text stays plain and is escaped on output.
 */
public record EligibilityText(List<Section> sections) implements Serializable {

    public EligibilityText {
        sections = List.copyOf(sections);
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /**
     * What a section lists; OTHER is text before the first heading or under a heading of its own
     * ("DISEASE CHARACTERISTICS").
     */
    public enum Kind {
        INCLUSION, EXCLUSION, OTHER
    }

    /** One section; {@code heading} is the registry's own wording without the trailing colon, null for a preamble. */
    public record Section(Kind kind, String heading, List<Block> blocks) implements Serializable {
        public Section {
            blocks = List.copyOf(blocks);
        }

        /**
         * Whether the registry's heading says more than the section's kind ("Specific inclusion criteria for renal
         * transplant patients", not just "Inclusion Criteria"), so a view shows it beside its own label.
         */
        public boolean isOwnHeading() {
            return heading != null && (kind == Kind.OTHER
                    || !heading.strip().matches("(?i)(inclusion|exclusion)(\\s+criteria)?"));
        }
    }

    /** Either a paragraph ({@code items} empty) or a list ({@code paragraph} null). */
    public record Block(String paragraph, List<Item> items, boolean ordered) implements Serializable {
        public Block {
            items = List.copyOf(items);
        }

        public static Block paragraph(String text) {
            return new Block(text, List.of(), false);
        }

        public boolean isList() {
            return paragraph == null;
        }
    }

    /** A list item with its sub-items. */
    public record Item(String text, List<Item> children, boolean childrenOrdered) implements Serializable {
        public Item {
            children = List.copyOf(children);
        }
    }
}
