package de.dnpm.registry.web.board;

import de.dnpm.registry.search.domain.matching.PatientProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic profiles (no real patient). */
class ProfileFormTest {

    @Test
    void turnsTheFormIntoTheProfileAndBackWithoutLoss() {
        PatientProfile profile = new PatientProfile("MTB-2026-0042", 63, "female",
                new PatientProfile.Diagnosis("Adenokarzinom der Lunge", "LUAD", "C34.1"), "IV", 1,
                List.of(new PatientProfile.Biomarker("EGFR", "L858R", null, null),
                        new PatientProfile.Biomarker(null, null, "PD-L1", "TPS 5 %")),
                List.of(new PatientProfile.PriorTherapy("Osimertinib", null, 1, "Progress"),
                        new PatientProfile.PriorTherapy(null, "Carboplatin + Pemetrexed", 2, null)),
                new PatientProfile.BrainMetastases(true, true, false, "stabil"),
                List.of(new PatientProfile.Score("DAS28", "5.1")), "72076", 150, "Notiz");
        assertEquals(profile, ProfileForm.of(profile).toProfile());
    }

    @Test
    void dropsEmptyRowsAndTreatsBlankAsUnknown() {
        ProfileForm form = ProfileForm.empty();
        form.setCaseId(" RA-7 ");
        form.setDiagnosis("rheumatoide Arthritis");
        form.getBiomarkers().get(0).setName("anti-CCP");
        form.getBiomarkers().get(0).setValue("positiv");
        form.getBiomarkers().get(0).setMarker(true);
        form.addBiomarker();
        form.setPostalCode("  ");
        PatientProfile profile = form.toProfile();
        assertEquals("RA-7", profile.caseId());
        assertEquals(List.of(new PatientProfile.Biomarker(null, null, "anti-CCP", "positiv")), profile.biomarkers());
        assertTrue(profile.priorTherapies().isEmpty());
        assertNull(profile.postalCode());
        assertNull(profile.brainMetastases(), "not asked is unknown, not 'no'");
    }
}
