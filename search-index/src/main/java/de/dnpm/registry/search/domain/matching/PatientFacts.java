package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.BiomarkerKey;
import de.dnpm.registry.search.domain.BiomarkerMentions;
import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.Concept;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.ConceptMatch;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.matching.PatientProfile.Biomarker;
import de.dnpm.registry.search.domain.matching.PatientProfile.BrainMetastases;
import de.dnpm.registry.search.domain.matching.PatientProfile.Diagnosis;
import de.dnpm.registry.search.domain.matching.PatientProfile.PriorTherapy;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link PatientProfile} read into the portal's vocabularies: age in days, sex, diagnosis concept ids with their
 * ancestors and bucket, biomarker keys present and absent, therapy names and classes received with their lines, ECOG,
 * brain metastases. Built once per match, then checked against every candidate trial: everything
 * {@link TrialAssessor} compares is a set lookup here, so assessing thousands of trials parses nothing.
 */
public final class PatientFacts {

    public static final String SOLID = "BUCKET:SOLID";
    public static final String LIQUID = "BUCKET:LIQUID";

    /** Disease Ontology: cancer; a cancer below none of {@link #LIQUID_ROOTS} is a solid tumour. */
    static final String CANCER = "DOID:162";
    /** Disease Ontology: hematologic cancer, leukemia, lymphoma, multiple myeloma (the last three lie below the first). */
    static final Set<String> LIQUID_ROOTS = Set.of("DOID:2531", "DOID:1240", "DOID:0060058", "DOID:9538");

    static final String DRUG = "DRUG:";
    static final String CLASS = "CLASS:";
    static final double DAYS_PER_YEAR = 365.25;

    // A profile says "no prior therapy" with one of these instead of a drug: then the patient has none (0 lines),
    // which is not the same as a profile that says nothing of therapies (unknown).
    private static final Set<String> NO_THERAPY = Set.of("none", "keine", "kein", "keine vortherapie", "therapienaiv",
            "therapie-naiv", "treatment-naive", "treatment naive", "therapy-naive", "naive", "-");

    private final Integer ageYears;
    private final String sex;
    private final Integer ecog;
    private final String diagnosisText;
    private final Set<String> diagnosisConcepts;
    private final Set<String> diagnosisAncestors;
    private final Set<String> diagnosisDescendants;
    private final String bucket;
    private final Set<String> diagnosisKeys;
    private final Set<String> presentBiomarkers;
    private final Set<String> absentBiomarkers;
    private final Set<String> markersWithVariant;
    private final Map<String, String> biomarkerValues;
    private final boolean therapiesKnown;
    private final Set<String> therapiesReceived;
    private final Map<String, String> therapyValues;
    private final List<String> unrecognisedTherapies;
    private final Integer priorLines;
    private final BrainMetastases brainMetastases;

    private PatientFacts(Builder b) {
        ageYears = b.ageYears;
        sex = b.sex;
        ecog = b.ecog;
        diagnosisText = b.diagnosisText;
        diagnosisConcepts = Collections.unmodifiableSet(b.diagnosisConcepts);
        diagnosisAncestors = Collections.unmodifiableSet(b.diagnosisAncestors);
        diagnosisDescendants = Collections.unmodifiableSet(b.diagnosisDescendants);
        bucket = b.bucket;
        Set<String> keys = new LinkedHashSet<>(b.diagnosisAncestors);
        if (bucket != null) {
            keys.add(bucket);
        }
        diagnosisKeys = Collections.unmodifiableSet(keys);
        presentBiomarkers = Collections.unmodifiableSet(b.present);
        absentBiomarkers = Collections.unmodifiableSet(b.absent);
        markersWithVariant = Collections.unmodifiableSet(b.markersWithVariant);
        biomarkerValues = Collections.unmodifiableMap(b.biomarkerValues);
        therapiesKnown = b.therapiesKnown;
        therapiesReceived = Collections.unmodifiableSet(b.therapiesReceived);
        therapyValues = Collections.unmodifiableMap(b.therapyValues);
        unrecognisedTherapies = List.copyOf(b.unrecognisedTherapies);
        priorLines = b.priorLines;
        brainMetastases = b.brainMetastases;
    }

    /** Reads a profile; values in German or English. */
    public static PatientFacts read(PatientProfile profile, ConceptDictionary concepts, BiomarkerVocabulary biomarkers,
                                    TherapyVocabulary therapies) {
        Builder b = new Builder();
        b.ageYears = profile.age();
        b.sex = sex(profile.sex());
        b.ecog = profile.ecog() == null || profile.ecog() < 0 || profile.ecog() > 5 ? null : profile.ecog();
        readDiagnosis(profile.diagnosis(), concepts, b);
        readBiomarkers(profile.biomarkers(), biomarkers, b);
        readTherapies(profile.priorTherapies(), therapies, b);
        b.brainMetastases = profile.brainMetastases();
        return new PatientFacts(b);
    }

