package de.dnpm.registry.rest.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.rest.InvalidParameterException;
import de.dnpm.registry.search.domain.matching.MatchTier;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import de.dnpm.registry.search.domain.matching.Verdict;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ResearchStudy/$match}: a CodeX-style request (a SYNTHETIC patient, written here) read into a profile, and the
 * searchset Bundle of real studies validated by HAPI FHIR against the R4 core profiles.
 */
class FhirMatchTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static FhirValidator validator;

    /** A synthetic patient: NSCLC, EGFR L858R as genomics-reporting writes it, ALK absent, ECOG 1, after osimertinib. */
    static final String REQUEST = """
            {"resourceType": "Parameters", "parameter": [
              {"name": "subject", "resource": {"resourceType": "Bundle", "type": "collection", "entry": [
                {"fullUrl": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a01", "resource": {"resourceType": "Patient",
                  "id": "p1", "gender": "female", "birthDate": "1963-05"}},
                {"fullUrl": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a02", "resource": {"resourceType": "Condition",
                  "id": "c1", "subject": {"reference": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a01"},
                  "code": {"coding": [{"system": "http://fhir.de/CodeSystem/bfarm/icd-10-gm", "code": "C34.1"},
                    {"system": "http://snomed.info/sct", "code": "254637007",
                     "display": "Non-small cell lung cancer"}], "text": "NSCLC, Adenokarzinom"}}},
                {"fullUrl": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a03", "resource": {"resourceType": "Observation",
                  "id": "v1", "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
                  "subject": {"reference": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a01"},
                  "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9633-4",
                    "display": "Present"}]},
                  "component": [
                    {"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
                     "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId",
                       "code": "HGNC:3236", "display": "EGFR"}]}},
                    {"code": {"coding": [{"system": "http://loinc.org", "code": "48005-3"}]},
                     "valueCodeableConcept": {"coding": [{"system": "http://varnomen.hgvs.org",
                       "code": "NP_005219.2:p.Leu858Arg"}]}}]}},
                {"fullUrl": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a04", "resource": {"resourceType": "Observation",
                  "id": "v2", "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
                  "subject": {"reference": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a01"},
                  "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9634-2",
                    "display": "Absent"}]},
                  "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
                     "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId",
                       "code": "HGNC:427", "display": "ALK"}]}}]}},
                {"fullUrl": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a05", "resource": {"resourceType": "Observation",
                  "id": "e1", "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": "89247-1"}]},
                  "subject": {"reference": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a01"},
                  "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9623-5"}]}}},
                {"fullUrl": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a06", "resource": {
                  "resourceType": "MedicationStatement", "id": "m1", "status": "completed",
                  "medicationCodeableConcept": {"text": "Osimertinib"},
                  "subject": {"reference": "urn:uuid:5b1e8f43-2f3c-4b57-9a44-1d0c1f6b7a01"}}}]}},
              {"name": "zipCode", "valueString": "69120"},
              {"name": "travelRadius", "valueQuantity": {"value": 100, "unit": "mi", "system": "http://unitsofmeasure.org",
                "code": "[mi_i]"}},
              {"name": "phase", "valueString": "phase-2"},
              {"name": "recruitmentStatus", "valueString": "active"}]}
            """;

    @BeforeAll
    static void warmUpValidator() {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        validator = FHIR.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        validator.validateWithResult("{\"resourceType\":\"ResearchStudy\",\"status\":\"active\"}");
    }

    @Test
    void theRequestOfTheTestIsValidFhir() {
        assertEquals(List.of(), errors(REQUEST));
    }

    @Test
    void readsThePatientsBundleAndTheSearchParameters() {
        FhirMatchRequest request = read(REQUEST);
        PatientProfile p = request.profile();
        assertEquals(63, p.age());
        assertEquals("female", p.sex());
        assertEquals("C34.1", p.diagnosis().icd10());
        assertEquals("NSCLC, Adenokarzinom", p.diagnosis().text());
        assertEquals(List.of(new PatientProfile.Biomarker("EGFR", "L858R", null, null),
                new PatientProfile.Biomarker("ALK", "negative", null, null)), p.biomarkers());
        assertEquals(1, p.ecog());
        assertEquals("Osimertinib", p.priorTherapies().getFirst().drug());
        assertEquals("69120", p.postalCode());
        assertEquals(161, p.maxDistanceKm(), "100 miles");
        assertEquals(Set.of("PHASE2"), request.options().phases());
        assertEquals(Set.of("RECRUITING", "ENROLLING_BY_INVITATION"), request.options().statuses());
        assertEquals(null, p.caseId(), "nothing identifies the patient");
    }

    @Test
    void refusesWhatItCannotReadNamingTheParameter() {
        assertRefused("{\"resourceType\": \"Patient\"}", "body:");
        assertRefused("{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"zipCode\", \"valueString\": "
                + "\"69120\"}]}", "subject:");
        assertRefused(REQUEST.replace("\"phase-2\"", "\"phase-9\""), "phase:");
        assertRefused(REQUEST.replace("\"[mi_i]\"", "\"furlong\"").replace("\"mi\"", "\"furlong\""), "travelRadius:");
        assertRefused(REQUEST.replace("LA9623-5", "LA0000-0"), "subject:");
        assertRefused("{\"resourceType\": \"Parameters\"", "body:");
    }

    @Test
    void readsProteinChangesInTheShortFormBoardsWrite() {
        assertEquals("L858R", ProteinChange.shortForm("p.Leu858Arg"));
        assertEquals("G12C", ProteinChange.shortForm("NM_004985.5(KRAS):p.(Gly12Cys)"));
        assertEquals("E746_A750del", ProteinChange.shortForm("p.Glu746_Ala750del"));
        assertEquals("c.2573T>G", ProteinChange.shortForm("c.2573T>G"));
    }

    @Test
    void answersWithAValidSearchsetOfResearchStudiesScoredInRankOrder() {
        List<ExportedStudy> studies = RealStudies.fromSample(
                "ctgov-v2-json/dgg32-clinical-trials-public__ctg-studies.json", 4);
        MatchResult result = new MatchResult(List.of(
                match(studies.get(0), Verdict.ELIGIBLE), match(studies.get(1), Verdict.POSSIBLY_ELIGIBLE),
                match(studies.get(2), Verdict.NOT_ELIGIBLE), match(studies.get(3), Verdict.NOT_ELIGIBLE)), 4, 3);
        Map<String, ExportedStudy> details = new LinkedHashMap<>();
        studies.forEach(s -> details.put(s.detail().id(), s));

        String json = FhirMatchBundle.of(result, details).toString();

        assertEquals(List.of(), errors(json));
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        assertEquals(Bundle.BundleType.SEARCHSET, bundle.getType());
        assertEquals(4, bundle.getTotal());
        List<Double> scores = bundle.getEntry().stream().map(e -> e.getSearch().getScore().doubleValue()).toList();
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores, "falls with rank");
        assertTrue(scores.get(1) > 0.5 && scores.get(2) < 0.5, scores.toString());
        assertTrue(scores.stream().allMatch(s -> s > 0 && s <= 1), scores.toString());
        for (int i = 0; i < 4; i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            assertEquals(Bundle.SearchEntryMode.MATCH, entry.getSearch().getMode());
            ResearchStudy study = (ResearchStudy) entry.getResource();
            assertEquals(studies.get(i).detail().id(), study.getIdentifierFirstRep().getValue());
        }
    }

    @Test
    void leavesOutAStudyNoLongerInTheDatabase() {
        List<ExportedStudy> studies = RealStudies.fromSample(
                "ctgov-v2-json/dgg32-clinical-trials-public__ctg-studies.json", 2);
        MatchResult result = new MatchResult(List.of(match(studies.get(0), Verdict.ELIGIBLE),
                match(studies.get(1), Verdict.ELIGIBLE)), 2, 1);
        String json = FhirMatchBundle.of(result, Map.of(studies.get(1).detail().id(), studies.get(1))).toString();
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        assertEquals(1, bundle.getEntry().size());
        assertFalse(json.contains(studies.get(0).detail().id() + "\""));
    }

    private static MatchResult.StudyMatch match(ExportedStudy study, Verdict verdict) {
        return new MatchResult.StudyMatch(1, study.detail().id(), List.of(study.detail().id()), study.detail().title(),
                List.of(), "RECRUITING", verdict, MatchTier.TYPE, 0.5, null, List.of());
    }

    private static List<String> errors(String json) {
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + " " + m.getMessage()).collect(Collectors.toList());
    }

    private static void assertRefused(String json, String start) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> read(json));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    private static FhirMatchRequest read(String json) {
        return FhirMatchRequest.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), TODAY);
    }
}
