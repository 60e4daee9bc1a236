package de.dnpm.registry.search.domain.criteria;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brain metastases a trial excludes or requires, keys ANY, ACTIVE, UNTREATED, SYMPTOMATIC. "Symptomatic or untreated
 * brain metastases" among the exclusions excludes SYMPTOMATIC and UNTREATED; "known CNS metastases" excludes ANY;
 * "brain metastases unless treated and stable" excludes UNTREATED and ACTIVE; a trial that says anywhere that treated,
 * stable brain metastases are allowed never excludes ANY (its "known brain metastases" becomes what the allowance
 * leaves out). In the inclusion criteria "no active brain metastases" excludes ACTIVE; "must have measurable brain
 * metastases" requires ANY. German "Hirnmetastasen", "ZNS-Metastasen" alike.
 */
final class BrainMetastasisCriteria {

    static final String ANY = "ANY";
    static final String ACTIVE = "ACTIVE";
    static final String UNTREATED = "UNTREATED";
    static final String SYMPTOMATIC = "SYMPTOMATIC";

    private static final Pattern MENTION = Pattern.compile(
            "\\b(?:brain|cns|central nervous system|cerebral|intracranial)"
                    + "(?:\\s*(?:and/or|or|and|/|,)\\s*(?:leptomeningeal|meningeal|spinal(?: cord)?|brain|cns|"
                    + "intracranial|epidural|dural))?(?:\\s*\\((?:cns|brain)\\))?\\s*[- ]?\\s*(?:metasta\\w*|mets)\\b"
                    + "|\\bmetasta\\w*\\s+(?:to|in|of|into|within)\\s+(?:the\\s+)?(?:brain|cns|central nervous system)\\b"
                    + "|\\bmetastatic (?:disease|involvement|spread) (?:to|of|in) (?:the )?(?:brain|cns|central nervous system)\\b"
                    + "|\\b(?:hirn|gehirn|zns|zerebrale|cerebrale)[- ]?metasta\\w*|\\bzerebrale metasta\\w*");
    private static final Pattern ALLOWANCE = Pattern.compile("\\b(?:allowed|permitted|eligible|may (?:be )?(?:participate|enroll|enrolled|included|entered|considered)|"
            + "can (?:be )?(?:participate|enroll|enrolled|included)|are acceptable|is acceptable|acceptable|"
            + "zugelassen|erlaubt|eingeschlossen werden|teilnehmen|"
            + "(?:must|should|need to|needs to|have to|has to)\\s+(?:have\\s+)?(?:be|been)|müssen)\\b");
    private static final Pattern EXCEPTION = Pattern.compile("\\b(?:unless|except|with the exception|provided|"
            + "if (?:they|the|brain|patients?|subjects?|participants?|metastases|lesions|cns)|who (?:have|are|were|had)|"
            + "that (?:have|are|were|has|is)|which (?:have|are|were|has)|es sei denn|außer|ausgenommen|sofern|wenn)\\b");
    private static final Pattern SYMPTOMATIC_WORD = Pattern.compile("(?<!a)symptomati\\w*|\\bsymptom(?:s|e)\\b");
    private static final Pattern UNTREATED_WORD = Pattern.compile(
            "\\buntreated\\b|\\bunbehandelt\\w*|\\bnot (?:been |yet |previously |adequately |definitively )*treated\\b"
                    + "|\\bnot received (?:\\w+ ){0,2}(?:treatment|therapy|radiotherapy|radiation)|\\bnewly diagnosed\\b");
    private static final Pattern ACTIVE_WORD = Pattern.compile("\\b(?:active|unstable|progressive|progressing|"
            + "uncontrolled|growing|aktive?\\w*|instabile?\\w*|progredient\\w*)\\b");
    private static final Pattern TREATED_WORD = Pattern.compile("\\b(?:(?:previously|adequately|definitively|locally)\\s+)?"
            + "(?:treated|irradiated|resected|behandelt\\w*|bestrahlt\\w*)\\b");
    private static final Pattern STABLE_WORD = Pattern.compile("\\b(?:stable|stabil\\w*|inactive|controlled|"
            + "no evidence of progression|without (?:evidence of )?progression|not progressing)\\b");
    private static final Pattern ASYMPTOMATIC_WORD = Pattern.compile("\\b(?:asymptomati\\w*|neurologically stable|"
            + "symptom-?free|beschwerdefrei|without (?:neurological )?symptoms)\\b");
    private static final Pattern NEGATION_BEFORE = Pattern.compile("\\b(?:no|not|without|absence of|free of|"
            + "must not have|must not|none|kein\\w*|ohne|nicht)\\b(?:[^.;,]{0,60})$");
    private static final Pattern REQUIRED_BEFORE = Pattern.compile("\\b(?:must have|presence of|at least one|"
            + "measurable|documented|confirmed|diagnosed with|diagnosis of|evidence of|radiographic|radiological|"
            + "newly diagnosed|with (?:\\w+ ){0,3}(?=brain|cns|intracranial|cerebral))\\b[^.;]{0,40}$");

