package de.dnpm.registry.benchmark;

import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.importer.domain.RegistryId;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * SYNTHETIC data for benchmarks only: copies of a real registry file (DRKS JSON, DRKS CSV, WHO ICTRP XML or CSV) with
 * every registry id in it renumbered per copy, so that each copy's records are new trials while the ids inside one
 * copy still point at each other as in the real file (its cross-registrations link as they would). Titles stay real;
 * the ids give them away as synthetic: a copy's number is the real digits plus {@code copy × 7,777,777}, modulo the
 * digit count, which keeps the id's shape and maps the real ids of a copy one to one. Ids with fewer than six digits
 * are left as they are (their records then count as updates of one another).
 */
final class SyntheticRegistryCopies {

    private static final BigInteger STEP = BigInteger.valueOf(7_777_777);
    private static final int MIN_DIGITS = 6;

    private final String text;
    /** Where the ids occur in the text, in order, without overlaps (a longer id claims its span first). */
    private final List<int[]> spans = new ArrayList<>();

    private SyntheticRegistryCopies(String text, Set<String> ids) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        boolean[] claimed = new boolean[this.text.length()];
        // ids are in their normal form (upper case), the text as the registry wrote it ("ChiCTR…"); ASCII only, so
        // the lower-cased text has the same positions
        String folded = this.text.toLowerCase(java.util.Locale.ROOT);
        String lower = folded.length() == this.text.length() ? folded : this.text;
        List<String> longestFirst = ids.stream().map(id -> id.toLowerCase(java.util.Locale.ROOT)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String id : longestFirst) {
            for (int at = lower.indexOf(id); at >= 0; at = lower.indexOf(id, at + 1)) {
                if (!claimed[at] && !claimed[at + id.length() - 1]) {
                    java.util.Arrays.fill(claimed, at, at + id.length(), true);
                    spans.add(new int[]{at, at + id.length()});
                }
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
    }

    /** Reads the real file once, to learn every registry id its records carry. */
    static SyntheticRegistryCopies of(Path file) throws IOException {
        Set<String> ids = new TreeSet<>();
        new SourceFileReader().read(file, new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                record.trial().ids().stream().map(RegistryId::value)
                        .filter(id -> id.chars().filter(Character::isDigit).count() >= MIN_DIGITS).forEach(ids::add);
            }

            @Override
            public void reject(ImportProblem problem) {
            }

            @Override
            public void warn(ImportProblem problem) {
            }
        });
        return new SyntheticRegistryCopies(Files.readString(file, StandardCharsets.UTF_8), ids);
    }

    /** Copy {@code k} (k ≥ 1) of the whole file's text. */
    String copy(int k) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int[] span : spans) {
            out.append(text, from, span[0]).append(renumber(text.substring(span[0], span[1]), k));
            from = span[1];
        }
        return out.append(text, from, text.length()).toString();
    }

    static String renumber(String id, int k) {
        String digits = id.replaceAll("\\D", "");
        BigInteger modulus = BigInteger.TEN.pow(digits.length());
        String shifted = new BigInteger(digits).add(STEP.multiply(BigInteger.valueOf(k))).mod(modulus).toString();
        shifted = "0".repeat(digits.length() - shifted.length()) + shifted;
        StringBuilder out = new StringBuilder(id.length());
        int next = 0;
        for (char c : id.toCharArray()) {
            out.append(Character.isDigit(c) ? shifted.charAt(next++) : c);
        }
        return out.toString();
    }

    /** Copies {@code first} to {@code last} of a WHO ICTRP XML export in one export (one root element). */
    void writeIctrpXml(Path target, int first, int last) throws IOException {
        int start = text.indexOf("<Trial>");
        int end = text.lastIndexOf("</Trial>") + "</Trial>".length();
        try (var out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(text.substring(0, start));
            for (int k = first; k <= last; k++) {
                String copy = copy(k);
                out.write(copy.substring(copy.indexOf("<Trial>"), copy.lastIndexOf("</Trial>") + 8));
                out.write('\n');
            }
            out.write(text.substring(end));
        }
    }

    /** {@code copies} copies of a CSV file's rows under its header line (the first line). */
    void writeCsv(Path target, int copies) throws IOException {
        int headerEnd = text.indexOf('\n') + 1;
        try (var out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(text.substring(0, headerEnd));
            for (int k = 1; k <= copies; k++) {
                String copy = copy(k).substring(headerEnd);
                out.write(copy);
                if (!copy.endsWith("\n")) {
                    out.write("\r\n");
                }
            }
        }
    }

    /** {@code copies} copies of one DRKS trial object as a DRKS search export (a JSON array). */
    void writeDrksJsonArray(Path target, int copies) throws IOException {
        try (var out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write('[');
            for (int k = 1; k <= copies; k++) {
                out.write(k > 1 ? ",\n" : "\n");
                out.write(copy(k).strip());
            }
            out.write("\n]\n");
        }
    }
}
