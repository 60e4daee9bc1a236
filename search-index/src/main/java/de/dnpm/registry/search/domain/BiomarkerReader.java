package de.dnpm.registry.search.domain;

import de.dnpm.registry.search.domain.BiomarkerTokens.Token;
import de.dnpm.registry.search.domain.BiomarkerVocabulary.AliasTerm;
import de.dnpm.registry.search.domain.BiomarkerVocabulary.KeyTerm;
import de.dnpm.registry.search.domain.BiomarkerVocabulary.Level;
import de.dnpm.registry.search.domain.BiomarkerVocabulary.Marker;
import de.dnpm.registry.search.domain.BiomarkerVocabulary.MarkerTerm;
import de.dnpm.registry.search.domain.BiomarkerVocabulary.Match;
import de.dnpm.registry.search.domain.BiomarkerVocabulary.SignedKey;
import de.dnpm.registry.search.domain.BiomarkerVocabulary.Term;
import de.dnpm.registry.search.domain.BiomarkerVocabulary.WordClass;
import de.dnpm.registry.search.domain.BiomarkerVocabulary.WordTerm;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what one criterion (a line, a bullet) says about biomarkers. The text becomes tokens, the tokens units (a
 * marker, a key, a state word, a cue, a number, a clause boundary), and each run of markers with their state words
 * ("EGFR exon 19 deletion or L858R", "ALK or ROS1 rearrangements", "HER2-negative") a phrase. A phrase's markers
 * become keys through their state words; whether they are negated comes from the phrase ("EGFR wild-type"), a negator
 * before it in the clause ("no", "without", "other than") or a negative after it ("... were negative"); a drug
 * ("EGFR-TKI", "anti-PD-L1"), a test ("PD-L1 status") or "with or without" makes the phrase say nothing. Whether a
 * negated key is excluded is the caller's business: in an exclusion section it is required (double negation).
 */
final class BiomarkerReader {

    /** Reading trial text (case of marker names counts) or a query (case is the user's choice). */
    enum Mode { TRIAL, QUERY }

    /**
     * What one phrase says of one key. {@code exclusionCue}: the clause says so itself ("... are not eligible"), so
     * the key counts as in an exclusion section; {@code indication}: the marker is what a therapy was for ("treated
     * with an EGFR-TKI for T790M"); {@code fromAlias}: one of several keys a single word names.
     */
    record Finding(BiomarkerKey key, boolean negated, boolean exclusionCue, boolean indication, boolean fromAlias) {
    }

    private enum Kind { MARKER, KEY, ALIAS, WORD, NUMBER, BOUNDARY, OTHER }

    private record Unit(Kind kind, Term term, WordClass word, String text, boolean needsContext, boolean capitals,
                        boolean joined, double number) {

        boolean is(WordClass wordClass) {
            return kind == Kind.WORD && word == wordClass;
        }

        boolean isState() {
            return kind == Kind.WORD && word.isState();
        }

        boolean isMention() {
            return kind == Kind.MARKER || kind == Kind.KEY || kind == Kind.ALIAS;
        }

        /** May stand inside a phrase without ending it. */
        boolean isFiller() {
            return kind == Kind.NUMBER || kind == Kind.WORD && (word == WordClass.JOIN || word == WordClass.LIST
                    || word == WordClass.NONMARKER || word.isComparison());
        }
    }

    /** A marker, key or alias in a phrase, with the state words that apply to it. */
    private static final class Mention {
        final int at;
        final Unit unit;
        final EnumSet<WordClass> states = EnumSet.noneOf(WordClass.class);
        final List<BiomarkerKey> movedKeys = new ArrayList<>();
        boolean consumed;

        Mention(int at, Unit unit) {
            this.at = at;
            this.unit = unit;
        }
    }

    /** {@code trailing}: the markers at the end that no state word reached ("..., include EGFR/ALK"). */
    private record Phrase(int start, int end, List<Mention> mentions, List<Mention> trailing) {
    }

