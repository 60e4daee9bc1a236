package de.dnpm.registry.quality;

import de.dnpm.registry.search.domain.BiomarkerKey;
import de.dnpm.registry.search.domain.BiomarkerMentions;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.ConceptMatch;
import de.dnpm.registry.search.domain.PatientNote;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import de.dnpm.registry.search.domain.matching.PatientProfile.Biomarker;
import de.dnpm.registry.search.domain.matching.PatientProfile.BrainMetastases;
import de.dnpm.registry.search.domain.matching.PatientProfile.Diagnosis;
import de.dnpm.registry.search.domain.matching.PatientProfile.PriorTherapy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a TREC topic (a free-text note about a patient) into the {@link PatientProfile} a board would enter, by rules:
 * age and sex as {@link PatientNote} reads them; the diagnosis as the diseases the first sentence's affirmed clauses
 * name (the note's diagnosis comes first); biomarkers present from affirmed clauses and absent from negated ones
 * ({@link BiomarkerMentions#inQuery}); the drugs of {@link TherapyVocabulary} named in affirmed clauses as prior
 * therapies (line unknown: notes seldom say it); ECOG when stated; brain metastases when named.
 *
 * <p>Test scope on purpose: it is measured here on English notes only; the search page turning a German description
 * into a profile would need its own rules for German doctors' letters and a review of what it gets wrong.
 */
final class TopicProfiles {

    private static final Pattern ECOG = Pattern.compile(
            "\\b(?:ECOG|WHO|performance status|PS)\\s*(?:performance\\s+status|PS)?\\s*(?:score|of|is|was|=|:)?\\s*([0-4])\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRAIN = Pattern.compile(
            "\\b(?:brain|cerebral|intracranial|CNS)\\s+(?:metastas[ie]s|mets|lesions?)\\b|hirnmetastase",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BRAIN_TREATED = Pattern.compile(
            "\\b(?:treated|irradiated|radiosurgery|whole[- ]brain|WBRT|SRS|resected|gamma knife|bestrahlt|behandelt)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ENDS_IN_STATE = Pattern.compile(
            "\\b(?:negative|negativ|wild[- ]?typ(?:e)?|wt)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");

    private final ConceptDictionary concepts;
    private final TherapyVocabulary therapies;

    TopicProfiles(ConceptDictionary concepts, TherapyVocabulary therapies) {
        this.concepts = concepts;
        this.therapies = therapies;
    }

    PatientProfile read(String caseId, String topic) {
        PatientNote note = PatientNote.read(topic);
        String sex = note.sex() == null ? null : note.sex().toLowerCase(Locale.ROOT);
        return new PatientProfile(caseId, note.ageYears(), sex, diagnosis(note), null, ecog(topic),
                biomarkers(note), priorTherapies(note), brainMetastases(note), List.of(), null, null, null);
    }

    /** The diseases the first sentence affirms, as the dictionary names them; null when it names none. */
    Diagnosis diagnosis(PatientNote note) {
        Set<String> names = new LinkedHashSet<>();
        for (PatientNote.Clause clause : note.affirmed()) {
            if (!clause.firstSentence()) {
                continue;
            }
            List<String> words = List.of(clause.text().split("\\s+"));
            for (ConceptMatch match : concepts.findIn(words)) {
                names.add(String.join(" ", words.subList(match.start(), match.end())).replaceAll("[,.;:]+$", ""));
            }
        }
        return names.isEmpty() ? null : new Diagnosis(String.join("; ", names), null, null);
    }

    static Integer ecog(String topic) {
        Matcher m = ECOG.matcher(topic);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * Markers of affirmed clauses as present, of clauses negated by a leading cue ("no EGFR mutation") as absent. A
     * clause that ends in a state word is negated whole by {@link PatientNote} ("HER2-positive and ER/PR negative"), but
     * the marker reading knows better which marker the word belongs to: there its own sets decide.
     */
    static List<Biomarker> biomarkers(PatientNote note) {
        Map<String, Biomarker> found = new LinkedHashMap<>();
        for (PatientNote.Clause clause : note.clauses()) {
            BiomarkerMentions mentions = BiomarkerMentions.inQuery(clause.text());
            boolean cueNegated = clause.negated() && !ENDS_IN_STATE.matcher(clause.text()).find();
            for (BiomarkerKey key : mentions.required()) {
                found.putIfAbsent(key.toString(), cueNegated ? absent(key) : present(key));
            }
            for (BiomarkerKey key : mentions.excluded()) {
                found.putIfAbsent(key.toString(), absent(key));
            }
        }
        return List.copyOf(found.values());
    }

    private static Biomarker present(BiomarkerKey key) {
        return new Biomarker(gene(key), key.isMarkerOnly() ? "positive" : detail(key), null, null);
    }

    private static Biomarker absent(BiomarkerKey key) {
        String what = key.isMarkerOnly() || key.detail().equals("POSITIVE") ? "negative" : detail(key) + " negative";
        return new Biomarker(gene(key), what, null, null);
    }

    /** The marker as boards write it: the index's PDL1 and ERBB2 are "PD-L1" and "HER2" on a form. */
    private static String gene(BiomarkerKey key) {
        return switch (key.marker()) {
            case "PDL1" -> "PD-L1";
            case "ERBB2" -> "HER2";
            default -> key.marker();
        };
    }

    /** A key's detail as words ("EXON19DEL" → "exon 19 deletion"); variants ("L858R") as they are. */
    private static String detail(BiomarkerKey key) {
        String d = key.detail();
        Matcher exon = Pattern.compile("EXON(\\d+)(DEL|INS)?").matcher(d);
        if (exon.matches()) {
            String kind = exon.group(2) == null ? "skipping" : exon.group(2).equals("DEL") ? "deletion" : "insertion";
            return "exon " + exon.group(1) + " " + kind;
        }
        return switch (d) {
            case "FUSION", "POSITIVE", "HIGH", "LOW", "PROFICIENT" -> d.toLowerCase(Locale.ROOT);
            case "AMP" -> "amplification";
            default -> d;
        };
    }

    /** Drugs and regimens named in affirmed clauses, in order of mention, each once; the line is not known. */
    List<PriorTherapy> priorTherapies(PatientNote note) {
        Set<String> drugs = new LinkedHashSet<>();
        for (PatientNote.Clause clause : note.affirmed()) {
            List<String> words = new ArrayList<>();
            Matcher word = WORD.matcher(clause.text());
            while (word.find()) {
                words.add(word.group());
            }
            // names of up to three words ("nab paclitaxel"), longest first
            for (int i = 0; i < words.size(); i++) {
                for (int n = Math.min(3, words.size() - i); n >= 1; n--) {
                    var drug = therapies.drug(String.join(" ", words.subList(i, i + n)));
                    if (drug.isPresent()) {
                        drugs.add(drug.get());
                        i += n - 1;
                        break;
                    }
                }
            }
        }
        return drugs.stream().map(d -> new PriorTherapy(d, null, null, null)).toList();
    }

    /** Named in an affirmed clause: present (treated when the clause says so); only in negated ones: absent. */
    static BrainMetastases brainMetastases(PatientNote note) {
        boolean negated = false;
        for (PatientNote.Clause clause : note.clauses()) {
            if (BRAIN.matcher(clause.text()).find()) {
                if (!clause.negated()) {
                    boolean treated = BRAIN_TREATED.matcher(clause.text()).find();
                    return new BrainMetastases(true, treated ? Boolean.TRUE : null, null, null);
                }
                negated = true;
            }
        }
        return negated ? new BrainMetastases(false, null, null, null) : null;
    }
}
