package de.dnpm.registry.search.domain.criteria;

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

    private static final Pattern PRIOR = Pattern.compile("\\b(?:prior|previous(?:ly)?|received|receipt of|pre-?treated|"
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
            + "scheduled to|planned|will receive|to receive|candidates? for)\\b");
    /** Words that a sentence about prior therapy has, one of which the pattern {@link #PRIOR} needs. */
    private static final String[] PRIOR_HINTS = {"prior", "previous", "receiv", "receipt", "treated", "progress",
        "fail", "refractor", "resist", "relaps", "intoleran", "respon", "naive", "naïve", "expos", "history",
        "vorbeh", "vorther", "vorang", "vorher", "versag", "unzureich", "naiv", "erhalten", "earlier", "already",
        "untreated", "line", "regimen"};
    private static final Pattern NEGATED = Pattern.compile("\\b(?:no|not|never|without|none|nor|must not|untreated|"
            + "kein\\w*|nicht|ohne)\\b");
    private static final Pattern EXCEPT = Pattern.compile("\\b(?:except|other than|unless|with the exception|"
            + "apart from|excluding|besides|außer|ausgenommen|es sei denn)\\b");
    private static final Pattern EXAMPLES = Pattern.compile("\\b(?:such as|e\\.g\\.|eg\\.|including|includes|"
            + "for example|z\\.\\s?b\\.|wie)\\b|\\(");
    private static final Pattern NAIVE = Pattern.compile("\\bna[iï]ve\\b|-na[iï]ve\\b|\\bnaiv\\b|-naiv\\b");
    private static final Pattern NAIVE_OR_EXPOSED = Pattern.compile("\\b(?:exposed|experienced|or prior|"
            + "or previously|or have received|or has received)\\b");
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
            + "locally advanced|stage iv|recurrent))\\b(?! (?:brain|cns|central|intracranial))");
    private static final Pattern PRIOR_SYSTEMIC = Pattern.compile("^(?:any )?(?:prior|previous|received)\\s+(?:any )?"
            + "(?:systemic|anti-?cancer|anticancer)\\s+(?:therapy|therapies|treatment|treatments)\\s+"
            + "(?:for|in the)\\s+(?:the\\s+)?(?:advanced|metastatic|recurrent|unresectable|stage iv)");

    private PriorTherapyCriteria() {
    }

    static void read(CriterionText criterion, TherapyVocabulary therapies, List<TrialCriterion> out) {
        String lower = criterion.lower();
        boolean hint = false;
        for (String h : PRIOR_HINTS) {
            if (lower.contains(h)) {
                hint = true;
                break;
            }
        }
        if (!hint) {
            return;
        }
        lines(criterion, out);
        for (String sentence : criterion.lowerSentences()) {
            therapiesIn(sentence, criterion, therapies, out);
        }
    }

    private static void therapiesIn(String sentence, CriterionText criterion, TherapyVocabulary therapies,
                                    List<TrialCriterion> out) {
        Matcher prior = PRIOR.matcher(sentence);
        if (!prior.find() || SKIP.matcher(sentence).find()) {
            return;
        }
        Matcher except = EXCEPT.matcher(sentence);
        int cut = except.find() ? except.start() : sentence.length();
        List<TherapyVocabulary.Mention> mentions = therapies.mentionsIn(sentence);
        Matcher naiveWord = NAIVE.matcher(sentence);
        boolean naive = naiveWord.find();
        if (naive && NAIVE_OR_EXPOSED.matcher(sentence).find()) {
            return; // "biologic naive or TNFi-exposed": either
        }
        boolean negated = NEGATED.matcher(sentence.substring(0, Math.min(cut, sentence.length()))).find();
        boolean exclusion;
        if (criterion.exclusionSection()) {
            if (negated || naive) {
                return; // "Exclusion: patients who have not received …": double negation
            }
            exclusion = true;
        } else {
            exclusion = negated || naive;
        }
        Map<String, Integer> keys = new LinkedHashMap<>();
        int examplesFrom = Integer.MAX_VALUE;
        int drugs = 0;
        for (TherapyVocabulary.Mention m : mentions) {
            if (m.start() >= cut) {
                break;
            }
            if (m.start() >= examplesFrom) {
                continue; // an example of the class named before
            }
            // "chemotherapy-naive", "naive to biologics": only what the word names
            if (naive && (m.end() < naiveWord.start() - 2 || m.start() > naiveWord.end() + 20)) {
                continue;
            }
            if (m.isClass()) {
                Matcher ex = EXAMPLES.matcher(sentence);
                if (ex.find(m.end()) && ex.start() - m.end() <= 3) {
                    examplesFrom = ex.start();
                }
            } else {
                drugs++;
            }
            keys.putIfAbsent(m.key(), m.start());
        }
        if (keys.isEmpty()) {
            return;
        }
        // "prior gefitinib or erlotinib" required: either one, not both
        boolean alternatives = !exclusion && drugs > 1 && DRUG_OR.matcher(sentence).find();
        for (String key : keys.keySet()) {
            if (alternatives && key.startsWith(TherapyVocabulary.DRUG)) {
                continue;
            }
            // "treatment-naive" and "chemotherapy-naive": the lines reader or the class says it
            out.add(new TrialCriterion(CriterionType.PRIOR_THERAPY, exclusion, key, null, null, criterion.text()));
        }
    }

    private static void lines(CriterionText criterion, List<TrialCriterion> out) {
        String lower = criterion.lower();
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
}
