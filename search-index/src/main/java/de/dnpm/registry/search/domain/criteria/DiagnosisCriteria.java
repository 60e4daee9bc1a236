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
    private static final Pattern ICD10 = Pattern.compile("^\\s*(?:ICD-?10(?:-GM)?:?\\s*)?([A-TV-Z]\\d{2}(?:\\.\\d{1,2})?)"
            + "(?=$|[\\s:,;-])\\s*[-:]?\\s*");
    private static final Pattern NEGATED_START = Pattern.compile("^(?:no|not|none|without|kein\\w*|ohne)\\b");
    /** "adenocarcinoma of the prostate": the concept is "prostate adenocarcinoma". */
    private static final Pattern OF_THE = Pattern.compile("(?i)\\b(carcinomas?|adenocarcinomas?|cancers?|sarcomas?|"
            + "tumou?rs?|neoplasms?|lymphomas?|melanomas?)\\s+of\\s+(?:the\\s+)?([a-z]+(?:\\s+[a-z]+)?)");
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
            Set<String> ids = icd10(condition);
            ids.addAll(ids(ICD10.matcher(condition).replaceFirst("")));
            add(ids, "condition: " + CriterionText.collapse(condition), out);
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

    /** The concepts of an ICD-10 code that leads a condition ("C34.9 Bösartige Neubildung: Bronchus oder Lunge"). */
    private Set<String> icd10(String condition) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher code = ICD10.matcher(condition);
        if (code.find()) {
            for (Concept c : concepts.byIcd10(code.group(1))) {
                if (!general.contains(c.id())) {
                    ids.add(c.id());
                }
            }
        }
        return ids;
    }

    /** An inclusion criterion that states the diagnosis. */
    void read(CriterionText criterion, List<TrialCriterion> out) {
        if (criterion.exclusionSection()) {
            return;
        }
        Matcher cue = DIAGNOSIS_CUE.matcher(criterion.lower());
        if (!cue.find() || SELF_EXCLUDING.matcher(criterion.lower()).find()
                || NEGATED_START.matcher(criterion.lower()).find()) {
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
        if (whole.isEmpty() && text.contains(", ") && text.length() < 80) {
            // MeSH writes its terms inverted: "Anemia, Sickle Cell", "Leukemia, Myeloid, Acute"
            List<String> parts = new java.util.ArrayList<>(List.of(text.split(",\\s+")));
            if (parts.size() <= 3) {
                java.util.Collections.reverse(parts);
                whole = concepts.find(String.join(" ", parts));
            }
        }
        if (!whole.isEmpty() && whole.size() <= MAX_CONCEPTS) {
            whole.stream().map(Concept::id).filter(id -> !general.contains(id)).forEach(ids::add);
            if (!ids.isEmpty()) {
                return ids;
            }
        }
        Matcher of = OF_THE.matcher(text);
        Set<String> composedFrom = new HashSet<>();
        while (of.find()) {
            String organ = of.group(2);
            for (String candidate : List.of(organ + " " + of.group(1), organ.split("\\s+")[0] + " " + of.group(1))) {
                List<Concept> found = concepts.find(candidate);
                if (!found.isEmpty() && found.size() <= MAX_CONCEPTS) {
                    found.stream().map(Concept::id).forEach(ids::add);
                    concepts.find(of.group(1)).stream().map(Concept::id).forEach(composedFrom::add);
                    break;
                }
            }
        }
        List<String> tokens = Arrays.asList(SPACE.split(text.strip()));
        for (ConceptMatch match : concepts.findIn(tokens)) {
            if (match.concepts().size() > MAX_CONCEPTS) {
                continue;
            }
            String only = match.end() - match.start() == 1 ? tokens.get(match.start()).replaceAll("\\W", "") : null;
            if (only != null && only.length() <= 3 && !only.equals(only.toUpperCase(java.util.Locale.ROOT))) {
                continue; // "IgG" is no OncoTree code in a sentence
            }
            match.conceptIds().stream().filter(id -> !general.contains(id)).forEach(ids::add);
        }
        ids.removeAll(composedFrom);
        if (ids.size() > 1) {
            ids.removeAll(cellTypeOnly(ids));
        }
        return ids;
    }

    /** "adenocarcinoma" beside "prostate adenocarcinoma": the general one says nothing more. */
    private Set<String> cellTypeOnly(Set<String> ids) {
        Set<String> redundant = new HashSet<>();
        for (String id : ids) {
            for (String other : ids) {
                if (!other.equals(id) && isAncestor(id, other)) {
                    redundant.add(id);
                }
            }
        }
        return redundant;
    }

    private boolean isAncestor(String ancestor, String id) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(id));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (!current.equals(id) && current.equals(ancestor)) {
                return true;
            }
            concepts.get(current).ifPresent(c -> queue.addAll(c.parents()));
        }
        return false;
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
