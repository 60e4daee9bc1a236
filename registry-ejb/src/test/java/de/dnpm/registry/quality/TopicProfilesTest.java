package de.dnpm.registry.quality;

import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import de.dnpm.registry.search.domain.matching.PatientProfile.Biomarker;
import de.dnpm.registry.search.domain.matching.PatientProfile.PriorTherapy;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The topic → profile rules on real TREC 2021 topics and on short notes as a board member would type them. */
class TopicProfilesTest {

    private static final Path TREC_2021 = Path.of(System.getProperty("shared.data", "../../shared/data"),
            "ctgov/trec/ncbi-nlp-TrialGPT/trec_2021");
    private static Map<String, String> topics;
    private static TopicProfiles profiles;

    @BeforeAll
    static void read() throws Exception {
        assumeTrue(Files.isDirectory(TREC_2021), "shared data absent: " + TREC_2021);
        topics = TopicSet.beir("TREC 2021", TREC_2021, true).topics();
        profiles = new TopicProfiles(ConceptDictionaryLoader.shared(), TherapyVocabulary.standard());
    }

    @Test
    void readsAgeSexDiagnosisAndReceptorsOfTheBreastCancerTopic() {
        // trec-202161: "45-year-old postmenopausal woman with cytologically confirmed breast cancer ... HER2-positive
        // and ER/PR negative"
        PatientProfile profile = profiles.read("trec-202161", topics.get("trec-202161"));
        assertEquals(45, profile.age());
        assertEquals("female", profile.sex());
        assertTrue(profile.diagnosis().text().toLowerCase().contains("breast cancer"), profile.diagnosis().text());
        assertTrue(profile.biomarkers().contains(new Biomarker("HER2", "positive", null, null)),
                profile.biomarkers().toString());
        assertFalse(profile.biomarkers().stream().anyMatch(b -> b.gene().equals("HER2")
                && b.alteration().contains("negative")), profile.biomarkers().toString());
        assertNull(profile.ecog());
        assertNull(profile.brainMetastases());
    }

    @Test
    void takesTheFirstSentencesDiseaseAsDiagnosisAndNamedDrugsAsPriorTherapies() {
        // trec-20211: "45-year-old man with a history of anaplastic astrocytoma of the spine ... 11 cycles of
        // temozolomide ... CPT-11 Weekly x4 with Avastin". The two drugs as a vocabulary row each (brand name too).
        TopicProfiles withDrugs = new TopicProfiles(ConceptDictionaryLoader.shared(), new TherapyVocabulary(List.of(
                new TherapyVocabulary.Row("temozolomide", List.of("ALKYLATING"), List.of("Temodal")),
                new TherapyVocabulary.Row("bevacizumab", List.of("VEGF_INHIBITOR"), List.of("Avastin")))));
        PatientProfile profile = withDrugs.read("trec-20211", topics.get("trec-20211"));
        assertEquals(45, profile.age());
        assertEquals("male", profile.sex());
        assertTrue(profile.diagnosis().text().toLowerCase().contains("astrocytoma"), profile.diagnosis().text());
        assertEquals(List.of("temozolomide", "bevacizumab"),
                profile.priorTherapies().stream().map(PriorTherapy::drug).toList());
    }

    @Test
    void readsMarkersPresentAndAbsentEcogAndBrainMetastasesOfAShortNote() {
        PatientProfile profile = profiles.read("note", "A 62-year-old man with metastatic non-small cell lung cancer, "
                + "EGFR L858R, ALK negative. Progressed on osimertinib. ECOG 1. No brain metastases.");
        assertEquals(62, profile.age());
        assertTrue(profile.biomarkers().contains(new Biomarker("EGFR", "L858R", null, null)),
                profile.biomarkers().toString());
        assertTrue(profile.biomarkers().stream().anyMatch(b -> b.gene().equals("ALK")
                && b.alteration().contains("negative")), profile.biomarkers().toString());
        assertEquals(List.of("osimertinib"), profile.priorTherapies().stream().map(PriorTherapy::drug).toList());
        assertEquals(1, profile.ecog());
        assertEquals(Boolean.FALSE, profile.brainMetastases().present());
    }

    @Test
    void treatedBrainMetastasesArePresentAndTreated() {
        PatientProfile profile = profiles.read("note", "58-year-old woman with ALK-positive lung adenocarcinoma. "
                + "Brain metastases treated with radiosurgery.");
        assertEquals(Boolean.TRUE, profile.brainMetastases().present());
        assertEquals(Boolean.TRUE, profile.brainMetastases().treated());
    }
}
