package de.dnpm.registry.rest.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import de.dnpm.registry.rest.StudyDetail;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The FHIR export of real studies from every source format the portal imports, validated against the R4 core profiles
 * by HAPI FHIR's validator (offline: core profiles, built-in code systems): no errors allowed.
 */
class FhirResearchStudyTest {

    private static final System.Logger LOG = System.getLogger(FhirResearchStudyTest.class.getName());
    private static final FhirContext FHIR = FhirContext.forR4();
    private static FhirValidator validator;

    @BeforeAll
    static void warmUpValidator() {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        validator = FHIR.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        // the first validation loads the profiles (about ten seconds); later ones take milliseconds
        validator.validateWithResult("{\"resourceType\":\"ResearchStudy\",\"status\":\"active\"}");
    }

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("ClinicalTrials.gov JSON", RealStudies.fromSample(
                        "ctgov-v2-json/dgg32-clinical-trials-public__ctg-studies.json", 25)),
                Arguments.of("ClinicalTrials.gov JSON (API record)", RealStudies.fromSample(
                        "ctgov-v2-json/genomoncology-biomcp-api-responses__get_nct06604689_20260811.json", 1)),
                Arguments.of("ClinicalTrials.gov XML", RealStudies.fromSample("ctgov-xml-germany.zip", 25)),
                Arguments.of("DRKS JSON", RealStudies.fromSample(
                        "drks-json/IMISE-DRKS2FHIR__DRKS_trial-DRKS00038775.json", 1)),
                Arguments.of("DRKS CSV", RealStudies.fromSharedData(
                        "drks/drks-legacy-csv/quest-bih-IntoValue2/DRKS_suspended.csv", 15)),
                Arguments.of("WHO ICTRP XML", RealStudies.fromSharedData(
                        "drks/ictrp-xml/ttoyama-prog_ISN-ACCTS/ICTRP-Results_long.xml", 25)),
                Arguments.of("WHO ICTRP XML (other layout)", RealStudies.fromSharedData(
                        "drks/ictrp-xml/machado-t-ICTRP_xml_to_ris/ICTRP-Results(1).xml", 25)),
                Arguments.of("WHO ICTRP CSV", RealStudies.fromSharedData(
                        "drks/ictrp-covid/ebmdatalab-covid_trials_tracker-covid/COVID19-1135-trials.csv", 25)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void realStudiesValidateWithoutErrors(String source, List<ExportedStudy> studies) {
        int warnings = 0;
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (ExportedStudy study : studies) {
            ValidationResult result = validator.validateWithResult(FhirResearchStudy.of(study.detail()).toString());
            List<SingleValidationMessage> errors = result.getMessages().stream()
                    .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                            || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
            assertTrue(errors.isEmpty(), study.detail().id() + ": " + errors.stream()
                    .map(m -> m.getLocationString() + " " + m.getMessage()).collect(Collectors.joining("\n")));
            for (SingleValidationMessage warning : result.getMessages()) {
                if (warning.getSeverity() == ResultSeverityEnum.WARNING) {
                    warnings++;
                    kinds.add(warning.getMessage().replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "n"));
                }
            }
        }
        LOG.log(System.Logger.Level.INFO, "FHIR export of {0}: {1} studies valid, {2} warnings of these kinds: {3}",
                source, studies.size(), warnings, kinds);
    }

