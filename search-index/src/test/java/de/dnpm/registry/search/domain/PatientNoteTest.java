package de.dnpm.registry.search.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatientNoteTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A 58-year-old African-American woman presents to the ER with chest pain.|58|FEMALE",
            "Patient is a 45-year-old man with a history of anaplastic astrocytoma.|45|MALE",
            "A 2-month-old infant is brought by his mother.|0|",
            "67 yo M with COPD exacerbation, he reports dyspnea.|67|MALE",
            "Eine 62-jährige Patientin mit Brustkrebs, HER2-positiv.|62|FEMALE",
            "Lungenkrebs, EGFR L858R, keine Hirnmetastasen.||"})
    void ageAndSexAsWritten(String note, Integer age, String sex) {
        PatientNote read = PatientNote.read(note);
        assertEquals(age, read.ageYears());
        assertEquals(sex, read.sex());
    }

    @Test
    void whatThePatientDoesNotHaveIsNotAffirmed() {
        PatientNote note = PatientNote.read("She is known to have hypertension and obesity. She denies smoking, "
                + "diabetes, hypercholesterolemia, or a family history of heart disease.");
        String affirmed = String.join(" | ", note.affirmed().stream().map(PatientNote.Clause::text).toList());
        assertTrue(affirmed.contains("hypertension and obesity"), affirmed);
        assertFalse(affirmed.contains("smoking"), affirmed);
        assertFalse(affirmed.contains("heart disease"), affirmed);
    }

    @Test
    void aNegationCoversOnlyWhatFollowsItInItsClause() {
        PatientNote note = PatientNote.read("Metastatic NSCLC without brain metastases, ALK negative, EGFR L858R.");
        List<String> affirmed = note.affirmed().stream().map(PatientNote.Clause::text).toList();
        assertEquals(List.of("Metastatic NSCLC", "EGFR L858R"), affirmed);
    }

    @Test
    void nonSmallCellIsADiagnosisNotANegation() {
        PatientNote note = PatientNote.read("62-jähriger Patient mit nicht-kleinzelligem Lungenkrebs, keine "
                + "Hirnmetastasen. Non-small cell lung cancer, not-otherwise-specified histology.");
        String affirmed = String.join(" | ", note.affirmed().stream().map(PatientNote.Clause::text).toList());
        assertTrue(affirmed.contains("nicht-kleinzelligem Lungenkrebs"), affirmed);
        assertTrue(affirmed.contains("not-otherwise-specified"), affirmed);
        assertFalse(affirmed.contains("Hirnmetastasen"), affirmed);
    }

    @Test
    void aNegativeMarkerQualifiesTheDiagnosisItStandsIn() {
        PatientNote note = PatientNote.read("HER2-negative breast cancer, ER positive, PR negative.");
        List<String> affirmed = note.affirmed().stream().map(PatientNote.Clause::text).toList();
        assertEquals(List.of("HER2-negative breast cancer", "ER positive"), affirmed);
    }

    @Test
    void relativesDiseasesAreNotThePatients() {
        PatientNote note = PatientNote.read("Seine Mutter hatte Brustkrebs. Er hat Darmkrebs.");
        String affirmed = String.join(" | ", note.affirmed().stream().map(PatientNote.Clause::text).toList());
        assertFalse(affirmed.contains("Brustkrebs"), affirmed);
        assertTrue(affirmed.contains("Darmkrebs"), affirmed);
    }

    @Test
    void theFirstSentenceIsMarked() {
        PatientNote note = PatientNote.read("A 45-year-old man with glioblastoma. He has hypertension.");
        assertTrue(note.clauses().getFirst().firstSentence());
        assertFalse(note.clauses().getLast().firstSentence());
        assertNull(PatientNote.read("").ageYears());
    }
}
