package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.StudyDetail;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ResearchStudy.condition: one CodeableConcept per condition the registry names, with the codings the study has for it
 * (MeSH from ClinicalTrials.gov, ICD-10 and Orphanet from DRKS, ICD-10 from ICTRP). A code is matched to a named
 * condition by its term; a code whose term names no condition is a concept of its own.
 */
final class FhirConditions {

    private FhirConditions() {
    }

    static JsonArrayBuilder of(StudyDetail study) {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        for (String condition : study.conditions()) {
            FhirValues.text(condition).ifPresent(text -> concepts.putIfAbsent(key(text), new Concept(text)));
        }
        for (StudyDetail.ConditionCode code : study.conditionCodes()) {
            Optional<String> term = FhirValues.text(code.term());
            Optional<String> value = FhirValues.text(code.code());
            Optional<String> system = FhirVocabulary.codeSystem(code.system());
            if (term.isEmpty() && value.isEmpty()) {
                continue;
            }
            Concept concept = concepts.computeIfAbsent(key(term.or(() -> value).orElseThrow()),
                    k -> new Concept(term.orElse(null)));
            if (value.isPresent() && system.isPresent()) {
                JsonObjectBuilder coding = FhirValues.JSON.createObjectBuilder().add("system", system.get())
                        .add("code", value.get());
                term.ifPresent(display -> coding.add("display", display));
                concept.codings.add(coding.build());
            }
        }
        JsonArrayBuilder conditions = FhirValues.JSON.createArrayBuilder();
        concepts.values().stream().filter(Concept::meaningful).forEach(c -> conditions.add(c.toJson()));
        return conditions;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static final class Concept {
        private final String text;
        private final List<JsonObject> codings = new ArrayList<>();

        Concept(String text) {
            this.text = text;
        }

        boolean meaningful() {
            return text != null || !codings.isEmpty();
        }

        JsonObjectBuilder toJson() {
            JsonObjectBuilder concept = FhirValues.JSON.createObjectBuilder();
            if (!codings.isEmpty()) {
                JsonArrayBuilder coding = FhirValues.JSON.createArrayBuilder();
                codings.forEach(coding::add);
                concept.add("coding", coding);
            }
            if (text != null) {
                concept.add("text", text);
            }
            return concept;
        }
    }
}
