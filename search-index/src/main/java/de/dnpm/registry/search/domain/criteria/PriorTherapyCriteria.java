package de.dnpm.registry.search.domain.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prior therapies a trial requires or forbids, and the number of prior lines it admits. Keys "DRUG:&lt;generic&gt;",
 * "CLASS:&lt;class&gt;" of the {@link TherapyVocabulary}, or "LINES" with the admitted range.
 * <ul>
 * <li>Inclusion: "progressed on prior EGFR TKI" requires CLASS:EGFR_TKI; "inadequate response to ≥1 TNF inhibitor"
 * requires CLASS:TNF_INHIBITOR; "no prior …", "must not have received …", "biologic-naive" exclude.</li>
 * <li>Exclusion: "prior treatment with a KRAS G12C inhibitor" excludes CLASS:KRAS_G12C_INHIBITOR; what follows
 * "except", "other than", "unless" is left alone.</li>
 * <li>Only a sentence that speaks of therapy before the trial counts (prior, previous, received, progressed,
 * refractory, naive, vorbehandelt …); washouts ("within 4 weeks before the first dose"), current medication and
 * hypersensitivity say nothing about it. Examples of a class ("EGFR TKI (erlotinib, gefitinib)") and drugs offered
 * as alternatives in an inclusion criterion ("prior X or Y") are not required one by one.</li>
 * <li>LINES: "no prior systemic therapy for metastatic disease", "previously untreated", "treatment-naive" → upper 0;
 * "at least one prior line" → lower 1; "no more than 2 prior regimens" → upper 2; exclusion "more than 2 prior
 * lines" → upper 2. The range is the admitted one ({@code exclusion} false) wherever it stood.</li>
 * </ul>
 */
final class PriorTherapyCriteria {

