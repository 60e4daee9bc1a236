package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.StudyDetail;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Optional;

/**
 * Who may take part in a study, as the contained Group its ResearchStudy.enrollment references: a definitional group
 * of persons ({@code actual: false}) with the planned number as {@code quantity}, the age limits (in days, as the
 * portal keeps them) and a sex other than "all" as characteristics coded with LOINC, and the criteria text as the
 * Group's narrative, one paragraph a line (R4's Group has no description; the narrative is where a reader looks).
 */
final class FhirGroup {

    private static final String LOINC = "http://loinc.org";

    private FhirGroup() {
    }

    static Optional<JsonObject> eligibility(StudyDetail study) {
        StudyDetail.Eligibility eligibility = study.eligibility();
        JsonArrayBuilder characteristics = FhirValues.JSON.createArrayBuilder();
        age(eligibility).ifPresent(characteristics::add);
        sex(eligibility.sex()).ifPresent(characteristics::add);
        var characteristicList = characteristics.build();
        Optional<String> criteria = FhirValues.text(eligibility.criteria());
        Integer enrollment = study.enrollment();
        if (characteristicList.isEmpty() && criteria.isEmpty() && (enrollment == null || enrollment < 0)) {
            return Optional.empty();
        }
        JsonObjectBuilder group = FhirValues.JSON.createObjectBuilder().add("resourceType", "Group")
                .add("id", "eligibility");
        criteria.ifPresent(text -> group.add("text", FhirNarrative.of("additional", text)));
        group.add("type", "person").add("actual", false);
        if (enrollment != null && enrollment >= 0) {
            group.add("quantity", enrollment);
        }
        if (!characteristicList.isEmpty()) {
            group.add("characteristic", characteristicList);
        }
        return Optional.of(group.build());
    }

    private static Optional<JsonObjectBuilder> age(StudyDetail.Eligibility eligibility) {
        Integer min = eligibility.minimumAgeDays();
        Integer max = eligibility.maximumAgeDays();
        if (min == null && max == null || min != null && max != null && min > max) {
            return Optional.empty();
        }
        JsonObjectBuilder range = FhirValues.JSON.createObjectBuilder();
        if (min != null) {
            range.add("low", days(min));
        }
        if (max != null) {
            range.add("high", days(max));
        }
        return Optional.of(characteristic("30525-0", "Age").add("valueRange", range).add("exclude", false));
    }

    private static Optional<JsonObjectBuilder> sex(String sex) {
        if (!"FEMALE".equals(sex) && !"MALE".equals(sex)) {
            return Optional.empty();
        }
        String code = sex.equals("FEMALE") ? "female" : "male";
        return Optional.of(characteristic("46098-0", "Sex").add("valueCodeableConcept",
                FhirValues.JSON.createObjectBuilder().add("coding", FhirValues.JSON.createArrayBuilder()
                        .add(FhirValues.JSON.createObjectBuilder()
                                .add("system", "http://hl7.org/fhir/administrative-gender").add("code", code)
                                .add("display", sex.equals("FEMALE") ? "Female" : "Male"))))
                .add("exclude", false));
    }

    private static JsonObjectBuilder characteristic(String loincCode, String display) {
        return FhirValues.JSON.createObjectBuilder().add("code", FhirValues.JSON.createObjectBuilder()
                .add("coding", FhirValues.JSON.createArrayBuilder().add(FhirValues.JSON.createObjectBuilder()
                        .add("system", LOINC).add("code", loincCode).add("display", display)))
                .add("text", display));
    }

    private static JsonObjectBuilder days(int days) {
        return FhirValues.JSON.createObjectBuilder().add("value", days).add("unit", "days")
                .add("system", "http://unitsofmeasure.org").add("code", "d");
    }
}
