package de.dnpm.registry.search.domain.criteria;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shared ClinicalTrials.gov corpus (API v2 JSON and legacy XML under {@code shared.data}) read into
 * {@link TrialEligibility} records the way the importer fills them: ages in days (365.25 a year), sex, conditions,
 * MeSH condition terms, title, keywords and the criteria text.
 */
final class CriteriaCorpus {

    static final Path DATA = Path.of(System.getProperty("shared.data", "../../shared/data"));
    private static final Pattern AGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(year|month|week|day|hour|minute)s?",
            Pattern.CASE_INSENSITIVE);

    record Record(String id, TrialEligibility trial) {
    }

    private CriteriaCorpus() {
    }

    static boolean present() {
        return Files.isDirectory(DATA.resolve("ctgov"));
    }

    static List<Record> all() throws Exception {
        List<Record> records = new ArrayList<>();
        records.addAll(json());
        records.addAll(xml());
        return records;
    }

    static List<Record> json() throws IOException {
        List<Record> records = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DATA.resolve("ctgov/ctgov-v2-json"))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
                JsonValue root = reader.readValue();
                for (JsonValue study : studies(root)) {
                    JsonObject protocol = study.asJsonObject().getJsonObject("protocolSection");
                    if (protocol == null || protocol.getJsonObject("eligibilityModule") == null) {
                        continue;
                    }
                    JsonObject e = protocol.getJsonObject("eligibilityModule");
                    JsonObject idm = protocol.getJsonObject("identificationModule");
                    JsonObject cm = protocol.getJsonObject("conditionsModule");
                    List<String> terms = new ArrayList<>();
                    JsonObject derived = study.asJsonObject().getJsonObject("derivedSection");
                    if (derived != null && derived.getJsonObject("conditionBrowseModule") != null
                            && derived.getJsonObject("conditionBrowseModule").getJsonArray("meshes") != null) {
                        for (JsonValue m : derived.getJsonObject("conditionBrowseModule").getJsonArray("meshes")) {
                            terms.add(m.asJsonObject().getString("term", ""));
                        }
                    }
                    TrialEligibility trial = new TrialEligibility(idm.getString("briefTitle", null),
                            strings(cm, "conditions"), terms, strings(cm, "keywords"),
                            days(e.getString("minimumAge", null)), days(e.getString("maximumAge", null)),
                            e.getString("sex", null), e.getString("eligibilityCriteria", null), List.of());
                    records.add(new Record(idm.getString("nctId"), trial));
                }
            }
        }
        return records;
    }

    static List<Record> xml() throws Exception {
        List<Record> records = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DATA.resolve("ctgov/ctgov-xml"))) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        for (Path file : files) {
            Document doc = builder.parse(file.toFile());
            Element root = doc.getDocumentElement();
            if (!root.getTagName().equals("clinical_study")) {
                continue;
            }
            Element eligibility = first(root, "eligibility");
            String criteria = null;
            String sex = null;
            Integer min = null;
            Integer max = null;
            if (eligibility != null) {
                Element c = first(eligibility, "criteria");
                criteria = c == null ? null : text(first(c, "textblock"));
                sex = text(first(eligibility, "gender"));
                min = days(text(first(eligibility, "minimum_age")));
                max = days(text(first(eligibility, "maximum_age")));
            }
            List<String> conditions = texts(root, "condition");
            List<String> keywords = texts(root, "keyword");
            Element browse = first(root, "condition_browse");
            List<String> terms = browse == null ? List.of() : texts(browse, "mesh_term");
            String id = text(first(first(root, "id_info"), "nct_id"));
            records.add(new Record(id, new TrialEligibility(text(first(root, "brief_title")), conditions, terms,
                    keywords, min, max, sex, criteria, List.of())));
        }
        return records;
    }

    private static List<JsonValue> studies(JsonValue root) {
        if (root.getValueType() == JsonValue.ValueType.ARRAY) {
            return root.asJsonArray();
        }
        JsonObject object = root.asJsonObject();
        return object.containsKey("studies") ? object.getJsonArray("studies") : List.of(object);
    }

    private static List<String> strings(JsonObject object, String name) {
        if (object == null || !(object.get(name) instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString()).toList();
    }

    static Integer days(String age) {
        if (age == null) {
            return null;
        }
        Matcher m = AGE.matcher(age);
        if (!m.find()) {
            return null;
        }
        double v = Double.parseDouble(m.group(1));
        double perUnit = switch (m.group(2).toLowerCase()) {
            case "year" -> 365.25;
            case "month" -> 30.4375;
            case "week" -> 7;
            case "day" -> 1;
            case "hour" -> 1.0 / 24;
            default -> 1.0 / 1440;
        };
        return (int) Math.floor(v * perUnit);
    }

    private static Element first(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> out = new ArrayList<>();
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e.getTextContent());
            }
        }
        return out;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }
}
