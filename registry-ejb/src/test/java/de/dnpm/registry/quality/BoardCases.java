package de.dnpm.registry.quality;

import de.dnpm.registry.search.domain.matching.PatientProfile;
import de.dnpm.registry.search.domain.matching.PatientProfile.Biomarker;
import de.dnpm.registry.search.domain.matching.PatientProfile.BrainMetastases;
import de.dnpm.registry.search.domain.matching.PatientProfile.Diagnosis;
import de.dnpm.registry.search.domain.matching.PatientProfile.PriorTherapy;
import de.dnpm.registry.search.domain.matching.PatientProfile.Score;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Our board cases (made-up patients, {@code quality/board-cases/}): one profile per JSON file under {@code cases/},
 * judged trials in {@code judgments.tsv} (case, NCT, grade, reason; README says how). For the text rankers each case
 * is rendered as the sentence a board member would type into the portal's "describe the patient" box.
 */
record BoardCases(TopicSet set, Map<String, PatientProfile> profilesByText) {

    static BoardCases read(Path folder) throws IOException {
        Map<String, String> topics = new LinkedHashMap<>();
        Map<String, PatientProfile> byText = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder.resolve("cases"))) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            PatientProfile profile = profile(file);
            String text = sentence(profile);
            topics.put(profile.caseId(), text);
            byText.put(text, profile);
        }
        Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(folder.resolve("judgments.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            if (cells.length >= 3) {
                judgments.computeIfAbsent(cells[0], c -> new LinkedHashMap<>())
                        .put(cells[1], Integer.parseInt(cells[2]));
            }
        }
        return new BoardCases(new TopicSet("Board cases (ours)", true, false, topics, judgments), byText);
    }

    BoardCases within(java.util.Set<String> corpus) {
        return new BoardCases(set.within(corpus), profilesByText);
    }

    static PatientProfile profile(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader reader = Json.createReader(in)) {
            JsonObject o = reader.readObject();
            JsonObject d = o.getJsonObject("diagnosis");
            JsonObject b = o.containsKey("brainMetastases") && !o.isNull("brainMetastases")
                    ? o.getJsonObject("brainMetastases") : null;
            return new PatientProfile(o.getString("caseId"), integer(o, "age"), string(o, "sex"),
                    d == null ? null : new Diagnosis(string(d, "text"), string(d, "oncotree"), string(d, "icd10")),
                    string(o, "stage"), integer(o, "ecog"),
                    list(o, "biomarkers", m -> new Biomarker(string(m, "gene"), string(m, "alteration"),
                            string(m, "marker"), string(m, "value"))),
                    list(o, "priorTherapies", t -> new PriorTherapy(string(t, "drug"), string(t, "regimen"),
                            integer(t, "line"), string(t, "response"))),
                    b == null ? null : new BrainMetastases(bool(b, "present"), bool(b, "treated"),
                            bool(b, "symptomatic"), string(b, "note")),
                    list(o, "scores", s -> new Score(string(s, "name"), string(s, "value"))),
                    string(o, "postalCode"), integer(o, "maxDistanceKm"), string(o, "note"));
        }
    }

    /**
     * The case as a board member would describe it in German: "67-jähriger Patient mit …, Stadium IV. Befunde: KRAS
     * G12C, PD-L1 TPS 60 %. Vortherapien: 1. Linie … (Progress). ECOG 1. Hirnmetastasen, behandelt.", then the
     * profile's free note ("Nicht fit für eine intensive Induktion.").
     */
    static String sentence(PatientProfile p) {
        StringBuilder s = new StringBuilder();
        boolean female = "female".equals(p.sex());
        if (p.age() != null) {
            s.append(p.age()).append(female ? "-jährige Patientin" : "-jähriger Patient");
        } else {
            s.append(female ? "Patientin" : "Patient");
        }
        if (p.diagnosis() != null && p.diagnosis().text() != null) {
            s.append(" mit ").append(p.diagnosis().text());
        }
        if (p.stage() != null) {
            s.append(", Stadium ").append(p.stage());
        }
        s.append('.');
        List<String> markers = new ArrayList<>();
        for (Biomarker m : p.biomarkers()) {
            markers.add(m.gene() != null ? m.gene() + " " + m.alteration() : m.marker() + " " + m.value());
        }
        if (!markers.isEmpty()) {
            s.append(" Befunde: ").append(String.join(", ", markers)).append('.');
        }
        List<String> lines = new ArrayList<>();
        for (PriorTherapy t : p.priorTherapies()) {
            String what = t.regimen() != null ? t.regimen() : t.drug();
            lines.add((t.line() == null ? "" : t.line() + ". Linie ") + what
                    + (t.response() == null ? "" : " (" + t.response() + ")"));
        }
        s.append(lines.isEmpty() ? " Keine Vortherapie." : " Vortherapien: " + String.join("; ", lines) + ".");
        if (p.ecog() != null) {
            s.append(" ECOG ").append(p.ecog()).append('.');
        }
        BrainMetastases brain = p.brainMetastases();
        if (brain != null && brain.present() != null) {
            if (!brain.present()) {
                s.append(" Keine Hirnmetastasen.");
            } else {
                s.append(" Hirnmetastasen").append(Boolean.TRUE.equals(brain.treated()) ? ", behandelt"
                        : Boolean.FALSE.equals(brain.treated()) ? ", unbehandelt" : "")
                        .append(Boolean.TRUE.equals(brain.symptomatic()) ? ", symptomatisch"
                                : Boolean.FALSE.equals(brain.symptomatic()) ? ", asymptomatisch" : "").append('.');
            }
        }
        if (p.note() != null) {
            s.append(' ').append(p.note());
        }
        return s.toString();
    }

    private static String string(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key).getValueType() == JsonValue.ValueType.STRING ? o.getString(key) : null;
    }

    private static Integer integer(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key).getValueType() == JsonValue.ValueType.NUMBER ? o.getInt(key) : null;
    }

    private static Boolean bool(JsonObject o, String key) {
        if (!o.containsKey(key)) {
            return null;
        }
        return switch (o.get(key).getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static <T> List<T> list(JsonObject o, String key, Function<JsonObject, T> element) {
        if (!o.containsKey(key) || o.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        JsonArray array = o.getJsonArray(key);
        return array.getValuesAs(JsonObject.class).stream().map(element).toList();
    }
}