    private static final Pattern PRIOR = Pattern.compile("\\b(?:prior(?! to\\b)|previous(?:ly)?|received|receipt of|pre-?treated|"
            + "treated with|progress\\w* (?:on|after|during|following|with|despite)|failure|failed|refractory|resistant|"
            + "relapsed|intoleran\\w*|inadequate(?:ly)? respon\\w*|loss of response|lost response|insufficient response|"
            + "na[iï]ve|exposure|exposed|history of (?:treatment|therapy)|vorbehandl\\w*|vortherapie\\w*|"
            + "vorangegangen\\w*|vorherige\\w*|versagen|unzureichend\\w*|therapienaiv\\w*|behandlungsnaiv\\w*|"
            + "erhalten|earlier|already)\\b");
    private static final Pattern SKIP = Pattern.compile("\\b(?:hypersensitiv\\w*|allerg\\w*|contraindicat\\w*|"
            + "washout|wash-out|within (?:the )?(?:last |past |previous )?(?:\\d+|one|two|three|four|five|six|"
            + "eight|ten|twelve)\\b|\\d+ (?:days?|weeks?|months?|half-lives|half lives)\\s*(?:of|prior|before|preceding)|"
            + "in the (?:last|past) \\d+|concurrent\\w*|concomitant\\w*|currently (?:receiving|taking|on|using|treated)|"
            + "ongoing|überempfindlich\\w*|unverträglich\\w*|innerhalb (?:von |der letzten )?\\d+|"
            + "with or without|regardless|irrespective|allowed|permitted|acceptable|may have|may be|can have|"
            + "is not required|are not required|optional|zugelassen|erlaubt|eligible|"
            + "since (?:the )?(?:prior|previous|last|end|completion|start)|"
            + "in the (?:last |past )?(?:month|week|year|\\d+ \\w+) (?:prior|before|preceding)|"
            + "scheduled to|planned|will receive|to receive|candidates? for|recover\\w*|toxicit\\w*|toxic effects|"
            + "cumulative|mg/m\\w*|mg/kg|doses? of|provided|as part of (?:this|the) (?:study|protocol)|interval|"
            + "(?:weeks?|months?|days?|cycles?|courses?|doses?) of (?:prior|previous)|"
            + "(?:weeks?|months?|days?|years?) (?:since|from)|since (?:adjuvant|neoadjuvant|completion|end)|"
            + "combination (?:of )?[a-z0-9-]+ (?:and|with|plus)|"
            + "if (?:prior|previous|previously|treated|patients?|subjects?|participants?|they|there)|"
            + "(?:for|in) (?:patients|subjects|participants|those|women|men) (?:who|with)|if the|"
            + "breast-?feeding|pregnan\\w*|contracepti\\w*|lactat\\w*)\\b");
    private static final Pattern LINES_SKIP = Pattern.compile("\\b(?:eligible|allowed|permitted|acceptable|regardless|"
            + "irrespective|with or without|either|may have|zugelassen|erlaubt)\\b");
    /** What a class word says more precisely before "chemotherapy" ("platinum-based", "taxane"). */
    private static final Pattern QUALIFIED_CHEMOTHERAPY = Pattern.compile("(?:based|containing|haltige?|doublet|"
            + "analogue|analog|combination|induction|adjuvant|neoadjuvant|intrathecal|intravesical|intraperitoneal|"
            + "regional|local|topical|high-dose|myeloablative|other)\\W{0,3}$");
    private static final Pattern SELF_EXCLUDING = Pattern.compile("\\b(?:ineligible|not eligible|are excluded|"
            + "will be excluded|is excluded|ausgeschlossen)\\b");
    /** Words that a therapy was had ("progressed after", "refractory"): beside a negation, either way. */
    private static final Pattern POSITIVE = Pattern.compile("\\b(?:progress\\w*|failed|failure|refractory|"
            + "relapsed|resistant|intoleran\\w*|inadequate\\w*|after|following)\\b");
    private static final Pattern QUANTITY = Pattern.compile("\\b(?:no|not) (?:(?:have|has) )?(?:(?:received|had) )?"
            + "(?:more|fewer|less|greater|higher) than\\b");
    private static final Pattern CLAUSE = Pattern.compile("[;:]|\\bbut\\b|\\bhowever\\b|\\bwhereas\\b");
    private static final Pattern QUANTITY_BEFORE = Pattern.compile("\\b(?:no|not) (?:(?:have |has )?(?:received |had )?)"
            + "(?:more|fewer|less|greater|higher) than\\b|\\b(?:at most|up to|maximum of|a maximum of|≤|<=|more than|"
            + "fewer than|less than|greater than|>|<)\\s*"
            + "(?:\\d|one|two|three|four)\\b");
    private static final Pattern OTHER_BEFORE = Pattern.compile("\\bother\\b");
    private static final int CUE_BEFORE = 70;
    private static final int CUE_AFTER = 25;
    private static final int NEGATION_REACH = 80;
    /** Words that a sentence about prior therapy has, one of which the pattern {@link #PRIOR} needs. */
    private static final String[] PRIOR_HINTS = {"prior", "previous", "receiv", "receipt", "treated", "progress",
        "fail", "refractor", "resist", "relaps", "intoleran", "respon", "naive", "naïve", "expos", "history",
        "vorbeh", "vorther", "vorang", "vorher", "versag", "unzureich", "naiv", "erhalten", "earlier", "already",
        "untreated", "line", "regimen"};
    private static final Pattern NEGATED = Pattern.compile("\\b(?:no|not|never|without|none|nor|must not|untreated|"
            + "kein\\w*|nicht|ohne)\\b");
    private static final Pattern EXCEPT = Pattern.compile("\\b(?:except|other than|unless|with the exception|"
            + "apart from|excluding|besides|außer|ausgenommen|es sei denn)\\b");
    private static final Pattern EXAMPLES = Pattern.compile("\\b(?:such as|e\\.g\\.|eg\\.|i\\.e\\.|including|includes|"
            + "for example|like|z\\.\\s?b\\.|wie)(?:\\s|,|:)");
    private static final Pattern NAIVE = Pattern.compile("\\bna[iï]ve\\b|-na[iï]ve\\b|\\bnaiv\\b|-naiv\\b");
    private static final Pattern NAIVE_OR_EXPOSED = Pattern.compile("\\b(?:exposed|experienced|or prior|"
            + "or previously|or have received|or has received)\\b");
    /** What may stand between a therapy and "naive": "osimertinib treatment-naive", "TKI-naive". */
    private static final Pattern NAIVE_GAP = Pattern.compile("[\\s-]*(?:treatment|therapy|therapie|behandlungs)?[\\s-]*");
    private static final Pattern DRUG_OR = Pattern.compile("\\b(?:or|and/or|oder)\\b|/");