    private static final class Builder {
        Integer ageYears;
        String sex;
        Integer ecog;
        String diagnosisText;
        final Set<String> diagnosisConcepts = new LinkedHashSet<>();
        final Set<String> diagnosisAncestors = new LinkedHashSet<>();
        final Set<String> diagnosisDescendants = new java.util.HashSet<>();
        String bucket;
        final Set<String> present = new TreeSet<>();
        final Set<String> absent = new TreeSet<>();
        final Set<String> markersWithVariant = new TreeSet<>();
        final Map<String, String> biomarkerValues = new LinkedHashMap<>();
        boolean therapiesKnown;
        final Set<String> therapiesReceived = new LinkedHashSet<>();
        final Map<String, String> therapyValues = new LinkedHashMap<>();
        final List<String> unrecognisedTherapies = new java.util.ArrayList<>();
        Integer priorLines;
        BrainMetastases brainMetastases;
    }

    private static String sex(String written) {
        if (written == null) {
            return null;
        }
        return switch (written.strip().toLowerCase(Locale.ROOT)) {
            case "female", "f", "w", "weiblich", "frau" -> "FEMALE";
            case "male", "m", "männlich", "maennlich", "mann" -> "MALE";
            default -> null;
        };
    }

    // Codes are what the board chose. The free text names the diagnosis when no code is given; beside codes it only
    // refines them (C34.1 with "Adenokarzinom der Lunge" is lung adenocarcinoma), because a sentence ("NSCLC mit
    // Hirnmetastasen") can name more than the diagnosis.
    private static void readDiagnosis(Diagnosis diagnosis, ConceptDictionary concepts, Builder b) {
        if (diagnosis == null) {
            return;
        }
        b.diagnosisText = diagnosis.text();
        if (diagnosis.oncotree() != null && !diagnosis.oncotree().isBlank()) {
            concepts.byOncoTree(diagnosis.oncotree()).forEach(c -> b.diagnosisConcepts.add(c.id()));
        }
        if (diagnosis.icd10() != null && !diagnosis.icd10().isBlank()) {
            concepts.byIcd10(diagnosis.icd10().strip()).forEach(c -> b.diagnosisConcepts.add(c.id()));
        }
        Set<String> inText = new LinkedHashSet<>();
        if (diagnosis.text() != null && !diagnosis.text().isBlank()) {
            List<Concept> whole = concepts.find(diagnosis.text());
            if (!whole.isEmpty()) {
                whole.forEach(c -> inText.add(c.id()));
            } else {
                List<String> tokens = Arrays.asList(diagnosis.text().strip().split("\\s+"));
                for (ConceptMatch match : concepts.findIn(tokens)) {
                    inText.addAll(match.conceptIds());
                }
            }
        }
        if (b.diagnosisConcepts.isEmpty()) {
            b.diagnosisConcepts.addAll(inText);
        } else {
            Set<String> coded = Set.copyOf(b.diagnosisConcepts);
            for (String id : inText) {
                if (!coded.contains(id) && !Collections.disjoint(ancestors(id, concepts), coded)) {
                    b.diagnosisConcepts.add(id);
                }
            }
        }
        // the most specific concepts only: "lung cancer" from C34.1 goes when the text says lung adenocarcinoma
        Set<String> general = new java.util.HashSet<>();
        for (String id : b.diagnosisConcepts) {
            Set<String> above = ancestors(id, concepts);
            b.diagnosisAncestors.addAll(above);
            above.remove(id);
            general.addAll(above);
        }
        b.diagnosisConcepts.removeAll(general);
        for (String id : b.diagnosisConcepts) {
            concepts.descendants(id).forEach(c -> b.diagnosisDescendants.add(c.id()));
        }
        b.diagnosisDescendants.removeAll(b.diagnosisAncestors);
        if (b.diagnosisAncestors.stream().anyMatch(LIQUID_ROOTS::contains)) {
            b.bucket = LIQUID;
        } else if (b.diagnosisAncestors.contains(CANCER)) {
            b.bucket = SOLID;
        }
    }

