package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.criteria.EligibilityText;
import java.util.ArrayList;
import java.util.List;

/**
 * The inclusion and exclusion criteria as two short lists for a patient: each criterion once, as the registry wrote
 * its top-level item or paragraph (sub-items stay with the full record). The patient view shows the first
 * {@value #SHOWN_FIRST} of each and the rest behind "show all".
 */
public record KeyCriteria(List<String> inclusion, List<String> exclusion) {

    /** How many criteria of each kind are shown before "show all": what a patient reads before deciding to ask. */
    public static final int SHOWN_FIRST = 6;

    public KeyCriteria {
        inclusion = List.copyOf(inclusion);
        exclusion = List.copyOf(exclusion);
    }

    public static KeyCriteria of(EligibilityText text) {
        return new KeyCriteria(criteria(text, EligibilityText.Kind.INCLUSION),
                criteria(text, EligibilityText.Kind.EXCLUSION));
    }

    public List<String> inclusionFirst() {
        return first(inclusion);
    }

    public List<String> inclusionRest() {
        return rest(inclusion);
    }

    public List<String> exclusionFirst() {
        return first(exclusion);
    }

    public List<String> exclusionRest() {
        return rest(exclusion);
    }

    public boolean isEmpty() {
        return inclusion.isEmpty() && exclusion.isEmpty();
    }

    private static List<String> criteria(EligibilityText text, EligibilityText.Kind kind) {
        List<String> criteria = new ArrayList<>();
        for (EligibilityText.Section section : text.sections()) {
            if (section.kind() != kind) {
                continue;
            }
            for (EligibilityText.Block block : section.blocks()) {
                if (block.isList()) {
                    block.items().stream().map(EligibilityText.Item::text).filter(t -> t != null && !t.isBlank())
                            .forEach(criteria::add);
                } else if (block.paragraph() != null && !block.paragraph().isBlank()) {
                    criteria.add(block.paragraph());
                }
            }
        }
        return criteria;
    }

    private static List<String> first(List<String> criteria) {
        return criteria.subList(0, Math.min(SHOWN_FIRST, criteria.size()));
    }

    private static List<String> rest(List<String> criteria) {
        return criteria.size() <= SHOWN_FIRST ? List.of() : criteria.subList(SHOWN_FIRST, criteria.size());
    }
}