    private static final String N = "(\\d|one|two|three|four|five|six|ein(?:e|er)?|zwei|drei|vier)";
    private static final String LINE = "(?:prior |previous |earlier |systemic |standard |lines? of |anti-?cancer |"
            + "anticancer |chemotherapy |treatment |therapy |vorherige |systemische )*"
            + "(?:lines?|regimens?|therapielinien?|linien?|vortherapien?|therapies|treatments)";
    private static final Pattern AT_LEAST = Pattern.compile("(?:at least|≥|>=|minimum of|a minimum of|mindestens)\\s*"
            + N + "\\s+" + LINE + "|\\b" + N + " or more " + LINE);
    private static final Pattern AT_MOST = Pattern.compile("(?:no more than|not more than|at most|up to|maximum of|"
            + "a maximum of|≤|<=|höchstens|maximal)\\s*" + N + "\\s+" + LINE);
    private static final Pattern BETWEEN = Pattern.compile("\\b" + N + "\\s*(?:-|–|to|or|bis|oder)\\s*" + N + "\\s+"
            + LINE);
    private static final Pattern MORE_THAN = Pattern.compile("(?:more than|greater than|>|mehr als)\\s*" + N + "\\s+"
            + LINE);
    private static final Pattern NO_PRIOR_SYSTEMIC = Pattern.compile("\\b(?:no|not (?:have )?(?:had|received)(?: any)?|"
            + "without)\\s+(?:prior |previous |any )*(?:systemic|anti-?cancer|anticancer|palliative)\\s+"
            + "(?:\\w+\\s+)?(?:therapy|therapies|treatment|treatments|regimen)\\b[^.;]{0,40}"
            + "\\b(?:advanced|metastatic|recurrent|unresectable|stage iv|inoperable)\\b"
            + "|\\b(?:previously untreated|treatment-na[iï]ve|therapy-na[iï]ve|untreated (?:advanced|metastatic|"
            + "locally advanced|stage iv|recurrent))\\b(?! (?:brain|cns|central|intracranial|with|by|for|and|or))");
    private static final Pattern PRIOR_SYSTEMIC = Pattern.compile("^(?:any )?(?:prior|previous|received)\\s+(?:any )?"
            + "(?:systemic|anti-?cancer|anticancer)\\s+(?:therapy|therapies|treatment|treatments)\\s+"
            + "(?:for|in the)\\s+(?:the\\s+)?(?:advanced|metastatic|recurrent|unresectable|stage iv)");

    private PriorTherapyCriteria() {
    }

    static void read(CriterionText criterion, TherapyVocabulary therapies, List<TrialCriterion> out) {
        String lower = criterion.lower();
        if (!hasHint(lower)) {
            return;
        }
        lines(criterion, out);
        for (String sentence : criterion.lowerSentences()) {
            therapiesIn(sentence, criterion, therapies, out);
        }
    }

    private static void therapiesIn(String sentence, CriterionText criterion, TherapyVocabulary therapies,
                                    List<TrialCriterion> out) {
        if (!hasHint(sentence) || SKIP.matcher(sentence).find()) {
            return;
        }
        List<int[]> cues = new ArrayList<>();
        Matcher prior = PRIOR.matcher(sentence);
        while (prior.find()) {
            cues.add(new int[] {prior.start(), prior.end()});
        }
        if (cues.isEmpty()) {
            return;
        }
        boolean exclusionSide = criterion.exclusionSection() || SELF_EXCLUDING.matcher(sentence).find();
        Matcher except = EXCEPT.matcher(sentence);
        int cut = except.find() ? except.start() : sentence.length();
        Matcher examples = EXAMPLES.matcher(sentence);
        int examplesFrom = examples.find() ? examples.start() : Integer.MAX_VALUE;
        List<int[]> naiveWords = new ArrayList<>(); // every "naive": "… and osimertinib treatment-naive"
        Matcher naiveWord = NAIVE.matcher(sentence);
        while (naiveWord.find()) {
            naiveWords.add(new int[] {naiveWord.start(), naiveWord.end()});
        }
        boolean naive = !naiveWords.isEmpty();
        if (naive && NAIVE_OR_EXPOSED.matcher(sentence).find()) {
            return; // "biologic naive or TNFi-exposed": either
        }
        boolean positive = POSITIVE.matcher(sentence).find();
        Map<String, Boolean> keys = new LinkedHashMap<>();
        int requiredDrugs = 0;
        for (TherapyVocabulary.Mention m : therapies.mentionsIn(sentence)) {
            if (m.start() >= cut || !cueNear(cues, m)) {
                continue;
            }
            if (QUANTITY_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue; // "no more than 1 prior chemotherapy regimen": the lines say it
            }
            // "no prior camptothecin-based chemotherapy", "no other prior chemotherapy" exclude less than all
            if (m.key().equals(TherapyVocabulary.CLASS + "CHEMOTHERAPY")
                    && (QUALIFIED_CHEMOTHERAPY.matcher(sentence.substring(Math.max(0, m.start() - 25), m.start()))
                    .find() || previousEndsAt(therapies, sentence, m))) {
                continue;
            }
            if (OTHER_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                continue; // "no other prior X": other than what was allowed
            }
            boolean naiveHere = naiveWords.stream().anyMatch(word -> naiveAfter(sentence, m.end(), word[0])
                    || m.end() >= word[0] - 2 && m.start() <= word[1] + 20);
            boolean negated = naiveHere || negatedBefore(sentence, m.start());
            boolean excluded;
            if (exclusionSide) {
                if (negated) {
                    continue; // "Exclusion: patients who have not received …": double negation
                }
                excluded = true;
            } else {
                if (negated && positive) {
                    continue; // "previously untreated or progressed after …": either
                }
                excluded = negated;
            }
            if (!excluded && !m.isClass() && m.start() > examplesFrom) {
                continue; // "treated with one immunosuppressive drug (such as azathioprine, …)": an example
            }
            if (!excluded && !m.isClass()) {
                requiredDrugs++;
            }
            keys.putIfAbsent(m.key(), excluded);
        }
        // "prior gefitinib or erlotinib" required: either one, not both
        boolean alternatives = requiredDrugs > 1 && DRUG_OR.matcher(sentence).find();
        for (Map.Entry<String, Boolean> key : keys.entrySet()) {
            if (alternatives && !key.getValue() && key.getKey().startsWith(TherapyVocabulary.DRUG)) {
                continue;
            }
            out.add(new TrialCriterion(CriterionType.PRIOR_THERAPY, key.getValue(), key.getKey(), null, null,
                    criterion.text()));
        }
    }

