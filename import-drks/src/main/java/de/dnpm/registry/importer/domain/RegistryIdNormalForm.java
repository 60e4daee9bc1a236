package de.dnpm.registry.importer.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one written form of a registry number, as the registries print it: "drks 00012345" is DRKS00012345 and
 * "2006‑002087‑26" with typographic hyphens is 2006-002087-26. Ids pasted from web pages and word processors carry
 * such dashes, no-break spaces and invisible format characters; without one form they would not match.
 */
public final class RegistryIdNormalForm {

    /* WHO ICTRP writes CTIS trials as "CTIS" + the EU CT number; CTIS itself and every other registry write the bare
       number, so the prefix is dropped to make both one id (FORMATS.md §4, "CTIS IDs are CTISyyyy-nnnnnn-nn-nn"). */
    private static final Pattern CTIS_PREFIXED = Pattern.compile("CTIS(\\d{4}-\\d{6}-\\d{2}-\\d{2})");

    /* The Japanese registries (jRCT, UMIN-CTR, JapicCTI, JMACCT) reach ICTRP through the JPRN network, which prefixes
       their numbers with "JPRN-"; sponsors on other registries quote them bare. The prefixed form is the one id. */
    private static final Pattern JAPANESE_BARE = Pattern.compile("(?:UMIN\\d{9}|JRCTS?\\d{9,10}|JAPICCTI-\\d{6}|JMA-IIA\\d{5})");

    private RegistryIdNormalForm() {
    }

    /**
     * Trimmed, upper case (Locale.ROOT), every Unicode dash as '-', every space and format character removed; an EU CT
     * number loses ICTRP's "CTIS" prefix and a bare Japanese registry number gains the "JPRN-" prefix.
     */
    public static String normalise(String id) {
        if (id == null) {
            return null;
        }
        String closed = closeUp(id);
        Matcher ctis = CTIS_PREFIXED.matcher(closed);
        if (ctis.matches()) {
            return ctis.group(1);
        }
        return JAPANESE_BARE.matcher(closed).matches() ? "JPRN-" + closed : closed;
    }

    private static String closeUp(String id) {
        StringBuilder s = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (isDash(c)) {
                s.append('-');
            } else if (!isSpace(c) && !isFormat(c)) {
                s.append(c);
            }
        }
        return s.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Free text prepared for finding registry numbers in it: Unicode dashes as '-', every kind of space as ' ',
     * format characters removed. Spaces are kept, since they separate a number from the words around it.
     */
    public static String plainText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDash(c)) {
                s.append('-');
            } else if (isSpace(c)) {
                s.append(' ');
            } else if (!isFormat(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar (U+2010–U+2015), minus sign. */
    private static boolean isDash(char c) {
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    /* isWhitespace misses the no-break spaces (U+00A0, U+202F), isSpaceChar misses tab and line ends: take both */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Zero-width space and joiners, soft hyphen, byte order mark: invisible, but they break an equality test. */
    private static boolean isFormat(char c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