    @Test
    void ctgovStudyCarriesIdentifierStatusPhaseConditionsSitesAndEligibility() {
        // the first study of the file with sites, a sponsor, criteria and conditions
        ExportedStudy study = RealStudies.fromSample("ctgov-v2-json/dgg32-clinical-trials-public__ctg-studies.json",
                        100).stream()
                .filter(s -> !s.detail().sites().isEmpty() && s.detail().leadSponsor() != null
                        && s.detail().eligibility().criteria() != null && !s.detail().conditions().isEmpty())
                .findFirst().orElseThrow();
        StudyDetail detail = study.detail();
        ResearchStudy fhir = parse(detail);

        Identifier nct = fhir.getIdentifier().stream().filter(i -> "https://clinicaltrials.gov".equals(i.getSystem()))
                .findFirst().orElseThrow();
        assertEquals(detail.id(), nct.getValue());
        assertEquals(Identifier.IdentifierUse.OFFICIAL, nct.getUse());
        assertEquals(FhirVocabulary.status(detail.status()), fhir.getStatus().toCode());
        assertEquals(detail.title(), fhir.getTitle());
        assertEquals(detail.conditions().size(), fhir.getCondition().stream().filter(c -> c.hasText()
                && detail.conditions().contains(c.getText())).count());
        assertEquals(detail.sites().size(), fhir.getSite().size());
        Reference firstSite = fhir.getSite().getFirst();
        Location location = (Location) firstSite.getResource();
        assertNotNull(location, "the site reference resolves to a contained Location");
        assertEquals(detail.sites().getFirst().city(), location.getAddress().getCity());
        Group eligibility = (Group) fhir.getEnrollmentFirstRep().getResource();
        assertFalse(eligibility.getActual());
        assertTrue(eligibility.getText().getDivAsString().contains("<p>"), "criteria as narrative paragraphs");
        if (detail.enrollment() != null) {
            assertEquals(detail.enrollment(), eligibility.getQuantity());
        }
        Organization sponsor = (Organization) fhir.getSponsor().getResource();
        assertEquals(detail.leadSponsor(), sponsor.getName());
    }

    @Test
    void drksStudyHasItsDrksIdentifierAndIcdCodings() {
        StudyDetail detail = RealStudies.fromSample("drks-json/IMISE-DRKS2FHIR__DRKS_trial-DRKS00038775.json", 1)
                .getFirst().detail();
        ResearchStudy fhir = parse(detail);

        assertTrue(fhir.getIdentifier().stream().anyMatch(i -> "https://drks.de".equals(i.getSystem())
                && "DRKS00038775".equals(i.getValue())), "DRKS identifier");
        long icdCodes = detail.conditionCodes().stream().filter(c -> "ICD-10".equals(c.system())).count();
        assertEquals(icdCodes, fhir.getCondition().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> "http://hl7.org/fhir/sid/icd-10".equals(c.getSystem())).count());
    }

    @Test
    void unknownStatusIsNotCalledOpenAndPhasesCombine() {
        StudyDetail detail = RealStudies.fromSample("drks-json/IMISE-DRKS2FHIR__DRKS_trial-DRKS00038775.json", 1)
                .getFirst().detail();
        StudyDetail unknown = withStatusAndPhases(detail, "UNKNOWN", List.of("PHASE1", "PHASE2"));
        String json = FhirResearchStudy.of(unknown).toString();

        assertTrue(json.contains("\"status\":\"closed-to-accrual\""), json);
        assertTrue(json.contains("\"code\":\"phase-1-phase-2\""), json);
        assertTrue(validator.validateWithResult(json).getMessages().stream()
                .noneMatch(m -> m.getSeverity() == ResultSeverityEnum.ERROR), json);
    }

    @Test
    void criteriaTextIsEscapedInTheNarrative() {
        StudyDetail detail = RealStudies.fromSample("drks-json/IMISE-DRKS2FHIR__DRKS_trial-DRKS00038775.json", 1)
                .getFirst().detail();
        String criteria = "Age < 18 & <script>alert(1)</script>\nsecond line";

        String div = FhirNarrative.xhtml(criteria);

        assertEquals("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Age &lt; 18 &amp; &lt;script>alert(1)"
                + "&lt;/script></p><p>second line</p></div>", div);
        assertNotNull(detail);
    }

    private static ResearchStudy parse(StudyDetail detail) {
        return FHIR.newJsonParser().parseResource(ResearchStudy.class, FhirResearchStudy.of(detail).toString());
    }

    private static StudyDetail withStatusAndPhases(StudyDetail d, String status, List<String> phases) {
        return new StudyDetail(d.id(), d.identifiers(), d.title(), d.officialTitle(), d.acronym(), status,
                d.sourceStatus(), d.studyType(), phases, d.texts(), d.countries(), d.briefSummary(),
                d.detailedDescription(), d.conditions(), d.conditionCodes(), d.keywords(), d.interventions(), d.dates(),
                d.enrollment(), d.enrollmentType(), d.leadSponsor(), d.collaborators(), d.eligibility(),
                d.centralContacts(), d.outcomes(), d.sites(), d.hasResults(), d.lastUpdate(), d.sourceVersionDate(),
                d.sourceUrl(), d.sourcesUrl(), d.entries(), d.fieldSources());
    }
}
