package de.dnpm.registry.web.board;

import de.dnpm.registry.search.domain.matching.PatientProfile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The editable state of the profile form that the board's case page and the referral page share
 * ({@code WEB-INF/includes/profile-form.xhtml}): plain fields and rows the page binds to, turned into a
 * {@link PatientProfile} on save. Empty rows are dropped; blank texts become unknown (null).
 */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String caseId;
    private Integer age;
    private String sex;
    private String diagnosis;
    private String oncotree;
    private String icd10;
    private String stage;
    private Integer ecog;
    private final List<BiomarkerRow> biomarkers = new ArrayList<>();
    private final List<TherapyRow> therapies = new ArrayList<>();
    private String brainMetastases = "";
    private Boolean brainTreated;
    private Boolean brainSymptomatic;
    private String brainNote;
    private final List<ScoreRow> scores = new ArrayList<>();
    private String postalCode;
    private Integer maxDistanceKm;
    private String note;

    /** A new form with one empty biomarker and therapy row to start typing into. */
    public static ProfileForm empty() {
        ProfileForm form = new ProfileForm();
        form.addBiomarker();
        form.addTherapy();
        return form;
    }

    public static ProfileForm of(PatientProfile profile) {
        ProfileForm form = new ProfileForm();
        form.caseId = profile.caseId();
        form.age = profile.age();
        form.sex = profile.sex();
        if (profile.diagnosis() != null) {
            form.diagnosis = profile.diagnosis().text();
            form.oncotree = profile.diagnosis().oncotree();
            form.icd10 = profile.diagnosis().icd10();
        }
        form.stage = profile.stage();
        form.ecog = profile.ecog();
        profile.biomarkers().forEach(b -> form.biomarkers.add(new BiomarkerRow(
                b.gene() != null ? b.gene() : b.marker(), b.gene() != null ? b.alteration() : b.value(),
                b.gene() == null && b.marker() != null)));
        profile.priorTherapies().forEach(t -> form.therapies.add(new TherapyRow(
                t.drug() != null ? t.drug() : t.regimen(), t.line(), t.response())));
        PatientProfile.BrainMetastases brain = profile.brainMetastases();
        if (brain != null && brain.present() != null) {
            form.brainMetastases = brain.present() ? "yes" : "no";
            form.brainTreated = brain.treated();
            form.brainSymptomatic = brain.symptomatic();
            form.brainNote = brain.note();
        }
        profile.scores().forEach(s -> form.scores.add(new ScoreRow(s.name(), s.value())));
        form.postalCode = profile.postalCode();
        form.maxDistanceKm = profile.maxDistanceKm();
        form.note = profile.note();
        return form;
    }

    public PatientProfile toProfile() {
        List<PatientProfile.Biomarker> markers = biomarkers.stream().filter(row -> !blank(row.getName()))
                .map(row -> row.isMarker()
                        ? new PatientProfile.Biomarker(null, null, clean(row.getName()), clean(row.getValue()))
                        : new PatientProfile.Biomarker(clean(row.getName()), clean(row.getValue()), null, null))
                .toList();
        List<PatientProfile.PriorTherapy> prior = therapies.stream().filter(row -> !blank(row.getTherapy()))
                .map(row -> row.getTherapy().contains("+") || row.getTherapy().contains("/")
                        ? new PatientProfile.PriorTherapy(null, clean(row.getTherapy()), row.getLine(),
                        clean(row.getResponse()))
                        : new PatientProfile.PriorTherapy(clean(row.getTherapy()), null, row.getLine(),
                        clean(row.getResponse())))
                .toList();
        PatientProfile.BrainMetastases brain = switch (brainMetastases == null ? "" : brainMetastases) {
            case "yes" -> new PatientProfile.BrainMetastases(true, brainTreated, brainSymptomatic, clean(brainNote));
            case "no" -> new PatientProfile.BrainMetastases(false, null, null, clean(brainNote));
            default -> null;
        };
        List<PatientProfile.Score> scoreList = scores.stream().filter(row -> !blank(row.getName()))
                .map(row -> new PatientProfile.Score(clean(row.getName()), clean(row.getValue()))).toList();
        PatientProfile.Diagnosis diagnosisValue = blank(diagnosis) && blank(oncotree) && blank(icd10) ? null
                : new PatientProfile.Diagnosis(clean(diagnosis), clean(oncotree), clean(icd10));
        return new PatientProfile(clean(caseId), age, clean(sex), diagnosisValue, clean(stage), ecog, markers, prior,
                brain, scoreList, clean(postalCode), maxDistanceKm, clean(note));
    }

    public void addBiomarker() {
        biomarkers.add(new BiomarkerRow(null, null, false));
    }

    public void removeBiomarker(BiomarkerRow row) {
        biomarkers.remove(row);
    }

    public void addTherapy() {
        therapies.add(new TherapyRow(null, null, null));
    }

    public void removeTherapy(TherapyRow row) {
        therapies.remove(row);
    }

    public void addScore() {
        scores.add(new ScoreRow(null, null));
    }

    public void removeScore(ScoreRow row) {
        scores.remove(row);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String clean(String text) {
        return blank(text) ? null : text.strip();
    }

    /** A gene with its alteration ("EGFR", "L858R"), or a marker with its value ("PD-L1", "TPS 60 %"). */
    public static class BiomarkerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String value;
        private boolean marker;

        public BiomarkerRow(String name, String value, boolean marker) {
            this.name = name;
            this.value = value;
            this.marker = marker;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public boolean isMarker() { return marker; }
        public void setMarker(boolean marker) { this.marker = marker; }
    }

    /** A drug or a regimen ("Carboplatin + Pemetrexed"), the line it was given in, the response. */
    public static class TherapyRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String therapy;
        private Integer line;
        private String response;

        public TherapyRow(String therapy, Integer line, String response) {
            this.therapy = therapy;
            this.line = line;
            this.response = response;
        }

        public String getTherapy() { return therapy; }
        public void setTherapy(String therapy) { this.therapy = therapy; }
        public Integer getLine() { return line; }
        public void setLine(Integer line) { this.line = line; }
        public String getResponse() { return response; }
        public void setResponse(String response) { this.response = response; }
    }

    /** A disease-activity score ("DAS28", "5.1"). */
    public static class ScoreRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String value;

        public ScoreRow(String name, String value) {
            this.name = name;
            this.value = value;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
    }

    /** ECOG 0–4 (5 is death: no board matches such a patient). */
    public List<Integer> getEcogValues() { return List.of(0, 1, 2, 3, 4); }
    public String getCaseId() { return caseId; }
    public void setCaseId(String caseId) { this.caseId = caseId; }
    public Integer getAge() { return age; }
    public void setAge(Integer age) { this.age = age; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getDiagnosis() { return diagnosis; }
    public void setDiagnosis(String diagnosis) { this.diagnosis = diagnosis; }
    public String getOncotree() { return oncotree; }
    public void setOncotree(String oncotree) { this.oncotree = oncotree; }
    public String getIcd10() { return icd10; }
    public void setIcd10(String icd10) { this.icd10 = icd10; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public Integer getEcog() { return ecog; }
    public void setEcog(Integer ecog) { this.ecog = ecog; }
    public List<BiomarkerRow> getBiomarkers() { return biomarkers; }
    public List<TherapyRow> getTherapies() { return therapies; }
    public String getBrainMetastases() { return brainMetastases; }
    public void setBrainMetastases(String brainMetastases) { this.brainMetastases = brainMetastases; }
    public Boolean getBrainTreated() { return brainTreated; }
    public void setBrainTreated(Boolean brainTreated) { this.brainTreated = brainTreated; }
    public Boolean getBrainSymptomatic() { return brainSymptomatic; }
    public void setBrainSymptomatic(Boolean brainSymptomatic) { this.brainSymptomatic = brainSymptomatic; }
    public String getBrainNote() { return brainNote; }
    public void setBrainNote(String brainNote) { this.brainNote = brainNote; }
    public List<ScoreRow> getScores() { return scores; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public Integer getMaxDistanceKm() { return maxDistanceKm; }
    public void setMaxDistanceKm(Integer maxDistanceKm) { this.maxDistanceKm = maxDistanceKm; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
