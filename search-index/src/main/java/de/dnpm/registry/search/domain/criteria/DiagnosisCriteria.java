package de.dnpm.registry.search.domain.criteria;

import de.dnpm.registry.search.domain.Concept;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.ConceptMatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diseases a trial is for, as concept ids of the {@link ConceptDictionary}: from its conditions and condition terms
 * (the title only when those name nothing), and from inclusion criteria that state the diagnosis ("histologically
 * confirmed NSCLC", "diagnosis of …"). A cancer trial also gets one bucket, BUCKET:LIQUID for haematologic cancers
 * (below "hematologic cancer", "lymphoma", "leukemia", "myeloma" in the Disease Ontology), BUCKET:SOLID for other
 * cancers; "advanced solid tumours" gives BUCKET:SOLID alone. Concepts too general to say anything ("disease",
 * "cancer") and phrases that name more than three concepts are left out.
 */
final class DiagnosisCriteria {

    static final String SOLID = "BUCKET:SOLID";
    static final String LIQUID = "BUCKET:LIQUID";
    private static final int MAX_CONCEPTS = 3;
    private static final Pattern DIAGNOSIS_CUE = Pattern.compile("\\b(?:histologically|cytologically|pathologically|"
            + "histological(?:ly)?|cytological(?:ly)?|pathological(?:ly)?|confirmed|documented|proven|verified|"
            + "diagnosis of|diagnosed with|diagnosed|histologisch|zytologisch|gesichert\\w*|bestätigt\\w*|"
            + "diagnose (?:eines|einer|des|der)?)\\b");
    private static final Pattern SOLID_TUMOUR = Pattern.compile("(?i)\\bsolid(?:e[nr]?)?\\s+(?:tumou?rs?|tumoren|"
            + "malignanc(?:y|ies)|neoplasms?|cancers?)\\b");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** An inclusion criterion that rules out ("… are not eligible") or speaks of another disease. */
    private static final Pattern SELF_EXCLUDING = Pattern.compile("\\b(?:not eligible|ineligible|excluded|exclude|"
            + "no (?:history|evidence|prior|known|other)|without|history of|other than|except|second(?:ary)? "
            + "malignan\\w*|another malignan\\w*|other malignan\\w*|must not|nicht|kein\\w*|ausgeschlossen)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;](?:\\s|$)");
    private static final int CUE_REACH = 120;

    private final ConceptDictionary concepts;
    private final Set<String> general = new HashSet<>();
    private final Set<String> liquidRoots = new HashSet<>();
    private final Set<String> cancerRoots = new HashSet<>();
    private final Map<String, String> buckets = new ConcurrentHashMap<>();

    DiagnosisCriteria(ConceptDictionary concepts) {
        this.concepts = concepts;
        for (String name : List.of("hematologic cancer", "lymphoma", "leukemia", "myeloma", "multiple myeloma",
                "plasma cell neoplasm", "myelodysplastic syndrome", "myeloproliferative neoplasm")) {
            concepts.find(name).stream().map(Concept::id).filter(id -> id.startsWith("DOID:")).forEach(liquidRoots::add);
        }
        concepts.find("cancer").stream().map(Concept::id).forEach(cancerRoots::add);
        for (String name : List.of("disease", "cancer", "disease of cellular proliferation", "organ system cancer",
                "cell type cancer", "neoplasm", "tumor", "syndrome", "carcinoma", "benign neoplasm")) {
            concepts.find(name).stream().map(Concept::id).forEach(general::add);
        }
    }

    /** The diagnoses of the registry's conditions, condition terms, or (when those name none) the title. */
    void fromFields(TrialEligibility trial, List<TrialCriterion> out) {
        int before = out.size();
        for (String condition : trial.conditions()) {
            add(ids(condition), "condition: " + CriterionText.collapse(condition), out);
        }
        for (String term : trial.conditionTerms()) {
            add(ids(term), "conditionTerm: " + CriterionText.collapse(term), out);
        }
        if (out.size() == before && trial.title() != null) {
            add(ids(trial.title()), "title: " + CriterionText.collapse(trial.title()), out);
        }
        for (String text : fieldTexts(trial)) {
            if (text != null && SOLID_TUMOUR.matcher(text).find()) {
                out.add(new TrialCriterion(CriterionType.DIAGNOSIS, false, SOLID, null, null,
                        CriterionText.collapse(text)));
                break;
            }
        }
    }

    private static List<String> fieldTexts(TrialEligibility trial) {
        List<String> texts = new ArrayList<>(trial.conditions());
        texts.add(trial.title());
        return texts;
    }

    /** An inclusion criterion that states the diagnosis. */
    void read(CriterionText criterion, List<TrialCriterion> out) {
        if (criterion.exclusionSection()) {
            return;
        }
        Matcher cue = DIAGNOSIS_CUE.matcher(criterion.lower());
        if (!cue.find() || SELF_EXCLUDING.matcher(criterion.lower()).find()) {
            return;
        }
        String text = criterion.text();
        if (SOLID_TUMOUR.matcher(text).find()) {
            out.add(new TrialCriterion(CriterionType.DIAGNOSIS, false, SOLID, null, null, text));
        }
        String after = text.substring(cue.start(), Math.min(text.length(), cue.end() + CUE_REACH));
        Matcher end = SENTENCE_END.matcher(after);
        if (end.find()) {
            after = after.substring(0, end.start());
        }
        add(ids(after), text, out);
    }

    private void add(Set<String> ids, String evidence, List<TrialCriterion> out) {
        for (String id : ids) {
            out.add(new TrialCriterion(CriterionType.DIAGNOSIS, false, id, null, null, evidence));
        }
    }

    private Set<String> ids(String text) {
        Set<String> ids = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        List<Concept> whole = concepts.find(text);
        if (!whole.isEmpty() && whole.size() <= MAX_CONCEPTS) {
            whole.stream().map(Concept::id).filter(id -> !general.contains(id)).forEach(ids::add);
            return ids;
        }
        List<String> tokens = Arrays.asList(SPACE.split(text.strip()));
        for (ConceptMatch match : concepts.findIn(tokens)) {
            if (match.concepts().size() <= MAX_CONCEPTS) {
                match.conceptIds().stream().filter(id -> !general.contains(id)).forEach(ids::add);
            }
        }
        return ids;
    }

    /** The bucket of a trial's inclusion diagnoses: LIQUID, SOLID, both, or none (not a cancer trial). */
    void buckets(List<TrialCriterion> out) {
        boolean solid = false;
        boolean liquid = false;
        boolean solidSaid = false;
        String solidEvidence = null;
        String liquidEvidence = null;
        for (TrialCriterion c : out) {
            if (c.type() != CriterionType.DIAGNOSIS || c.exclusion()) {
                continue;
            }
            if (SOLID.equals(c.key())) {
                solidSaid = true;
                continue;
            }
            String bucket = bucket(c.key());
            if (LIQUID.equals(bucket) && !liquid) {
                liquid = true;
                liquidEvidence = c.evidence();
            } else if (SOLID.equals(bucket) && !solid) {
                solid = true;
                solidEvidence = c.evidence();
            }
        }
        if (solid && !solidSaid) {
            out.add(new TrialCriterion(CriterionType.DIAGNOSIS, false, SOLID, null, null, solidEvidence));
        }
        if (liquid) {
            out.add(new TrialCriterion(CriterionType.DIAGNOSIS, false, LIQUID, null, null, liquidEvidence));
        }
    }

    /** LIQUID, SOLID or "" for a concept, by its ancestors. */
    String bucket(String id) {
        return buckets.computeIfAbsent(id, this::computeBucket);
    }

    private String computeBucket(String id) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
        boolean cancer = false;
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (liquidRoots.contains(current)) {
                return LIQUID;
            }
            cancer |= cancerRoots.contains(current);
            concepts.get(current).ifPresent(c -> queue.addAll(c.parents()));
        }
        return cancer ? SOLID : "";
    }
}
