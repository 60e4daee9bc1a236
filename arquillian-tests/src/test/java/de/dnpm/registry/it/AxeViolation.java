package de.dnpm.registry.it;

import java.util.List;
import java.util.Set;

/**
 * One rule axe-core found broken on a page: the rule's id, its impact (minor, moderate, serious, critical), axe's
 * one-line help with the address of the rule's explanation, and the CSS selectors of the offending elements.
 */
record AxeViolation(String rule, String impact, String help, String helpUrl, List<String> targets) {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    /** Serious and critical violations keep people out (no name on a control, unreadable contrast, …). */
    boolean blocking() {
        return BLOCKING_IMPACTS.contains(impact);
    }

    String describe() {
        return rule + " (" + impact + "): " + help + " [" + helpUrl + "] at " + String.join(" | ", targets);
    }
}
