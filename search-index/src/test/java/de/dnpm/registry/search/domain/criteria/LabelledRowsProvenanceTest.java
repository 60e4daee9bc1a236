package de.dnpm.registry.search.domain.criteria;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The labelled rows are real: every sentence stands in the record it names, every condition list is that record's,
 * in the shared data (ClinicalTrials.gov v2 JSON and legacy XML, DRKS JSON). Compared on letters and digits only, so
 * JSON and XML escapes and the legacy XML's line wrapping do not matter.
 */
class LabelledRowsProvenanceTest {

    private static final Path DATA = Path.of(System.getProperty("shared.data", "../../shared/data"));
    private static final Pattern STUDY = Pattern.compile("\"protocolSection\"\\s*:");
    private static final Pattern NCT_ID = Pattern.compile("\"nctId\"\\s*:\\s*\"(NCT\\d{8})\"");
    /** JSON escapes: a "\\n" must not leave an "n" between two words. */
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|(.))");
    /** XML character references: the legacy XML ends its lines with "&#xD;". */
    private static final Pattern XML_REFERENCE = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    /** Each record's text, letters and digits only, lower case. */
    private static final Map<String, String> records = new HashMap<>();

    @BeforeAll
    static void readRecords() throws IOException {
        assumeTrue(Files.isDirectory(DATA.resolve("ctgov")), "shared data absent: " + DATA);
        try (Stream<Path> files = Files.walk(DATA.resolve("ctgov/ctgov-xml"))) {
            for (Path xml : files.filter(p -> p.getFileName().toString().matches("NCT\\d{8}\\.xml")).toList()) {
                records.put(xml.getFileName().toString().replace(".xml", ""), normal(xmlText(Files.readString(xml))));
            }
        }
        try (Stream<Path> files = Files.walk(DATA.resolve("ctgov/ctgov-v2-json"))) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                splitByStudy(jsonText(Files.readString(json, StandardCharsets.UTF_8)));
            }
        }
        Path drks = DATA.resolve("drks/drks-json/IMISE-DRKS2FHIR/DRKS_trial-DRKS00038775.json");
        records.put("DRKS00038775", normal(jsonText(Files.readString(drks, StandardCharsets.UTF_8))));
    }

    /**
     * A v2 study object starts with its protocol section, whose first id is the study's own (later "nctId"s can be
     * other studies': aliases, references): the study's text runs to the next protocol section.
     */
    private static void splitByStudy(String json) {
        Matcher m = STUDY.matcher(json);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        for (int i = 0; i < starts.size(); i++) {
            String study = json.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : json.length());
            Matcher id = NCT_ID.matcher(study);
            if (id.find()) {
                records.merge(id.group(1), normal(study), String::concat);
            }
        }
    }

    @Test
    void everyLabelledSentenceStandsInItsRecord() throws IOException {
        List<String> absent = new ArrayList<>();
        for (LabelledRows.Sentence row : LabelledRows.sentences()) {
            String record = records.getOrDefault(row.record(), "");
            if (!record.contains(normal(row.text()))) {
                absent.add("line " + row.line() + " " + row.record());
            }
        }
        assertEquals(List.of(), absent);
    }

    @Test
    void everyLabelledConditionListIsItsRecords() throws IOException {
        List<String> absent = new ArrayList<>();
        for (LabelledRows.Conditions row : LabelledRows.conditions()) {
            String record = records.getOrDefault(row.record(), "");
            for (String condition : row.conditions()) {
                if (!record.contains(normal(condition))) {
                    absent.add("line " + row.line() + " " + row.record() + ": " + condition);
                }
            }
        }
        assertEquals(List.of(), absent);
    }

    private static String jsonText(String json) {
        return JSON_ESCAPE.matcher(json).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null
                ? String.valueOf((char) Integer.parseInt(m.group(1), 16)) : m.group(2).matches("[nrtbf]") ? " "
                : m.group(2)));
    }

    private static String xmlText(String xml) {
        String text = XML_REFERENCE.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(Character.toString(
                Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** Letters and digits only, lower case. */
    private static String normal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
