package de.dnpm.registry.search.domain.criteria;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-labelled test sets beside this class: criteria sentences ({@value #SENTENCES}) and condition lists
 * ({@value #CONDITIONS}) of real records, each with the criteria a person read in it.
 */
final class LabelledRows {

    static final String SENTENCES = "/de/dnpm/registry/search/criteria/labelled-criteria.tsv";
    static final String CONDITIONS = "/de/dnpm/registry/search/criteria/labelled-conditions.tsv";

    /** A criterion sentence under its section; {@code german} when the note starts "de;" (a DRKS German text). */
    record Sentence(int line, String record, boolean exclusionSection, String text, List<LabelledCriterion> expected,
                    String note) {

        boolean german() {
            return note.startsWith("de;");
        }

        /** The sentence as a registry record would hold it: a bullet under its section's heading, nothing else. */
        TrialEligibility asTrial() {
            String bullet = "\n- " + text;
            if (german()) {
                String heading = exclusionSection ? "Ausschlusskriterien:" : "Einschlusskriterien:";
                return new TrialEligibility(null, null, null, null, null, null, null, null, List.of(heading + bullet));
            }
            String heading = exclusionSection ? "Exclusion Criteria:" : "Inclusion Criteria:";
            return new TrialEligibility(null, null, null, null, null, null, null, heading + bullet, null);
        }
    }

    /** A record's conditions as the registry lists them. */
    record Conditions(int line, String record, List<String> conditions, List<LabelledCriterion> expected,
                      String note) {

        TrialEligibility asTrial() {
            return new TrialEligibility(null, conditions, null, null, null, null, null, null, null);
        }
    }

    private LabelledRows() {
    }

    static List<Sentence> sentences() throws IOException {
        List<Sentence> rows = new ArrayList<>();
        for (Line line : lines(SENTENCES, 5)) {
            String[] f = line.fields();
            if (!f[1].equals("I") && !f[1].equals("E")) {
                throw new IllegalArgumentException(SENTENCES + ":" + line.number() + ": section is I or E");
            }
            rows.add(new Sentence(line.number(), f[0], f[1].equals("E"), f[2], parse(line, f[3]), f[4]));
        }
        return rows;
    }

    static List<Conditions> conditions() throws IOException {
        List<Conditions> rows = new ArrayList<>();
        for (Line line : lines(CONDITIONS, 4)) {
            String[] f = line.fields();
            rows.add(new Conditions(line.number(), f[0], List.of(f[1].split("\\|")), parse(line, f[2]), f[3]));
        }
        return rows;
    }

    private static List<LabelledCriterion> parse(Line line, String expected) {
        try {
            return LabelledCriterion.parseAll(expected);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + line.number() + ": " + e.getMessage(), e);
        }
    }

    private record Line(int number, String[] fields) {
    }

    /** Rows after the header; "#" lines are comments. A row with another number of fields is an error. */
    private static List<Line> lines(String resource, int columns) throws IOException {
        InputStream in = LabelledRows.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            boolean header = true;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.startsWith("#") || text.isBlank()) {
                    continue;
                }
                String[] fields = text.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalArgumentException(resource + ":" + number + ": " + fields.length
                            + " fields, not " + columns);
                }
                if (header) {
                    header = false;
                    continue;
                }
                lines.add(new Line(number, fields));
            }
        }
        return lines;
    }
}
