package de.dnpm.registry.web.board;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.application.board.CaseViews;
import de.dnpm.registry.domain.board.CaseState;
import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.CriterionCheck;
import de.dnpm.registry.search.domain.matching.CriterionStatus;
import de.dnpm.registry.search.domain.matching.MatchTier;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import de.dnpm.registry.search.domain.matching.Verdict;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The board report of a case recommending a real study of the bundled sample (NCT04728893, with a recruiting site in
 * Ulm that names its contacts, and an EudraCT number). The patient, the note, the decision and the criterion checks
 * are synthetic (the criteria assessment is ASSESS's part; here it stands in as the shortlist stored it).
 */
class BoardReportTest {

    private static final String NCT = "NCT04728893";
    private static final Instant NOW = Instant.parse("2026-11-29T14:30:00Z");
    private static final Path SCREENSHOTS = Path.of("target/report-screenshots");

    private static StudyReadModel realStudy() {
        return RealStudyModels.fromSample("ctgov-v2-json/dgg32-graph_bigquery__ctg-studies.json").stream()
                .filter(s -> s.id().equals(NCT)).findFirst().orElseThrow();
    }

    private static BoardReport report() {
        StudyReadModel study = realStudy();
        StudyReadModel.Site ulm = study.sites().stream().filter(s -> "89081".equals(s.postalCode())).findFirst()
                .orElseThrow();
        TrialCriterion biomarker = new TrialCriterion(CriterionType.BIOMARKER, false, "MYD88:L265P", null, null,
                "Documented MYD88 L265P mutation <synthetic>");
        TrialCriterion brain = new TrialCriterion(CriterionType.BRAIN_METASTASES, true, "ACTIVE", null, null,
                "Active central nervous system involvement");
        MatchResult.StudyMatch assessment = new MatchResult.StudyMatch(1L, NCT, List.of(NCT), study.title(),
                study.phases(), study.status(), Verdict.POSSIBLY_ELIGIBLE, MatchTier.VARIANT_AND_TYPE, 0.81,
                new MatchResult.NearestRecruitingSite(ulm.facility(), ulm.city(), ulm.postalCode(), ulm.country(), 72.4),
                List.of(new CriterionCheck(biomarker, CriterionStatus.MET, "biomarker.required.variant", "MYD88 L265P"),
                        new CriterionCheck(brain, CriterionStatus.UNKNOWN, "unknown.notInProfile", null)));
        PatientProfile profile = new PatientProfile("MTB-2026-0815", 71, "male",
                new PatientProfile.Diagnosis("Morbus Waldenström", null, "C88.0"), null, 1,
                List.of(new PatientProfile.Biomarker("MYD88", "L265P", null, null)),
                List.of(new PatientProfile.PriorTherapy(null, "Bendamustin + Rituximab", 1, "Progress")),
                null, List.of(), "89073", 200, null);
        CaseViews.CaseDetail detail = new CaseViews.CaseDetail("c-1", "MTB-2026-0815", "MTB Universitätsklinikum Ulm",
                CaseState.DECIDED, profile, "mtb.a", null, null, NOW, NOW, NOW, List.of(new CaseViews.ShortlistItem(
                "s-1", NCT, study.title(), "Prüfärztin fragen, ob noch Plätze frei sind", assessment, "mtb.a", NOW)),
                new CaseViews.Decision(List.of(NCT), "Empfehlung: Vorstellung in der Studienambulanz Ulm (Größe der "
                        + "Läsionen prüfen).", "mtb.b", NOW));
        return BoardReportAssembler.assemble(detail, id -> id.equals(NCT) ? Optional.of(study) : Optional.empty(),
                "mtb.b", NOW);
    }

    @Test
    void takesIdsAndTheNearestSitesContactsFromTheStudyRecord() {
        BoardReport report = report();
        BoardReport.Study study = report.studies().getFirst();
        assertEquals(NCT, study.ids().get("NCT"));
        assertEquals("2020-002324-36", study.ids().get("EUDRACT"));
        assertFalse(study.site().contacts().isEmpty(), "the Ulm site names its contacts: " + study.site());
    }

    @Test
    void germanPdfShowsIdsSiteCriteriaAndDecision() throws Exception {
        String text = pdfText(Locale.GERMAN, "de");
        assertTrue(text.contains("Bericht des molekularen Boards"), text);
        assertTrue(text.contains("MTB-2026-0815"));
        assertTrue(text.contains(NCT) && text.contains("EudraCT 2020-002324-36"), text);
        assertFalse(text.contains("SPONSOR"), "registry numbers only: " + text);
        assertTrue(text.contains("89081"), "the nearest recruiting site: " + text);
        assertTrue(text.contains("Einschluss: Biomarker") && text.contains("erfüllt"), text);
        assertTrue(text.contains("Ausschluss: Hirnmetastasen") && text.contains("unbekannt"), text);
        assertTrue(text.contains("Documented MYD88 L265P mutation <synthetic>"), "evidence as written: " + text);
        assertTrue(text.contains("Die geforderte Variante wurde nachgewiesen (MYD88 L265P)."), "reason in words: " + text);
        assertTrue(text.contains("Größe der"), "umlauts and ß survive: " + text);
        assertTrue(text.contains("Erstellt von mtb.b"), text);
    }

    @Test
    void englishPdfSpeaksEnglish() throws Exception {
        String text = pdfText(Locale.ENGLISH, "en");
        assertTrue(text.contains("Molecular board report"), text);
        assertTrue(text.contains("Inclusion: biomarker") && text.contains("met"), text);
        assertTrue(text.contains("Generated by mtb.b"), text);
    }

    private static String pdfText(Locale locale, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BoardReportPdf(locale).write(report(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            Files.createDirectories(SCREENSHOTS);
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                        SCREENSHOTS.resolve("board-report-" + name + "-" + (page + 1) + ".png").toFile());
            }
            // lines wrap inside table cells: compare words, not line breaks
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void fhirBundleIsValidR4AndUsesTheMiiIdentifierSystems() {
        String json = BoardReportFhir.bundle(report()).toString();
        FhirContext fhir = FhirContext.forR4();
        FhirValidator validator = fhir.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir), new CommonCodeSystemsTerminologyService(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir), new SnapshotGeneratingValidationSupport(fhir))));
        List<SingleValidationMessage> errors = validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
        assertTrue(errors.isEmpty(), errors.stream().map(m -> m.getLocationString() + " " + m.getMessage())
                .collect(Collectors.joining("\n")));

        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
        ResearchStudy study = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(ResearchStudy.class::isInstance).map(ResearchStudy.class::cast).findFirst().orElseThrow();
        assertTrue(study.getIdentifier().stream().anyMatch(i -> BoardReportFhir.MII_NCT.equals(i.getSystem())
                && NCT.equals(i.getValue())));
        assertTrue(study.getIdentifier().stream().anyMatch(i -> BoardReportFhir.MII_EUDRACT.equals(i.getSystem())
                && "2020-002324-36".equals(i.getValue())));
        CarePlan plan = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(CarePlan.class::isInstance).map(CarePlan.class::cast).findFirst().orElseThrow();
        assertTrue(plan.getDescription().startsWith("Empfehlung: Vorstellung"));
        assertEquals(1, plan.getSupportingInfo().size());
        assertFalse(json.contains("Bendamustin"), "the bundle carries the recommendation, not the history");
    }
}
