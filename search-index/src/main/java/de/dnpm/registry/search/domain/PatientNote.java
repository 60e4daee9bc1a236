package de.dnpm.registry.search.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A free-text description of a patient ("A 58-year-old woman with metastatic NSCLC, EGFR L858R, no brain metastases"),
 * German or English, read for what a trial search needs: the patient's age and sex as written, and the text split into
 * clauses, each marked when it is negated ("denies smoking", "no history of diabetes", "kein Diabetes") or speaks of
 * relatives ("family history of breast cancer", "Mutter mit Brustkrebs"), so that what the patient does not have is
 * not searched for. Deliberately simple rules (NegEx-like cue words before the finding, within one clause): no
 * language model.
 */
public record PatientNote(String text, Integer ageYears, String sex, List<Clause> clauses) {

    /** The longest note taken, in characters: a page of a doctor's letter. */
    public static final int MAX_LENGTH = 5000;

    /** A stretch of the note between punctuation; {@code negated}: what it names is absent or not the patient's. */
    public record Clause(String text, boolean negated, boolean firstSentence) {
    }

    private static final Pattern AGE = Pattern.compile(
            "\\b(\\d{1,3})\\s*(?:-|\\s)?\\s*(?:years?|yrs?|y/?o|year-old|jahre?|jährige[rn]?|jaehrige[rn]?|j\\.)\\b"
                    + "|\\bage[d:]?\\s*(\\d{1,3})\\b|\\balter:?\\s*(\\d{1,3})\\b|\\b(\\d{1,3})\\s*(?:M|F|m|f|w)\\b(?=[ ,.])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTHS = Pattern.compile("\\b(\\d{1,2})[- ](?:month|monat)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEMALE = Pattern.compile(
            "\\b(?:woman|women|female|girl|lady|she|her|mrs|ms|mother|pregnant|patientin|frau|mädchen|schwangere?)\\b"
                    + "|\\d\\s*(?:F|w)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MALE = Pattern.compile(
            "\\b(?:man|men|male|boy|gentleman|he|his|him|mr|patient\\s+ist\\s+ein|mann|junge|herr)\\b|\\d\\s*M\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /* Splits clauses: sentence ends, semicolons, colons, commas and the words that turn a sentence. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?,\\n()]+\\s*|\\s+(?:but|however|aber|jedoch)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]\\s+");
    /* Cue words before a finding: what follows them in the clause is absent, or a relative's. */
    private static final Pattern NEGATED_FROM = Pattern.compile(
            "\\b(?:no|not|denies|denied|deny|without|negative\\s+for|free\\s+of|never|none|rule[sd]?\\s+out"
                    + "|no\\s+evidence\\s+of|kein(?:e|en|er|em)?|nicht|ohne|verneint|family\\s+history|mother|father"
                    + "|sister|brother|sibling|aunt|uncle|grandmother|grandfather|cousin|familienanamnese|mutter|vater"
                    + "|schwester|bruder|gro(?:ß|ss)mutter|gro(?:ß|ss)vater)\\b(?!-)", // "nicht-kleinzellig" is no negation
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /*
     * Cue words that end a clause after its finding ("ALK negative", "EGFR wild-type", "chest X-ray unremarkable"): the
     * whole clause is absent. Inside a clause they qualify a word and negate nothing: "HER2-negative breast cancer".
     */
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "\\b(?:negative|negativ|absent|unremarkable|ruled\\s+out|ausgeschlossen|wild[- ]?typ(?:e)?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public PatientNote {
        clauses = List.copyOf(clauses);
    }

    /** Reads a note; longer text than {@link #MAX_LENGTH} is refused by the caller, not cut here. */
    public static PatientNote read(String text) {
        String note = text == null ? "" : text.strip();
        return new PatientNote(note, age(note).orElse(null), sex(note).orElse(null), clauses(note));
    }

    /** The first age the note states, in whole years (an infant's months count as 0). */
    static Optional<Integer> age(String note) {
        Matcher months = MONTHS.matcher(note);
        Matcher years = AGE.matcher(note);
        int yearsAt = years.find() ? years.start() : Integer.MAX_VALUE;
        if (months.find() && months.start() < yearsAt) {
            return Optional.of(0);
        }
        if (yearsAt == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        for (int group = 1; group <= years.groupCount(); group++) {
            if (years.group(group) != null) {
                int age = Integer.parseInt(years.group(group));
                return age <= 120 ? Optional.of(age) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * FEMALE or MALE when the words for one sex clearly outnumber the other's (pronouns count: a note says "she" and
     * "her" throughout), else empty.
     */
    static Optional<String> sex(String note) {
        int female = count(FEMALE, note);
        int male = count(MALE, note);
        if (female > male) {
            return Optional.of("FEMALE");
        }
        return male > female ? Optional.of("MALE") : Optional.empty();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<Clause> clauses(String note) {
        List<Clause> clauses = new ArrayList<>();
        Matcher firstEnd = SENTENCE_END.matcher(note);
        int firstSentenceEnd = firstEnd.find() ? firstEnd.start() : note.length();
        int start = 0;
        Matcher end = CLAUSE_END.matcher(note);
        while (start < note.length()) {
            int stop = end.find(start) ? end.start() : note.length();
            int next = stop < note.length() ? Math.max(end.end(), stop + 1) : note.length();
            split(note.substring(start, stop), start < firstSentenceEnd, clauses);
            start = next;
        }
        return clauses;
    }

    /** One clause as its affirmed part and, from a negation cue on, its negated part. */
    private static void split(String clause, boolean firstSentence, List<Clause> into) {
        if (NEGATED_BEFORE.matcher(clause).find()) {
            add(clause, true, firstSentence, into);
            return;
        }
        Matcher cue = NEGATED_FROM.matcher(clause);
        int negatedFrom = cue.find() ? cue.start() : clause.length();
        add(clause.substring(0, negatedFrom), false, firstSentence, into);
        add(clause.substring(negatedFrom), true, firstSentence, into);
    }

    private static void add(String text, boolean negated, boolean firstSentence, List<Clause> into) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            into.add(new Clause(stripped, negated, firstSentence));
        }
    }

    /** The clauses that say what the patient has. */
    public List<Clause> affirmed() {
        return clauses.stream().filter(c -> !c.negated()).toList();
    }
}