    private static Set<String> ancestors(String id, ConceptDictionary concepts) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (seen.add(next)) {
                concepts.get(next).ifPresent(c -> queue.addAll(c.parents()));
            }
        }
        return seen;
    }

    // Each finding is read as a query would be ("EGFR Exon-19-Deletion", "ALK negativ", "PD-L1 TPS 60%"): the same
    // words and thresholds as the trials' texts, so the keys are the ones the trials' criteria carry.
    private static void readBiomarkers(List<Biomarker> findings, BiomarkerVocabulary vocabulary, Builder b) {
        Set<BiomarkerKey> present = new TreeSet<>();
        Set<BiomarkerKey> absent = new TreeSet<>();
        for (Biomarker finding : findings) {
            String name = finding.gene() != null && !finding.gene().isBlank() ? finding.gene() : finding.marker();
            String value = finding.gene() != null && !finding.gene().isBlank() ? finding.alteration() : finding.value();
            if (name == null || name.isBlank()) {
                continue;
            }
            String written = value == null || value.isBlank() ? name.strip() : name.strip() + " " + value.strip();
            BiomarkerMentions read = read(name.strip(), value, written, vocabulary);
            present.addAll(read.required());
            absent.addAll(read.excluded());
            for (BiomarkerKey key : read.required()) {
                b.biomarkerValues.merge(key.marker(), written, (a, c) -> a + "; " + c);
            }
            for (BiomarkerKey key : read.excluded()) {
                b.biomarkerValues.merge(key.marker(), written, (a, c) -> a.contains(c) ? a : a + "; " + c);
            }
        }
        Set<BiomarkerKey> presentClosed = vocabulary.withAncestors(present);
        Set<BiomarkerKey> absentClosed = vocabulary.withDescendants(absent);
        absentClosed.removeAll(presentClosed);
        presentClosed.forEach(k -> b.present.add(k.toString()));
        absentClosed.forEach(k -> b.absent.add(k.toString()));
        for (BiomarkerKey key : presentClosed) {
            if (!key.isMarkerOnly()) {
                b.markersWithVariant.add(key.marker());
            }
        }
        // MSI-high and microsatellite-stable (pMMR) are the two results of one test: either says the other is absent.
        if (b.present.contains("MSI:HIGH")) {
            b.absent.add("MMR:PROFICIENT");
        } else if (b.present.contains("MMR:PROFICIENT")) {
            b.absent.add("MSI:HIGH");
        }
    }

    // A measured value ("TPS 60%", "12 mut/Mb") is a lower and an upper bound at once: read as "≥ 60%" it names the
    // key of the highest threshold reached, read as "≤ 60%" it negates the thresholds above it ("TPS 0%": no PD-L1).
    private static final Pattern MEASURED = Pattern.compile(
            "^([^0-9<>≤≥=]*?)\\s*(\\d+(?:[.,]\\d+)?)\\s*(%|mut\\s*/\\s*mb|mutations\\s*/\\s*mb|mut/megabase)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    // without a unit a number is a measured value only after a score's name: "Exon 19" is no level of 19
    private static final Set<String> SCORE_WORDS = Set.of("", "tps", "cps", "ic", "tc", "score", "tps:", "cps:",
            "tumor proportion score", "combined positive score");

    private static BiomarkerMentions read(String name, String value, String written, BiomarkerVocabulary vocabulary) {
        Matcher measured = value == null ? null : MEASURED.matcher(value.strip());
        if (measured == null || !measured.matches()
                || measured.group(3) == null && !SCORE_WORDS.contains(measured.group(1).strip().toLowerCase(Locale.ROOT))) {
            return BiomarkerMentions.inQuery(written, vocabulary);
        }
        String unit = measured.group(3) == null ? "" : " " + measured.group(3);
        String prefix = name + " " + measured.group(1).strip() + " ";
        BiomarkerMentions atLeast = BiomarkerMentions.inQuery(prefix + "≥ " + measured.group(2) + unit, vocabulary);
        BiomarkerMentions atMost = BiomarkerMentions.inQuery(prefix + "≤ " + measured.group(2) + unit, vocabulary);
        Set<BiomarkerKey> required = new TreeSet<>(atLeast.required());
        required.removeAll(atMost.excluded());
        return new BiomarkerMentions(required, atMost.excluded());
    }

    private static void readTherapies(List<PriorTherapy> given, TherapyVocabulary vocabulary, Builder b) {
        java.util.SortedSet<Integer> lines = new TreeSet<>();
        int unnumbered = 0;
        for (PriorTherapy therapy : given) {
            String name = therapy.drug() != null && !therapy.drug().isBlank() ? therapy.drug() : therapy.regimen();
            if (name == null || name.isBlank()) {
                continue;
            }
            b.therapiesKnown = true;
            if (NO_THERAPY.contains(name.strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String shown = therapy.line() == null ? name.strip() : name.strip() + " (" + therapy.line() + ")";
            var generic = vocabulary.drug(name);
            if (generic.isPresent()) {
                received(b, DRUG + generic.get(), shown);
                for (String c : vocabulary.classesOf(name)) {
                    received(b, CLASS + c, shown);
                }
            } else {
                // a regimen or a drug the vocabulary lacks: its parts may be known ("Carboplatin/Pemetrexed")
                boolean anyPart = false;
                for (String part : name.split("[/+,]| und | and | plus ")) {
                    var partGeneric = vocabulary.drug(part);
                    if (partGeneric.isPresent()) {
                        anyPart = true;
                        received(b, DRUG + partGeneric.get(), shown);
                        vocabulary.classesOf(part).forEach(c -> received(b, CLASS + c, shown));
                    }
                }
                if (!anyPart) {
                    b.unrecognisedTherapies.add(name.strip());
                    received(b, DRUG + name.strip().toLowerCase(Locale.ROOT), shown);
                }
            }
            if (therapy.line() != null && therapy.line() > 0) {
                lines.add(therapy.line());
            } else {
                unnumbered++;
            }
        }
        if (b.therapiesKnown) {
            int highest = lines.isEmpty() ? 0 : lines.last();
            // lines numbered: the highest number given; none numbered: unknown unless there was no therapy at all
            if (!lines.isEmpty()) {
                b.priorLines = Math.max(highest, lines.size());
            } else if (unnumbered == 0) {
                b.priorLines = 0;
            }
        }
    }

    private static void received(Builder b, String key, String shown) {
        b.therapiesReceived.add(key);
        b.therapyValues.merge(key, shown, (a, c) -> a.contains(c) ? a : a + "; " + c);
    }

    /**
     * The DIAGNOSIS keys a trial may name and still take this patient: the diagnosis concepts, all their ancestors, and
     * the bucket ("BUCKET:SOLID" / "BUCKET:LIQUID"). Candidate retrieval looks these up among the trials' criteria.
     */
    public Set<String> diagnosisKeys() {
        return diagnosisKeys;
    }

    /** The biomarker keys the patient has, with the keys they imply ("EGFR:L858R" → also "EGFR"), as index strings. */
    public Set<String> biomarkerKeys() {
        return presentBiomarkers;
    }

    /** The biomarker keys tested negative, with every key below them ("ALK negativ" → ALK, ALK:FUSION). */
    public Set<String> absentBiomarkerKeys() {
        return absentBiomarkers;
    }

    /** Markers of which a specific variant or state was found ("EGFR" for EGFR L858R). */
    public Set<String> markersWithVariant() {
        return markersWithVariant;
    }

    /** The findings as the profile wrote them, by marker ("EGFR" → "EGFR L858R"), for showing beside a check. */
    public String biomarkerValue(String marker) {
        return biomarkerValues.get(marker);
    }

    /** The diagnosis concepts the profile names (OncoTree and ICD-10 codes first, else the text). */
    public Set<String> diagnosisConcepts() {
        return diagnosisConcepts;
    }

    /** The diagnosis concepts and all their ancestors. */
    public Set<String> diagnosisAncestors() {
        return diagnosisAncestors;
    }

    /** Concepts more specific than the patient's (a trial for lung adenocarcinoma when the profile says NSCLC). */
    public Set<String> diagnosisDescendants() {
        return diagnosisDescendants;
    }

    /** "BUCKET:SOLID", "BUCKET:LIQUID", or null for a diagnosis that is no cancer or is unknown. */
    public String bucket() {
        return bucket;
    }

    public String diagnosisText() {
        return diagnosisText;
    }

    /** Age in whole years as given, null unknown. */
    public Integer ageYears() {
        return ageYears;
    }

    /** Age in days (years × 365.25), null unknown. */
    public Integer ageDays() {
        return ageYears == null ? null : (int) Math.round(ageYears * DAYS_PER_YEAR);
    }

    /** FEMALE, MALE or null. */
    public String sex() {
        return sex;
    }

    public Integer ecog() {
        return ecog;
    }

    /** Whether the profile says anything of prior therapies (a "none" entry counts: no therapy). */
    public boolean therapiesKnown() {
        return therapiesKnown;
    }

    /** "DRUG:osimertinib", "CLASS:EGFR_TKI", ... for every therapy received; unknown names as "DRUG:<name>". */
    public Set<String> therapiesReceived() {
        return therapiesReceived;
    }

    /** The therapies as the profile wrote them that gave this key, for showing beside a check. */
    public String therapyValue(String key) {
        return therapyValues.get(key);
    }

    /** Therapies the vocabulary does not know: their classes are unknown. */
    public List<String> unrecognisedTherapies() {
        return unrecognisedTherapies;
    }

    /** Number of prior systemic lines (the highest line given), 0 for "none", null unknown. */
    public Integer priorLines() {
        return priorLines;
    }

    public BrainMetastases brainMetastases() {
        return brainMetastases;
    }
}
