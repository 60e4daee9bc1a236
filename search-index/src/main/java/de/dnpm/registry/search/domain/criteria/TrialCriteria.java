package de.dnpm.registry.search.domain.criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * All criteria read out of one trial, and the version of the extractor that read them (a newer extractor reads the
 * stored texts again). {@link #encode()} gives the compact text the database and the index store; {@link #decode}
 * reads it back.
 */
public record TrialCriteria(int extractorVersion, List<TrialCriterion> criteria) {

    public static final TrialCriteria NONE = new TrialCriteria(0, List.of());

    private static final char FIELD = '\t';
    private static final char RECORD = '\n';

    public TrialCriteria {
        criteria = List.copyOf(criteria);
    }

    public List<TrialCriterion> ofType(CriterionType type) {
        return criteria.stream().filter(c -> c.type() == type).toList();
    }

    /**
     * One line per criterion, tab-separated: type, I/E, key, lower, upper, evidence; tabs, newlines and backslashes of
     * the evidence escaped. The first line is the extractor version.
     */
    public String encode() {
        StringBuilder text = new StringBuilder().append(extractorVersion);
        for (TrialCriterion c : criteria) {
            text.append(RECORD).append(c.type().name()).append(FIELD).append(c.exclusion() ? 'E' : 'I')
                    .append(FIELD).append(escape(c.key())).append(FIELD).append(c.lower() == null ? "" : c.lower())
                    .append(FIELD).append(c.upper() == null ? "" : c.upper()).append(FIELD).append(escape(c.evidence()));
        }
        return text.toString();
    }

    /** Reads what {@link #encode()} wrote; null or blank text is {@link #NONE}. */
    public static TrialCriteria decode(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] lines = text.split("\n", -1);
        List<TrialCriterion> criteria = new ArrayList<>(lines.length - 1);
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException("not an encoded criterion (line " + i + ")");
            }
            criteria.add(new TrialCriterion(CriterionType.valueOf(f[0]), f[1].equals("E"), unescape(f[2]),
                    f[3].isEmpty() ? null : Integer.valueOf(f[3]), f[4].isEmpty() ? null : Integer.valueOf(f[4]),
                    unescape(f[5])));
        }
        return new TrialCriteria(Integer.parseInt(lines[0].strip()), criteria);
    }

    private static String escape(String value) {
        if (value == null) {
            return "\\0";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        if (value.equals("\\0")) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