    // Protein changes the vocabulary has no key for ("G719X", "S768I", "L861Q"): they keep a list together.
    private static final Pattern PROTEIN_CHANGE =
            Pattern.compile("(?:p\\.)?[ACDEFGHIKLMNPQRSTVWY]\\d{2,4}(?:[ACDEFGHIKLMNPQRSTVWYX*]|fs|del|ins|dup)?");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final int MAX_FILLERS = 4;
    private static final int NEGATIVE_REACH = 6;
    private static final int LEVEL_REACH = 10;
    private static final int KIDNEY_REACH = 8;
    // how many words a negator reaches to its first phrase, and a cue after a phrase back to it: criteria that lost
    // their line breaks run on for lines ("No distant metastasis (M0) HER2 overexpression of 2+ or 3+ ...")
    private static final int NEGATOR_REACH = 8;
    private static final int CUE_AFTER_REACH = 12;

    private final BiomarkerVocabulary vocabulary;

    BiomarkerReader(BiomarkerVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What one criterion or query says, phrase by phrase, clause by clause. */
    List<Finding> read(String text, Mode mode) {
        List<Unit> units = units(BiomarkerTokens.tokens(text), mode);
        List<Finding> findings = new ArrayList<>();
        boolean negator = false;
        boolean untilComma = false;
        boolean either = false;
        int negatorAge = 0;
        int i = 0;
        while (i < units.size()) {
            Unit unit = units.get(i);
            if (negator && !unit.isFiller() && ++negatorAge > NEGATOR_REACH) {
                negator = false;
            }
            if (unit.kind() == Kind.BOUNDARY) {
                negator = false;
                either = false;
            } else if (untilComma && unit.is(WordClass.LIST) && unit.text().equals(",")) {
                negator = false;
                untilComma = false;
            } else if (unit.isMention() || unit.isState() && startsPhrase(units, i)) {
                Phrase phrase = phrase(units, i);
                findings.addAll(findings(units, phrase, negator, either, mode));
                either = false;
                negatorAge = 0; // "no KRAS mutations, HER2 mutations, ALK or ROS1 rearrangements, ...": a list goes on
                i = Math.max(phrase.end(), i + 1);
                continue;
            } else if (unit.kind() == Kind.WORD) {
                switch (unit.word()) {
                    case NEGATOR -> {
                        negator = true;
                        untilComma = false;
                        negatorAge = 0;
                    }
                    case EXCEPT -> {
                        negator = true;
                        untilComma = true;
                        negatorAge = 0;
                    }
                    // "no prior therapy for ALK+ NSCLC" negates the therapy, not ALK
                    case TREATMENT -> negator = false;
                    // "..., but must have": what follows is required again
                    case RESET -> {
                        negator = false;
                        either = false;
                    }
                    case EITHER -> either = true;
                    default -> {
                    }
                }
            }
            i++;
        }
        return findings;
    }

    // ---- phrases ----------------------------------------------------------------------------------------------

    /** A state word starts a phrase only right before a marker ("wild-type EGFR", "high PD-L1 expression"). */
    private static boolean startsPhrase(List<Unit> units, int at) {
        for (int i = at + 1; i < units.size() && i <= at + 3; i++) {
            Unit unit = units.get(i);
            if (unit.isMention()) {
                return true;
            }
            if (!unit.isState() && !(unit.isFiller() && !unit.is(WordClass.LIST))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The phrase from {@code start}: markers and state words with fillers between. A state word belongs to the
     * markers since the last state word ("ALK or ROS1 rearrangements": both), to the markers before those when it
     * follows them directly ("EGFR mutation-positive"), to the next markers when it stands before them ("wild-type
     * EGFR/ALK", "EGFR-mutant and wild-type ALK"); else it belongs to something else and ends the phrase. A key
     * after a marker of its own gene ("EGFR L858R") is that marker's detail; after a marker of another gene that has
     * the same detail it moves there ("HER2 exon 20 insertion" is ERBB2:EXON20INS).
     */
    private Phrase phrase(List<Unit> units, int start) {
        List<Mention> mentions = new ArrayList<>();
        List<Mention> pending = new ArrayList<>();
        List<Mention> last = new ArrayList<>();
        EnumSet<WordClass> prefix = EnumSet.noneOf(WordClass.class);
        int end = start;
        int fillers = 0;
        boolean apposition = false;
        for (int i = start; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.is(WordClass.JOIN) && unit.text().equals("(")) {
                // "RAS wild-type (KRAS and NRAS)": names in brackets after a finished list restate it
                apposition = pending.isEmpty() && !last.isEmpty();
            } else if (unit.is(WordClass.JOIN) && unit.text().equals(")")) {
                apposition = false;
            }
            if (unit.kind() == Kind.MARKER && apposition) {
                Mention mention = new Mention(i, unit);
                mention.states.addAll(last.get(0).states);
                last.add(mention);
                mentions.add(mention);
            } else if (unit.kind() == Kind.MARKER) {
                Mention mention = new Mention(i, unit);
                pending.add(mention);
                mentions.add(mention);
            } else if (unit.kind() == Kind.KEY || unit.kind() == Kind.ALIAS) {
                Mention mention = new Mention(i, unit);
                if (unit.term() instanceof KeyTerm key) {
                    moveToPending(units, key.key(), pending, mention);
                }
                if (pending.isEmpty()) {
                    mention.states.addAll(prefix);
                    prefix.clear();
                }
                close(pending, prefix);
                last = new ArrayList<>(List.of(mention));
                pending = new ArrayList<>();
                mentions.add(mention);
            } else if (unit.isState()) {
                if (i + 1 < units.size() && units.get(i + 1).joined() && units.get(i + 1).kind() == Kind.OTHER) {
                    break; // "ALK-positive non-small cell": the "non" is the next word's
                }
                if (isSuspendedHyphen(units, i)) {
                    continue; // "ER- and PR-negative": the "-" waits for the word after the next marker
                }
                if (!pending.isEmpty()) {
                    close(pending, prefix);
                    pending.forEach(m -> m.states.add(unit.word()));
                    last = pending;
                    pending = new ArrayList<>();
                } else if (mentions.isEmpty()
                        || units.get(i - 1).is(WordClass.LIST) && startsPhrase(units, i)) {
                    prefix.add(unit.word());
                } else if (!last.isEmpty() && followsDirectly(units, i)) {
                    last.forEach(m -> m.states.add(unit.word()));
                } else {
                    break;
                }
            } else if (unit.isFiller() && ++fillers <= MAX_FILLERS) {
                continue;
            } else {
                break;
            }
            fillers = 0;
            end = i + 1;
        }
        List<Mention> trailing = prefix.isEmpty() ? List.copyOf(pending) : List.of();
        close(pending, prefix);
        return new Phrase(start, end, mentions, trailing);
    }

    /**
     * The key moves to the markers right before it, back to the first comma: "EGFR or HER2 exon 20 insertion" is
     * both genes', but in "mutations in EGFR, EGFR exon 20 insertions" the first EGFR stays itself.
     */
    private void moveToPending(List<Unit> units, BiomarkerKey key, List<Mention> pending, Mention keyMention) {
        int from = pending.size();
        int next = keyMention.at;
        while (from > 0 && !commaBetween(units, pending.get(from - 1).at, next)) {
            next = pending.get(--from).at;
        }
        for (Mention marker : pending.subList(from, pending.size())) {
            Marker named = ((MarkerTerm) marker.unit.term()).marker();
            for (BiomarkerKey bare : named.bare()) {
                BiomarkerKey moved = key.withMarker(bare.marker());
                if (vocabulary.isKey(moved)) {
                    keyMention.movedKeys.add(moved);
                    marker.consumed = true;
                }
            }
        }
    }

    private static boolean commaBetween(List<Unit> units, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (units.get(i).is(WordClass.LIST) && units.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static void close(List<Mention> pending, EnumSet<WordClass> prefix) {
        pending.forEach(m -> m.states.addAll(prefix));
        if (!pending.isEmpty()) {
            prefix.clear();
        }
    }

    private static boolean isSuspendedHyphen(List<Unit> units, int at) {
        return units.get(at).text().equals("-") && at + 3 < units.size()
                && units.get(at + 1).is(WordClass.LIST) && !units.get(at + 1).text().equals(",")
                && units.get(at + 2).isMention() && units.get(at + 3).isState() && units.get(at + 3).joined()
                && Character.isLetter(units.get(at + 3).text().charAt(0));
    }

    /** Only brackets and slashes stand between the state word and the mention or state word before it. */
    private static boolean followsDirectly(List<Unit> units, int at) {
        for (int i = at - 1; i >= 0; i--) {
            Unit unit = units.get(i);
            if (unit.isMention() || unit.isState()) {
                return true;
            }
            if (!(unit.is(WordClass.JOIN) && (unit.text().equals("/") || unit.text().equals("(")
                    || unit.text().equals(")") || unit.text().equals("gene")))) {
                return false;
            }
        }
        return false;
    }

    // ---- what a phrase says -----------------------------------------------------------------------------------

    private List<Finding> findings(List<Unit> units, Phrase phrase, boolean negator, boolean either, Mode mode) {
        if (either || isDrug(units, phrase)) {
            return List.of();
        }
        boolean polar = phrase.mentions().stream().anyMatch(m -> m.states.contains(WordClass.POSITIVE)
                || m.states.contains(WordClass.NEGATIVE));
        // "... were negative" speaks of a phrase that said nothing of its own polarity
        boolean negativeAfter = !polar && negativeAfter(units, phrase.end());
        // "EGFR/ALK mutation status": a test; in "ALK rearrangement positivity, include EGFR/ALK status" only the
        // markers the status word follows
        List<Mention> tested = List.of();
        if (!negativeAfter && isTest(units, phrase)) {
            if (!polar) {
                return List.of();
            }
            tested = phrase.trailing();
        }
        boolean negatedAfter = false;
        boolean permitted = false;
        int reach = Math.min(units.size(), phrase.end() + CUE_AFTER_REACH);
        for (int i = phrase.end(); i < reach && units.get(i).kind() != Kind.BOUNDARY; i++) {
            negatedAfter |= units.get(i).is(WordClass.NEGATED_AFTER);
            permitted |= units.get(i).is(WordClass.PERMIT);
        }
        boolean negated = negator ^ negativeAfter;
        if (permitted && !negated) {
            return List.of();
        }
        boolean solid = phrase.mentions().stream().anyMatch(m -> !m.unit.needsContext() || !m.states.isEmpty());
        boolean kidney = mode == Mode.QUERY ? units.stream().anyMatch(u -> u.is(WordClass.KIDNEY))
                : near(units, phrase, WordClass.KIDNEY) || comparisonFollows(units, phrase.end());
        boolean indication = isIndication(units, phrase.start());
        List<Finding> findings = new ArrayList<>();
        for (Mention mention : phrase.mentions()) {
            if (tested.contains(mention)) {
                continue;
            }
            for (SignedKey said : says(units, phrase, mention, solid, kidney, mode)) {
                findings.add(new Finding(said.key(), said.negated() ^ negated, negatedAfter, indication,
                        mention.unit.kind() == Kind.ALIAS));
            }
        }
        return findings;
    }

    /** The keys one mention names, negated where its own state words say so ("HER2-negative"). */
    private List<SignedKey> says(List<Unit> units, Phrase phrase, Mention mention, boolean solid, boolean kidney,
                                 Mode mode) {
        if (mention.states.contains(WordClass.ANY)) {
            return List.of(); // "ER positive or negative"
        }
        boolean negative = mention.states.contains(WordClass.NEGATIVE);
        Term term = mention.unit.term();
        if (term instanceof AliasTerm alias) {
            return alias.keys().stream().map(k -> new SignedKey(k.key(), k.negated() ^ negative)).toList();
        }
        if (term instanceof KeyTerm key) {
            List<BiomarkerKey> keys = mention.movedKeys.isEmpty() ? List.of(key.key()) : mention.movedKeys;
            return keys.stream().map(k -> new SignedKey(k, negative)).toList();
        }
        Marker marker = ((MarkerTerm) term).marker();
        if (mention.consumed) {
            return List.of();
        }
        List<SignedKey> levels = levels(units, phrase, mention, marker);
        if (!levels.isEmpty()) {
            return levels;
        }
        boolean inContext = !mention.unit.needsContext() || !mention.states.isEmpty() || solid
                || mode == Mode.QUERY && mention.unit.capitals();
        // "EGFR >= 60 mL/min" and "eGFR" in a query with "renal" are the kidney value, never the gene
        if (!inContext || mention.states.isEmpty() && kidney) {
            return List.of();
        }
        Set<BiomarkerKey> keys = new LinkedHashSet<>();
        // "positive for HER2 exon 20 mutations" is a HER2 mutation, not HER2-positive
        boolean mutation = mention.states.contains(WordClass.MUTATION);
        for (WordClass state : mention.states) {
            if (state != WordClass.NEGATIVE && !(state == WordClass.POSITIVE && mutation)
                    && marker.states().containsKey(state)) {
                keys.add(marker.states().get(state));
            }
        }
        // "ERBB2 (HER2) amplification/mutation": the mutation is the gene's own key beside the amplification's
        if (mutation && !keys.isEmpty()) {
            keys.addAll(marker.bare());
        }
        if (keys.isEmpty()) {
            BiomarkerKey negatedKey = marker.states().get(WordClass.NEGATIVE);
            if (negative && negatedKey != null) {
                keys.add(negatedKey);
            } else {
                keys.addAll(marker.bare());
            }
        }
        return keys.stream().map(k -> new SignedKey(k, negative)).toList();
    }

    /**
     * "PD-L1 TPS >= 50%", "TMB >= 10 mut/Mb", "PD-L1 < 1%", "TPS 1-49%": a lower bound names the key of the highest
     * threshold it reaches, an upper bound below a threshold negates that threshold's key.
     */
    private static List<SignedKey> levels(List<Unit> units, Phrase phrase, Mention mention, Marker marker) {
        if (marker.levels().isEmpty()) {
            return List.of();
        }
        int limit = Math.min(units.size(), Math.max(phrase.end(), mention.at + 1) + LEVEL_REACH);
        for (int i = mention.at + 1; i < limit; i++) {
            Unit unit = units.get(i);
            if (unit.kind() == Kind.BOUNDARY || unit.isMention()) {
                break;
            }
            if (unit.kind() == Kind.WORD && unit.word().isComparison() && i + 1 < units.size()
                    && units.get(i + 1).kind() == Kind.NUMBER) {
                double value = units.get(i + 1).number();
                return switch (unit.word()) {
                    case GE, GT -> atLeast(marker, value);
                    case LT -> below(marker, value, true);
                    default -> below(marker, value, false);
                };
            }
            if (unit.kind() == Kind.NUMBER && i + 2 < units.size()) {
                int upper = units.get(i + 1).text().equals("%") ? i + 2 : i + 1;
                if (units.get(upper).kind() == Kind.NUMBER && units.get(upper).joined()) {
                    List<SignedKey> range = new ArrayList<>(atLeast(marker, unit.number()));
                    range.addAll(below(marker, units.get(upper).number(), false));
                    return range;
                }
            }
        }
        return List.of();
    }

    private static List<SignedKey> atLeast(Marker marker, double value) {
        Level reached = null;
        for (Level level : marker.levels()) {
            if (level.threshold() <= value) {
                reached = level;
            }
        }
        return reached == null ? List.of() : List.of(new SignedKey(reached.key(), false));
    }

    private static List<SignedKey> below(Marker marker, double value, boolean strictly) {
        for (Level level : marker.levels()) {
            if (strictly ? value <= level.threshold() : value < level.threshold()) {
                return List.of(new SignedKey(level.key(), true));
            }
        }
        return List.of();
    }

    /** "anti-PD-1/PD-L1", "EGFR-TKI", "ALK inhibitors", "HER2 therapy": the marker names a drug's target. */
    private static boolean isDrug(List<Unit> units, Phrase phrase) {
        int next = phrase.end();
        while (next < units.size() && next < phrase.end() + 2 && units.get(next).is(WordClass.JOIN)
                && (units.get(next).text().equals(")") || units.get(next).text().equals("]"))) {
            next++; // "anti-EGFr (epidermal growth factor receptor) antibody"
        }
        if (next < units.size()) {
            Unit after = units.get(next);
            if (after.is(WordClass.DRUG) || after.is(WordClass.TREATMENT)
                    && phrase.mentions().stream().allMatch(m -> m.states.isEmpty())) {
                return true;
            }
        }
        // "anti-PD-1/PD-L1", "targeting MerTK and/or FLT3": back over other targets and the list between them; a
        // phrase with a state of its own ("ALK fusion") only right after the drug word
        boolean stated = phrase.mentions().stream().anyMatch(m -> !m.states.isEmpty());
        for (int i = phrase.start() - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
            Unit unit = units.get(i);
            if (unit.is(WordClass.DRUG)) {
                return true;
            }
            Unit before = i > 0 ? units.get(i - 1) : null;
            boolean listOfTargets = !stated && unit.is(WordClass.LIST) && !unit.text().equals(",") && before != null
                    && (before.is(WordClass.NONMARKER) || before.is(WordClass.DRUG) || isGeneLike(before))
                    || !stated && unit.is(WordClass.LIST) && unit.text().equals(",") && before != null
                    && before.is(WordClass.NONMARKER);
            boolean bracket = unit.is(WordClass.JOIN) && "/()[]".contains(unit.text());
            if (!(unit.is(WordClass.NONMARKER) || bracket || !stated && unit.is(WordClass.JOIN) || listOfTargets
                    || !stated && isGeneLike(unit))) {
                return false;
            }
        }
        return false;
    }

    // a name no vocabulary knows but that looks like a gene or protein: "MerTK", "HGF", "AXL"
    private static boolean isGeneLike(Unit unit) {
        if (unit.kind() != Kind.OTHER || unit.text().length() < 2) {
            return false;
        }
        String text = unit.text();
        return text.substring(1).chars().anyMatch(Character::isUpperCase) && text.chars().anyMatch(Character::isLetter);
    }

    /** "previously treated with an EGFR-TKI for T790M": a therapy, then "for", then the marker. */
    private static boolean isIndication(List<Unit> units, int start) {
        if (start == 0 || !units.get(start - 1).text().equalsIgnoreCase("for")) {
            return false;
        }
        for (int i = start - 2; i >= 0 && units.get(i).kind() != Kind.BOUNDARY; i--) {
            if (units.get(i).is(WordClass.TREATMENT) || units.get(i).is(WordClass.DRUG)) {
                return true;
            }
        }
        return false;
    }

    /** "tested for EGFR", "EGFR/ALK mutation status", "HER2 serologic testing": a test, not a result. */
    private static boolean isTest(List<Unit> units, Phrase phrase) {
        int before = phrase.start() - 1;
        if (before >= 0 && units.get(before).is(WordClass.JOIN) && !units.get(before).text().equals(",")) {
            before--;
        }
        if (before >= 0 && units.get(before).is(WordClass.STATUS)) {
            return true;
        }
        int after = phrase.end();
        if (after < units.size() && (units.get(after).kind() == Kind.OTHER || units.get(after).is(WordClass.JOIN))) {
            after++;
        }
        return after < units.size() && units.get(after).is(WordClass.STATUS);
    }

    /** "EGFR, ALK and ROS1 gene test results are all negative": a negative after the phrase, in the same clause. */
    private static boolean negativeAfter(List<Unit> units, int end) {
        for (int i = end; i < units.size() && i < end + NEGATIVE_REACH; i++) {
            Unit unit = units.get(i);
            if (unit.is(WordClass.NEGATIVE)) {
                // "..., negative pregnancy test" describes the next thing, not this one
                return i + 1 == units.size() || units.get(i + 1).kind() != Kind.OTHER && !units.get(i + 1).isMention();
            }
            if (unit.kind() == Kind.BOUNDARY || unit.isMention() || unit.is(WordClass.LIST)
                    || unit.is(WordClass.NEGATOR) || unit.is(WordClass.RESET) || unit.isState()) {
                return false;
            }
        }
        return false;
    }

    private static boolean near(List<Unit> units, Phrase phrase, WordClass wordClass) {
        int from = Math.max(0, phrase.start() - KIDNEY_REACH);
        int to = Math.min(units.size(), phrase.end() + KIDNEY_REACH);
        for (int i = from; i < to; i++) {
            if (units.get(i).is(wordClass)) {
                return true;
            }
        }
        return false;
    }

    private static boolean comparisonFollows(List<Unit> units, int end) {
        return end < units.size() && units.get(end).kind() == Kind.WORD && units.get(end).word().isComparison();
    }

    // ---- units ------------------------------------------------------------------------------------------------

    private List<Unit> units(List<Token> tokens, Mode mode) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            Match match = vocabulary.match(tokens, i, mode == Mode.QUERY);
            if (match != null) {
                boolean capitals = true;
                for (int j = i; j < i + match.length(); j++) {
                    capitals &= tokens.get(j).text().codePoints().noneMatch(Character::isLowerCase);
                }
                units.add(unit(match, capitals, token.joined()));
                i += match.length();
                continue;
            }
            String text = token.text();
            if (token.sentenceEnd() || text.equals(";") || text.equals(":") || text.equals("?") || text.equals("!")) {
                units.add(new Unit(Kind.BOUNDARY, null, null, text, false, false, false, 0));
            } else if (NUMBER.matcher(text).matches()) {
                units.add(new Unit(Kind.NUMBER, null, null, text, false, false, token.joined(), number(text)));
            } else if (text.equals(".") || PROTEIN_CHANGE.matcher(text).matches()) {
                units.add(new Unit(Kind.WORD, null, WordClass.JOIN, text, false, false, token.joined(), 0));
            } else {
                units.add(new Unit(Kind.OTHER, null, null, text, false, false, token.joined(), 0));
            }
            i++;
        }
        return units;
    }

    private static Unit unit(Match match, boolean capitals, boolean joined) {
        Term term = match.spelling().term();
        String text = match.spelling().written().toLowerCase(Locale.ROOT);
        boolean needsContext = match.spelling().needsContext();
        return switch (term) {
            case MarkerTerm m -> new Unit(Kind.MARKER, term, null, text, needsContext, capitals, joined, 0);
            case KeyTerm k -> new Unit(Kind.KEY, term, null, text, needsContext, capitals, joined, 0);
            case AliasTerm a -> new Unit(Kind.ALIAS, term, null, text, needsContext, capitals, joined, 0);
            case WordTerm w -> new Unit(Kind.WORD, term, w.wordClass(), text, needsContext, capitals, joined, 0);
        };
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }
}