    private static boolean hasHint(String lower) {
        for (String h : PRIOR_HINTS) {
            if (lower.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** Another therapy word just before ("taxane chemotherapy", "FOLFOX chemotherapy"). */
    private static boolean previousEndsAt(TherapyVocabulary therapies, String sentence, TherapyVocabulary.Mention m) {
        String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
        for (TherapyVocabulary.Mention other : therapies.mentionsIn(before)) {
            if (before.length() - other.end() <= 3) {
                return true;
            }
        }
        return false;
    }

    /** A word of prior therapy close to the mention ("prior EGFR TKI", "chemotherapy-naive", "failed X"). */
    private static boolean cueNear(List<int[]> cues, TherapyVocabulary.Mention m) {
        for (int[] cue : cues) {
            if (cue[1] <= m.start() && m.start() - cue[1] <= CUE_BEFORE
                    || cue[0] >= m.end() && cue[0] - m.end() <= CUE_AFTER) {
                return true;
            }
        }
        return false;
    }

    /** A negation shortly before the mention, not a quantity ("no more than 2 prior regimens"). */
    private static boolean negatedBefore(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - NEGATION_REACH), at);
        Matcher clause = CLAUSE.matcher(before);
        int from = 0;
        while (clause.find()) {
            from = clause.end();
        }
        before = QUANTITY.matcher(before.substring(from)).replaceAll(" ");
        return NEGATED.matcher(before).find();
    }

    private static void lines(CriterionText criterion, List<TrialCriterion> out) {
        String lower = criterion.lower();
        if (LINES_SKIP.matcher(lower).find()) {
            return;
        }
        Integer lowerBound = null;
        Integer upperBound = null;
        if (criterion.exclusionSection()) {
            Matcher more = MORE_THAN.matcher(lower);
            Matcher atLeast = AT_LEAST.matcher(lower);
            if (more.find()) {
                upperBound = number(more.group(1));
            } else if (atLeast.find()) {
                Integer n = number(atLeast.group(1) != null ? atLeast.group(1) : atLeast.group(2));
                upperBound = n == null || n == 0 ? null : n - 1;
            } else if (PRIOR_SYSTEMIC.matcher(lower).find()) {
                upperBound = 0;
            }
        } else {
            Matcher between = BETWEEN.matcher(lower);
            Matcher atLeast = AT_LEAST.matcher(lower);
            Matcher atMost = AT_MOST.matcher(lower);
            if (NO_PRIOR_SYSTEMIC.matcher(lower).find()) {
                upperBound = 0;
            } else {
                if (atLeast.find()) {
                    lowerBound = number(atLeast.group(1) != null ? atLeast.group(1) : atLeast.group(2));
                }
                if (atMost.find()) {
                    upperBound = number(atMost.group(1));
                }
                if (lowerBound == null && upperBound == null && between.find()) {
                    Integer a = number(between.group(1));
                    Integer b = number(between.group(2));
                    if (a != null && b != null && a < b) {
                        lowerBound = a;
                        upperBound = b;
                    }
                }
            }
        }
        if (lowerBound == null && upperBound == null || lowerBound != null && lowerBound > 10
                || upperBound != null && upperBound > 10) {
            return;
        }
        out.add(new TrialCriterion(CriterionType.PRIOR_THERAPY, false, "LINES", lowerBound, upperBound,
                criterion.text()));
    }

    private static Integer number(String word) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "one", "ein", "eine", "einer" -> 1;
            case "two", "zwei" -> 2;
            case "three", "drei" -> 3;
            case "four", "vier" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> word.chars().allMatch(Character::isDigit) ? Integer.valueOf(word) : null;
        };
    }

    private static boolean naiveAfter(String sentence, int mentionEnd, int naiveStart) {
        return naiveStart >= mentionEnd && naiveStart - mentionEnd <= 14
                && NAIVE_GAP.matcher(sentence.substring(mentionEnd, naiveStart)).matches();
    }
}
