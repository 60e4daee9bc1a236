package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.InvalidParameterException;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A patient's Bundle (mCODE / genomics-reporting style, as the CodeX trial-matching guide sends it) read into a
 * {@link PatientProfile}: Patient (gender; age from birthDate or an age extension), the first cancer Condition (its
 * ICD-10, OncoTree or SNOMED coding and text), Observations of genetic variants (LOINC 69548-6 with the gene 48018-6
 * and the variant 81252-9, 48004-6 or 48005-3 as components; "Absent" read as negative), ECOG (LOINC 89247-1) and
 * other markers (code and value as text), and prior therapies from MedicationStatement, MedicationAdministration or
 * MedicationRequest. Whatever is missing stays unknown. At most {@value #MAX_ENTRIES} entries.
 */
final class FhirPatientBundle {

    static final int MAX_ENTRIES = 500;

    static final String LOINC = "http://loinc.org";
    static final String VARIANT_ASSESSMENT = "69548-6";
    static final String GENE_STUDIED = "48018-6";
    static final String DISCRETE_VARIANT = "81252-9";
    static final String DNA_CHANGE = "48004-6";
    static final String AMINO_ACID_CHANGE = "48005-3";
    static final String ECOG = "89247-1";
    /* LOINC answers of 89247-1 (ECOG 0..5) and of presence (LA9633-4 Present, LA9634-2 Absent). */
    private static final Map<String, Integer> ECOG_ANSWERS = Map.of("LA9622-7", 0, "LA9623-5", 1, "LA9624-3", 2,
            "LA9625-0", 3, "LA9626-8", 4, "LA9627-6", 5);
    private static final String ABSENT = "LA9634-2";

    private FhirPatientBundle() {
    }

    static PatientProfile read(JsonObject bundle, LocalDate today) {
        JsonValue entries = bundle.get("entry");
        if (entries != null && !(entries instanceof JsonArray)) {
            throw new InvalidParameterException("subject: the Bundle's entry must be an array");
        }
        List<JsonObject> resources = new ArrayList<>();
        if (entries instanceof JsonArray array) {
            if (array.size() > MAX_ENTRIES) {
                throw new InvalidParameterException("subject: at most " + MAX_ENTRIES + " entries");
            }
            for (JsonValue entry : array) {
                if (entry instanceof JsonObject e && e.get("resource") instanceof JsonObject resource) {
                    resources.add(resource);
                }
            }
        }
        Integer age = null;
        String sex = null;
        PatientProfile.Diagnosis diagnosis = null;
        Integer ecog = null;
        List<PatientProfile.Biomarker> biomarkers = new ArrayList<>();
        List<PatientProfile.PriorTherapy> therapies = new ArrayList<>();
        for (JsonObject resource : resources) {
            switch (resource.getString("resourceType", "")) {
                case "Patient" -> {
                    sex = switch (resource.getString("gender", "")) {
                        case "female" -> "female";
                        case "male" -> "male";
                        default -> null;
                    };
                    age = age(resource, today);
                }
                case "Condition" -> {
                    if (diagnosis == null) {
                        diagnosis = diagnosis(resource);
                    }
                }
                case "Observation" -> {
                    if (hasCode(resource.getJsonObject("code"), LOINC, ECOG)) {
                        ecog = ecog(resource);
                    } else {
                        biomarker(resource).ifPresent(biomarkers::add);
                    }
                }
                case "MedicationStatement", "MedicationAdministration", "MedicationRequest" ->
                        concept(resource.get("medicationCodeableConcept")).ifPresent(drug ->
                                therapies.add(new PatientProfile.PriorTherapy(drug, null, null, null)));
                default -> {
                    // other resources (Procedure, Specimen, ...) are not read for matching
                }
            }
        }
        return new PatientProfile(null, age, sex, diagnosis, null, ecog, biomarkers, therapies, null, List.of(), null,
                null, null);
    }

    /* Pseudonymised patients send an age extension; a birth date is turned into an age and forgotten. */
    private static Integer age(JsonObject patient, LocalDate today) {
        if (patient.get("extension") instanceof JsonArray extensions) {
            for (JsonValue value : extensions) {
                if (value instanceof JsonObject extension && extension.getString("url", "").toLowerCase(Locale.ROOT)
                        .endsWith("age")) {
                    if (extension.get("valueAge") instanceof JsonObject quantity
                            && quantity.get("value") instanceof JsonNumber years) {
                        return checkedAge(years.intValue());
                    }
                    if (extension.get("valueInteger") instanceof JsonNumber years) {
                        return checkedAge(years.intValue());
                    }
                }
            }
        }
        if (patient.get("birthDate") instanceof JsonString birthDate) {
            String text = birthDate.getString();
            try {
                LocalDate born = text.length() == 4 ? LocalDate.of(Integer.parseInt(text), 7, 1)
                        : text.length() == 7 ? LocalDate.parse(text + "-15") : LocalDate.parse(text);
                return checkedAge(Period.between(born, today).getYears());
            } catch (RuntimeException e) {
                throw new InvalidParameterException("subject: Patient.birthDate is no FHIR date");
            }
        }
        return null;
    }

    private static int checkedAge(int years) {
        if (years < 0 || years > 150) {
            throw new InvalidParameterException("subject: the patient's age must be from 0 to 150 years");
        }
        return years;
    }

    private static PatientProfile.Diagnosis diagnosis(JsonObject condition) {
        JsonObject code = condition.getJsonObject("code");
        if (code == null) {
            return null;
        }
        String icd10 = null;
        String oncotree = null;
        String display = null;
        if (code.get("coding") instanceof JsonArray codings) {
            for (JsonValue value : codings) {
                if (!(value instanceof JsonObject coding)) {
                    continue;
                }
                String system = coding.getString("system", "").toLowerCase(Locale.ROOT);
                String c = coding.getString("code", null);
                if (system.contains("icd-10") && icd10 == null) {
                    icd10 = c;
                } else if (system.contains("oncotree") && oncotree == null) {
                    oncotree = c;
                }
                if (display == null) {
                    display = coding.getString("display", null);
                }
            }
        }
        String text = code.getString("text", display);
        return text == null && icd10 == null && oncotree == null ? null
                : new PatientProfile.Diagnosis(limit(text, 500), limit(oncotree, 40), limit(icd10, 20));
    }

    private static Integer ecog(JsonObject observation) {
        if (observation.get("valueInteger") instanceof JsonNumber n && n.intValue() >= 0 && n.intValue() <= 5) {
            return n.intValue();
        }
        if (observation.get("valueCodeableConcept") instanceof JsonObject concept
                && concept.get("coding") instanceof JsonArray codings) {
            for (JsonValue value : codings) {
                if (value instanceof JsonObject coding) {
                    String code = coding.getString("code", "");
                    if (ECOG_ANSWERS.containsKey(code)) {
                        return ECOG_ANSWERS.get(code);
                    }
                    if (code.matches("[0-5]")) {
                        return Integer.parseInt(code);
                    }
                }
            }
        }
        throw new InvalidParameterException("subject: the ECOG Observation needs a value from 0 to 5");
    }

    /*
     * A variant: the gene from component 48018-6 (HGNC display or code), the variant from 81252-9, 48005-3 (protein
     * change, "p.Leu858Arg" read as L858R) or 48004-6; an Observation whose value is "Absent" says the gene is
     * negative. Any other Observation is a marker: its code's text and its value as text.
     */
    private static Optional<PatientProfile.Biomarker> biomarker(JsonObject observation) {
        if (hasCode(observation.getJsonObject("code"), LOINC, VARIANT_ASSESSMENT)) {
            String gene = null;
            String variant = null;
            if (observation.get("component") instanceof JsonArray components) {
                for (JsonValue value : components) {
                    if (!(value instanceof JsonObject component)) {
                        continue;
                    }
                    JsonObject code = component.getJsonObject("code");
                    if (hasCode(code, LOINC, GENE_STUDIED)) {
                        gene = geneSymbol(component.get("valueCodeableConcept"));
                    } else if (variant == null && (hasCode(code, LOINC, AMINO_ACID_CHANGE)
                            || hasCode(code, LOINC, DISCRETE_VARIANT) || hasCode(code, LOINC, DNA_CHANGE))) {
                        variant = valueText(component).map(ProteinChange::shortForm).orElse(null);
                    }
                }
            }
            if (gene == null) {
                return Optional.empty();
            }
            boolean absent = observation.get("valueCodeableConcept") instanceof JsonObject concept
                    && hasCode(concept, LOINC, ABSENT);
            return Optional.of(new PatientProfile.Biomarker(limit(gene, 40),
                    absent ? "negative" : limit(variant, 200), null, null));
        }
        return concept(observation.get("code")).flatMap(marker -> valueText(observation).map(value ->
                new PatientProfile.Biomarker(null, null, limit(marker, 100), limit(value, 200))));
    }

    /* HGNC codings carry the symbol as display ("EGFR") and the HGNC id as code ("HGNC:3236"). */
    private static String geneSymbol(JsonValue concept) {
        if (concept instanceof JsonObject c && c.get("coding") instanceof JsonArray codings) {
            for (JsonValue value : codings) {
                if (value instanceof JsonObject coding) {
                    String display = coding.getString("display", null);
                    if (display != null) {
                        return display.strip();
                    }
                    String code = coding.getString("code", "");
                    if (!code.startsWith("HGNC:")) {
                        return code.strip();
                    }
                }
            }
        }
        return concept instanceof JsonObject c ? c.getString("text", null) : null;
    }

    private static Optional<String> valueText(JsonObject element) {
        if (element.get("valueString") instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (element.get("valueQuantity") instanceof JsonObject q && q.get("value") instanceof JsonNumber n) {
            return Optional.of(n.bigDecimalValue().stripTrailingZeros().toPlainString() + " "
                    + q.getString("unit", q.getString("code", "")).strip());
        }
        if (element.get("valueInteger") instanceof JsonNumber n) {
            return Optional.of(n.toString());
        }
        if (element.get("valueBoolean") instanceof JsonValue b && b.getValueType() != JsonValue.ValueType.NULL
                && (b == JsonValue.TRUE || b == JsonValue.FALSE)) {
            return Optional.of(b == JsonValue.TRUE ? "positive" : "negative");
        }
        return concept(element.get("valueCodeableConcept"));
    }

    private static Optional<String> concept(JsonValue value) {
        if (!(value instanceof JsonObject concept)) {
            return Optional.empty();
        }
        if (concept.get("text") instanceof JsonString text && !text.getString().isBlank()) {
            return Optional.of(text.getString().strip());
        }
        if (concept.get("coding") instanceof JsonArray codings) {
            for (JsonValue coding : codings) {
                if (coding instanceof JsonObject c) {
                    String shown = c.getString("display", c.getString("code", ""));
                    if (!shown.isBlank()) {
                        return Optional.of(shown.strip());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasCode(JsonObject concept, String system, String code) {
        if (concept == null || !(concept.get("coding") instanceof JsonArray codings)) {
            return false;
        }
        for (JsonValue value : codings) {
            if (value instanceof JsonObject coding && code.equals(coding.getString("code", null))
                    && (system == null || system.equals(coding.getString("system", system)))) {
                return true;
            }
        }
        return false;
    }

    private static String limit(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
