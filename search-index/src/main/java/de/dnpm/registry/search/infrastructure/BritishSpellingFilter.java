package de.dnpm.registry.search.infrastructure;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * British medical spellings folded to American ones in English text, in documents and queries alike, so "tumour" finds
 * "tumor" and "leukaemia" "leukemia": -aemia (anaemia, leukaemia, ischaemic), haem-, paed-, orthopaed-, gynaec-,
 * oesophag-, oestr-, oedema, -oea (diarrhoea), foet-, and -our in tumour and a few other words. Runs on lower-cased
 * tokens.
 */
final class BritishSpellingFilter extends TokenFilter {

    private record Rule(Pattern british, String american) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("aemi"), "emi"),
            new Rule(Pattern.compile("^haem"), "hem"),
            new Rule(Pattern.compile("^(orthop|p)aed"), "$1ed"),
            new Rule(Pattern.compile("^gynaec"), "gynec"),
            new Rule(Pattern.compile("^oesophag"), "esophag"),
            new Rule(Pattern.compile("^oestr"), "estr"),
            new Rule(Pattern.compile("^oedem"), "edem"),
            new Rule(Pattern.compile("rrhoea"), "rrhea"),
            new Rule(Pattern.compile("^foet"), "fet"),
            new Rule(Pattern.compile("^(tum|behavi|col|fav|hum|lab)our"), "$1or"));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    BritishSpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String folded = word;
        for (Rule rule : RULES) {
            Matcher m = rule.british().matcher(folded);
            if (m.find()) {
                folded = m.replaceFirst(rule.american());
            }
        }
        if (!folded.equals(word)) {
            term.setEmpty().append(folded);
        }
        return true;
    }
}
