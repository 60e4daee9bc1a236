package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.criteria.EligibilityText;
import de.dnpm.registry.search.domain.criteria.EligibilityTextParser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every eligibility text of the bundled API v2 sample, as the study page will show it. */
class EligibilityTextParserSampleTest {

    @Test
    void splitsNearlyEverySampleRecordIntoInclusionAndExclusion() throws IOException {
        List<String> criteria = sampleCriteria();
        int both = 0;
        for (String text : criteria) {
            EligibilityText parsed = EligibilityTextParser.parse(text);
            assertFalse(parsed.isEmpty(), text);
            List<EligibilityText.Kind> kinds = parsed.sections().stream().map(EligibilityText.Section::kind).toList();
            if (kinds.contains(EligibilityText.Kind.INCLUSION) && kinds.contains(EligibilityText.Kind.EXCLUSION)) {
                both++;
            }
            parsed.sections().forEach(section -> section.blocks().forEach(block -> {
                if (block.isList()) {
                    block.items().forEach(item -> assertFalse(item.text().isBlank(), text));
                }
            }));
        }
        assertTrue(criteria.size() > 500, "sample records: " + criteria.size());
        assertTrue(both >= criteria.size() * 95 / 100, both + " of " + criteria.size());
    }

    @Test
    void leavesNoMarkdownEscapesInTheSample() throws IOException {
        for (String text : sampleCriteria()) {
            EligibilityText parsed = EligibilityTextParser.parse(text);
            parsed.sections().forEach(section -> section.blocks().forEach(block -> {
                String shown = block.isList() ? block.items().toString() : block.paragraph();
                assertFalse(shown.contains("\\>") || shown.contains("\\<") || shown.contains("\\["), shown);
            }));
        }
        assertEquals("a >= b [c]", EligibilityTextParser.unescapeMarkdown("a \\>= b \\[c\\]"));
    }

    /** The eligibilityCriteria of every study in the JSON files listed in sample-data/files.txt. */
    private static List<String> sampleCriteria() throws IOException {
        List<String> criteria = new ArrayList<>();
        for (String file : resourceLines("sample-data/files.txt")) {
            if (!file.endsWith(".json")) {
                continue;
            }
            try (InputStream in = resource("sample-data/" + file); JsonReader reader = Json.createReader(in)) {
                JsonValue root = reader.readValue();
                for (JsonValue study : studies(root)) {
                    JsonObject eligibility = study.asJsonObject().getJsonObject("protocolSection") == null ? null
                            : study.asJsonObject().getJsonObject("protocolSection").getJsonObject("eligibilityModule");
                    if (eligibility != null && eligibility.containsKey("eligibilityCriteria")) {
                        criteria.add(eligibility.getString("eligibilityCriteria"));
                    }
                }
            }
        }
        return criteria;
    }

    private static List<JsonValue> studies(JsonValue root) {
        if (root.getValueType() == JsonValue.ValueType.ARRAY) {
            return root.asJsonArray();
        }
        JsonObject object = root.asJsonObject();
        return object.containsKey("studies") ? object.getJsonArray("studies") : List.of(object);
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EligibilityTextParserSampleTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }
}