    /** How far after a mention its qualifiers may stand ("CNS metastases that are symptomatic"). */
    private static final int AFTER_REACH = 40;

    private BrainMetastasisCriteria() {
    }

    /** True when the criterion says brain metastases of some kind are allowed ("treated, stable … are eligible"). */
    static Set<String> allowanceLimits(CriterionText criterion) {
        Set<String> limits = new LinkedHashSet<>();
        if (!criterion.lower().contains("meta")) {
            return limits;
        }
        for (String sentence : criterion.lowerSentences()) {
            Matcher mention = MENTION.matcher(sentence);
            if (mention.find() && ALLOWANCE.matcher(sentence).find()) {
                limits.addAll(allowed(sentence));
                if (limits.isEmpty()) {
                    limits.add(ANY); // allowed without a condition named
                }
            }
        }
        return limits;
    }

    /** What the conditions of an allowance leave excluded: "treated" → UNTREATED, "stable" → ACTIVE, ... */
    private static Set<String> allowed(String text) {
        Set<String> keys = new LinkedHashSet<>();
        if (TREATED_WORD.matcher(text).find()) {
            keys.add(UNTREATED);
        }
        if (STABLE_WORD.matcher(text).find()) {
            keys.add(ACTIVE);
        }
        if (ASYMPTOMATIC_WORD.matcher(text).find()) {
            keys.add(SYMPTOMATIC);
        }
        return keys;
    }

    /**
     * Reads one criterion; {@code trialAllows}: what allowances anywhere in the trial leave excluded (empty: none
     * seen), so an unqualified "known brain metastases" becomes those keys.
     */
    static void read(CriterionText criterion, Set<String> trialAllows, List<TrialCriterion> out) {
        if (!criterion.lower().contains("meta")) {
            return;
        }
        Set<String> excluded = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (String sentence : criterion.lowerSentences()) {
            Matcher mention = MENTION.matcher(sentence);
            if (!mention.find()) {
                continue;
            }
            if (ALLOWANCE.matcher(sentence).find()) {
                continue; // an allowance: read by allowanceLimits
            }
            Matcher exception = EXCEPTION.matcher(sentence);
            int cut = exception.find(mention.end()) ? exception.start() : sentence.length();
            // qualifiers stand just before the mention or just after it ("brain metastases that are symptomatic")
            String before = sentence.substring(Math.max(0, mention.start() - 60), mention.start());
            int clauseStart = Math.max(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')), -1) + 1;
            before = before.substring(clauseStart);
            String head = before + sentence.substring(mention.start(), Math.min(cut, mention.end() + AFTER_REACH));
            String rest = sentence.substring(cut);
            boolean negated = NEGATION_BEFORE.matcher(before).find();
            boolean excludes = criterion.exclusionSection() != negated;
            if (!criterion.exclusionSection() && !negated && !REQUIRED_BEFORE.matcher(before).find()
                    && !before.isBlank()) {
                continue; // inclusion that neither requires nor rules out clearly
            }
            if (criterion.exclusionSection() && negated) {
                continue; // "Exclusion: no brain metastases ..." double negation: unclear
            }
            Set<String> keys = qualifiers(head);
            if (keys.isEmpty() && cut < sentence.length()) {
                keys = allowed(rest); // "brain metastases unless treated and stable"
                if (keys.isEmpty()) {
                    continue;
                }
            }
            if (keys.isEmpty()) {
                keys.add(ANY);
            }
            if (excludes && keys.contains(ANY) && !trialAllows.isEmpty()) {
                keys = new LinkedHashSet<>(trialAllows);
                keys.remove(ANY);
                if (keys.isEmpty()) {
                    continue;
                }
            }
            (excludes ? excluded : required).addAll(keys);
        }
        for (String key : excluded) {
            out.add(new TrialCriterion(CriterionType.BRAIN_METASTASES, true, key, null, null, criterion.text()));
        }
        for (String key : required) {
            out.add(new TrialCriterion(CriterionType.BRAIN_METASTASES, false, key, null, null, criterion.text()));
        }
    }

    private static Set<String> qualifiers(String text) {
        Set<String> keys = new LinkedHashSet<>();
        if (SYMPTOMATIC_WORD.matcher(text).find()) {
            keys.add(SYMPTOMATIC);
        }
        if (UNTREATED_WORD.matcher(text).find()) {
            keys.add(UNTREATED);
        }
        if (ACTIVE_WORD.matcher(text).find()) {
            keys.add(ACTIVE);
        }
        return keys;
    }
}
