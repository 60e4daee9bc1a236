package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.InvalidQueryException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what a user typed into the search box. The rule: <b>whoever types query syntax means it; everyone else types
 * words.</b>
 * <ul>
 * <li><b>Plain text</b> (none of the signs below): every character is literal (escaped), so "HER2+", "PD-L1 &gt;= 50%",
 * "c/o" or "any trial for me?" never fail; punctuation just separates words.</li>
 * <li><b>Syntax</b> is recognised by a double quote, a parenthesis, AND / OR / NOT in capitals, + or - in front of a
 * word, * touching a word, ~ after a word or phrase, or a field prefix ({@code title:}, {@code condition:},
 * {@code intervention:}, {@code keyword:}, {@code summary:}, {@code eligibility:}). Lucene's classic syntax then
 * applies, except for what we do not offer, which stays literal: / (regular expressions) ? ! &amp; | ^ [ ] { }, a colon
 * after a word that is not a field name, and + or - standing alone. Malformed syntax, and a word starting with *,
 * is an {@link InvalidQueryException} with a message for the user.</li>
 * </ul>
 * All words are required (default operator AND). A patient typing "lung cancer EGFR" means a study about all three;
 * with OR nearly every study of a cancer registry would match "cancer", and the total and the facet counts shown
 * beside the list would describe that flood instead of the answer. Only when no study has every word is each word
 * made optional ({@link StudySearch}), so "Studie zu Lungenkrebs in meiner Nähe" still lists the studies covering
 * most of it. Each word may match in any text field; per word
 * the best field counts (a {@link DisjunctionMaxQuery} with a small tie-breaker) and the fields are boosted, so a
 * study with the word in its conditions or title ranks above one that mentions it once in its eligibility criteria.
 * Text of more than {@value #MAX_LENGTH} characters is rejected.
 */
public final class StudyTextQueryParser extends QueryParser {

    public static final int MAX_LENGTH = 1000;

    /* Per field weight for an unqualified word, as the schema declares it. */
    private static final Map<String, Float> BOOSTS = boosts();
    private static final float TIE_BREAKER = 0.1f;
    /* A field name no document has: the parser's default field, standing for "all text fields". */
    private static final String ALL_TEXT = "_all";
    /* The field names a user may type, each standing for one or more index fields (in every language). */
    private static final Map<String, List<String>> ALIASES = StudyFields.TEXT.stream().collect(
            java.util.stream.Collectors.groupingBy(StudyFields.TextField::alias, LinkedHashMap::new,
                    java.util.stream.Collectors.mapping(StudyFields.TextField::name,
                            java.util.stream.Collectors.toList())));

    private static final Pattern SYNTAX = Pattern.compile(
            "[\"()]"                                            // phrase, group
                    + "|\\b(?:AND|OR|NOT)\\b"                   // operators, in capitals as Lucene wants them
                    + "|(?:^|[\\s(])[+-][\\p{L}\\p{N}\"(]"      // required or excluded word
                    + "|[\\p{L}\\p{N}]\\*|\\*[\\p{L}\\p{N}]"    // wildcard
                    + "|[\\p{L}\\p{N}\"]~"                      // fuzzy word, phrase proximity
                    + "|(?i)\\b(?:" + String.join("|", ALIASES.keySet()) + "):");
    // Phones and word processors turn " into typographic quotes.
    private static final Pattern TYPOGRAPHIC_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u00AB\\u00BB]");

    private StudyTextQueryParser(Analyzer analyzer, boolean allWordsRequired) {
        super(ALL_TEXT, analyzer);
        setDefaultOperator(allWordsRequired ? AND_OPERATOR : OR_OPERATOR);
        // Each word on its own, so each may match in another field ("lung" in the title, "EGFR" in the keywords).
        // Lucene's default (false, for multi-word synonyms) would require all words within one field.
        setSplitOnWhitespace(true);
        setAllowLeadingWildcard(false);
    }

    /**
     * The query for the text, or empty when the text asks for nothing (blank, or only stop words and punctuation).
     *
     * @throws InvalidQueryException if the text is too long or its syntax is malformed
     */
    public static Optional<Query> parse(String text, Analyzer analyzer) {
        return parse(text, analyzer, true);
    }

    /**
     * As {@link #parse(String, Analyzer)}; with {@code allWordsRequired} false every word is optional (a study
     * matching more of them scores higher), for the search that follows when no study has every word.
     */
    public static Optional<Query> parse(String text, Analyzer analyzer, boolean allWordsRequired) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("The search text is longer than " + MAX_LENGTH + " characters.", null);
        }
        String normalised = TYPOGRAPHIC_QUOTES.matcher(text.strip()).replaceAll("\"");
        boolean syntax = usesSyntax(normalised);
        String lucene = syntax ? literalUnoffered(normalised) : QueryParserBase.escape(normalised);
        try {
            Query query = new StudyTextQueryParser(analyzer, allWordsRequired).parse(lucene);
            return Optional.ofNullable(onlyExclusionsMeanAllOthers(query));
        } catch (ParseException e) {
            throw new InvalidQueryException(explain(normalised, e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("The search has too many words; please shorten it.", e);
        }
    }

    /** Whether the user typed query syntax (see the class comment); otherwise the text is taken literally. */
    static boolean usesSyntax(String text) {
        return SYNTAX.matcher(text).find();
    }

    /** Escapes, in text that uses syntax, the characters whose Lucene meaning we do not offer. */
    static String literalUnoffered(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            char previous = i > 0 ? text.charAt(i - 1) : ' ';
            if (c == '\\') { // the user's own escape: keep it with the character it escapes
                out.append(i + 1 < text.length() ? text.substring(i, i + 2) : "\\\\");
                i++;
                continue;
            }
            boolean literal = switch (c) {
                case '/', '?', '!', '&', '|', '^', '[', ']', '{', '}' -> true;
                case ':' -> !ALIASES.containsKey(wordBefore(out).toLowerCase(Locale.ROOT));
                case '~' -> !(Character.isLetterOrDigit(previous) || previous == '"');
                case '+', '-' -> Character.isWhitespace(next) || i + 1 == text.length();
                default -> false;
            };
            if (literal) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String wordBefore(StringBuilder out) {
        int start = out.length();
        while (start > 0 && Character.isLetterOrDigit(out.charAt(start - 1))) {
            start--;
        }
        return out.substring(start);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        return acrossFields(field, f -> super.getFieldQuery(f, text, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        return acrossFields(field, f -> createPhraseQuery(f, text, slop));
    }

    @Override
    protected Query getWildcardQuery(String field, String term) throws ParseException {
        return acrossFields(field, f -> super.getWildcardQuery(f, term));
    }

    @Override
    protected Query getPrefixQuery(String field, String term) throws ParseException {
        return acrossFields(field, f -> super.getPrefixQuery(f, term));
    }

    @Override
    protected Query getFuzzyQuery(String field, String term, float similarity) throws ParseException {
        return acrossFields(field, f -> super.getFuzzyQuery(f, term, similarity));
    }

    @Override
    protected Query getRangeQuery(String field, String from, String to, boolean fromInclusive, boolean toInclusive)
            throws ParseException {
        return acrossFields(field, f -> super.getRangeQuery(f, from, to, fromInclusive, toInclusive));
    }

    private interface FieldQuery {
        Query build(String field) throws ParseException;
    }

    /** The query in each index field the (typed or default) field stands for, best field first. */
    private static Query acrossFields(String field, FieldQuery perField) throws ParseException {
        Map<String, Float> targets = targets(field);
        List<Query> queries = new ArrayList<>();
        for (Map.Entry<String, Float> target : targets.entrySet()) {
            Query query = perField.build(target.getKey());
            if (query != null) {
                queries.add(target.getValue() == 1f ? query : new BoostQuery(query, target.getValue()));
            }
        }
        if (queries.isEmpty()) {
            return null; // only stop words: the clause drops out
        }
        return queries.size() == 1 ? queries.get(0) : new DisjunctionMaxQuery(queries, TIE_BREAKER);
    }

    private static Map<String, Float> targets(String field) throws ParseException {
        if (ALL_TEXT.equals(field)) {
            return BOOSTS;
        }
        List<String> fields = ALIASES.get(field.toLowerCase(Locale.ROOT));
        if (fields == null) {
            throw new ParseException("unknown field " + field); // cannot happen: such colons are made literal
        }
        Map<String, Float> targets = new LinkedHashMap<>();
        fields.forEach(f -> targets.put(f, 1f));
        return targets;
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        StudyFields.TEXT.forEach(field -> boosts.put(field.name(), field.boost()));
        return boosts;
    }

    /* "-smoker" alone would match nothing in Lucene; a user means "all studies without smoker". */
    private static Query onlyExclusionsMeanAllOthers(Query query) {
        if (query instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bq.clauses().forEach(all::add);
            return all.build();
        }
        if (query instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
            return null;
        }
        return query;
    }

    /** A message for the user; Lucene's own names grammar tokens ("<EOF>", "<RANGE_GOOP>") and says nothing useful. */
    private static String explain(String text, ParseException e) {
        if (count(text, '"') % 2 != 0) {
            return "A quotation mark is not closed.";
        }
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return "A closing parenthesis has no opening one.";
            }
        }
        if (depth > 0) {
            return "A parenthesis is not closed.";
        }
        if (String.valueOf(e.getMessage()).contains("not allowed as first character")) {
            return "A word cannot start with * (a wildcard may end a word, as in osimertin*).";
        }
        if (e.currentToken != null && e.currentToken.next != null && e.currentToken.next.image != null
                && !e.currentToken.next.image.isEmpty()) {
            return "The search could not be understood at \"" + e.currentToken.next.image
                    + "\". Put words in quotation marks to search for them as they are.";
        }
        return "The search could not be understood. Check operators (AND, OR, NOT) and brackets.";
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
