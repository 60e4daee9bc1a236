package de.dnpm.registry.search.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Eligibility criteria as registries write them, cut into criteria that each know whether they include or exclude:
 * "Inclusion Criteria:" / "Exclusion Criteria:" (CT.gov, also "Key …", "INCLUSION CRITERIA", "- Exclusion criteria
 * for cohort 2:"), "Einschlusskriterien" / "Ausschlusskriterien" (DRKS), "You will not be eligible for this study if
 * you:". Text before any heading includes. A criterion is a bullet or a line; lines the legacy XML wrapped at 80
 * characters are joined again.
 */
public final class CriteriaSections {

    /** One criterion and the section it stands in. */
    public record Criterion(String text, boolean exclusion) {
    }

    private static final Pattern BULLET = Pattern.compile(
            "^(?:[-*•·‣▪◦o]|\\\\?-|\\(?\\d{1,3}(?:\\.\\d{1,2})*\\\\?[.)]|\\(?[a-zA-Z]\\\\?[.)]|\\([ivx]{1,4}\\))\\s+");
    private static final Pattern HEADING = Pattern.compile("(?i)^(?:(?:key|main|major|general|principal|additional"
            + "|other|specific|further|patient|participant|disease[- ]specific|study|trial|wichtigste|weitere"
            + "|allgemeine|spezifische)\\s+)*(inclusion|exclusion|einschluss|ausschluss)"
            + "(?:\\s*-?\\s*(?:criteria|criterion|kriterien|kriterium))?(?=[\\s:(]|$)(.*)$");
    private static final Pattern NOT_ELIGIBLE_IF = Pattern.compile(
            "(?i)^.{0,60}\\b(?:not be eligible|not eligible|ineligible|excluded from (?:the|this) (?:study|trial)"
                    + "|nicht teilnehmen|ausgeschlossen)\\b.{0,40}:$");
    private static final Pattern ELIGIBLE_IF = Pattern.compile(
            "(?i)^.{0,60}\\b(?:may be eligible|are eligible|be eligible|can participate|teilnehmen)\\b.{0,40}:$");
    private static final int MAX_HEADING = 90;

    private CriteriaSections() {
    }

    /** The criteria of a text, in order; null gives none. */
    public static List<Criterion> criteria(String eligibility) {
        List<Criterion> criteria = new ArrayList<>();
        if (eligibility == null) {
            return criteria;
        }
        boolean exclusion = false;
        StringBuilder current = new StringBuilder();
        for (String rawLine : eligibility.split("\\r?\\n|\\r")) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                flush(current, exclusion, criteria);
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            boolean bulleted = bullet.find();
            String content = bulleted ? line.substring(bullet.end()).strip() : line;
            Boolean heading = heading(content);
            if (heading != null) {
                flush(current, exclusion, criteria);
                exclusion = heading;
                String rest = afterHeadingColon(content);
                if (!rest.isEmpty()) {
                    current.append(rest);
                }
                continue;
            }
            // a line the legacy XML wrapped: no bullet, and the line before did not end its sentence
            boolean continues = !bulleted && !current.isEmpty()
                    && ".;:!?".indexOf(current.charAt(current.length() - 1)) < 0;
            if (!continues) {
                flush(current, exclusion, criteria);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(content);
        }
        flush(current, exclusion, criteria);
        return criteria;
    }

    /** True for an exclusion heading, false for an inclusion heading, null for a criterion. */
    private static Boolean heading(String content) {
        if (content.length() > MAX_HEADING) {
            return null;
        }
        String lowerContent = content.toLowerCase(Locale.ROOT);
        boolean sectionWord = lowerContent.contains("inclusion") || lowerContent.contains("exclusion")
                || lowerContent.contains("einschluss") || lowerContent.contains("ausschluss");
        Matcher matcher = HEADING.matcher(content);
        if (sectionWord && matcher.find()) {
            String rest = matcher.group(2).strip();
            String lower = content.toLowerCase(Locale.ROOT);
            boolean both = (lower.contains("inclusion") || lower.contains("einschluss"))
                    && (lower.contains("exclusion") || lower.contains("ausschluss"));
            boolean headingLike = rest.isEmpty() || rest.startsWith(":") || content.endsWith(":")
                    || rest.startsWith("(") || rest.toLowerCase(Locale.ROOT).startsWith("for ");
            if (!both && headingLike) {
                String kind = matcher.group(1).toLowerCase(Locale.ROOT);
                return kind.equals("exclusion") || kind.equals("ausschluss");
            }
            return null;
        }
        if (!content.endsWith(":")) {
            return null; // both patterns below end in a colon
        }
        if (NOT_ELIGIBLE_IF.matcher(content).matches()) {
            return true;
        }
        return ELIGIBLE_IF.matcher(content).matches() ? false : null;
    }

    // "Exclusion: Patients with …" holds a criterion after its colon
    private static String afterHeadingColon(String content) {
        int colon = content.indexOf(':');
        return colon < 0 ? "" : content.substring(colon + 1).strip();
    }

    private static void flush(StringBuilder current, boolean exclusion, List<Criterion> criteria) {
        if (!current.isEmpty()) {
            criteria.add(new Criterion(current.toString(), exclusion));
            current.setLength(0);
        }
    }
}
