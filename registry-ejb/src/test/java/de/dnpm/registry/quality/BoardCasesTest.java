package de.dnpm.registry.quality;

import de.dnpm.registry.search.domain.matching.PatientProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our board cases as the harness reads them: complete profiles, enough judged trials each, a reason for every grade. */
class BoardCasesTest {

    private static final Path FOLDER = Path.of("src/test/resources/quality/board-cases");
    private static BoardCases cases;

    @BeforeAll
    static void read() throws Exception {
        cases = BoardCases.read(FOLDER);
    }

    @Test
    void everyCaseHasAtLeastFifteenJudgedTrialsAndOnlyJudgedCasesExist() {
        Map<String, Map<String, Integer>> judgments = cases.set().judgments();
        assertTrue(cases.set().topics().size() >= 20, "cases: " + cases.set().topics().size());
        assertEquals(cases.set().topics().keySet(), judgments.keySet());
        judgments.forEach((id, graded) -> {
            assertTrue(graded.size() >= 15, id + " has " + graded.size() + " judged trials");
            assertTrue(graded.values().stream().allMatch(g -> g >= 0 && g <= 2), id);
        });
    }

    @Test
    void everyJudgmentQuotesItsReason() throws Exception {
        List<String> lines = Files.readAllLines(FOLDER.resolve("judgments.tsv"), StandardCharsets.UTF_8);
        assertEquals(List.of("case", "nct", "grade", "reason"), List.of(lines.getFirst().split("\t")));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            assertEquals(4, cells.length, line);
            assertTrue(cells[1].matches("NCT\\d{8}"), line);
            assertFalse(cells[3].isBlank(), line);
        }
    }

    @Test
    void profilesAreReadWithTheirMarkersLinesAndBrainMetastases() {
        PatientProfile profile = cases.profilesByText().values().stream()
                .filter(p -> p.caseId().equals("syn-nsclc-02")).findFirst().orElseThrow();
        assertEquals(64, profile.age());
        assertEquals("male", profile.sex());
        assertEquals("C34.1", profile.diagnosis().icd10());
        assertEquals("L858R", profile.biomarkers().getFirst().alteration());
        assertEquals(1, profile.priorTherapies().getFirst().line());
        assertEquals("Osimertinib", profile.priorTherapies().getFirst().drug());
        assertEquals(Boolean.TRUE, profile.brainMetastases().treated());
    }

    @Test
    void aCaseIsRenderedAsTheSentenceABoardMemberWouldType() {
        String sentence = cases.set().topics().get("syn-nsclc-06");
        assertEquals("67-jähriger Patient mit Adenokarzinom der Lunge (nicht-kleinzelliges Lungenkarzinom, NSCLC), "
                + "Stadium IV. Befunde: KRAS G12C, EGFR Wildtyp, ALK negativ, PD-L1 TPS 60 %. Keine Vortherapie. "
                + "ECOG 1. Keine Hirnmetastasen. Erstdiagnose, therapienaiv.", sentence);
        assertEquals("syn-nsclc-06", cases.profilesByText().get(sentence).caseId());
    }
}
