package de.dnpm.registry.search.domain;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normal form of a place name, used by the gazetteer's generator, its loader and its lookups alike, so that
 * "MÜNCHEN", "Munchen" and "muenchen" meet, and "St. Ingbert" meets GeoNames' "Sankt Ingbert".
 */
public final class PlaceNames {

    /*
     * German names qualify a town by its river or region: "Frankfurt am Main", "Freiburg im Breisgau", "Neustadt an
     * der Weinstraße", "Rothenburg ob der Tauber"; GeoNames and the postal data write some with and some without
     * ("Freiburg", "Mülheim"), and people and registries drop them ("Frankfurt", "Halle").
     */
    private static final Pattern GERMAN_QUALIFIER =
            Pattern.compile("\\s+(am|an der|an den|im|in|ob der|bei|vor der)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> GERMAN_LANGUAGE_COUNTRIES = Set.of("DE", "AT", "CH");
    /* Titles GeoNames writes before some German towns' names: "Universitäts- und Hansestadt Greifswald". */
    private static final Pattern GERMAN_TITLE = Pattern.compile(
            "^(?:Universitäts- und Hansestadt|Hansestadt|Lutherstadt|Schliemannstadt|Kurort|Stadt)\\s+(?=\\S)");

    private PlaceNames() {
    }

    /**
     * Lower case, without diacritics (ß → ss, ł → l, ø → o), words separated by single spaces, every other character
     * a separator ("Frankfurt (Oder)" → "frankfurt oder"); "Saint", "Sankt" and "St." all become "st".
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        // Most names are ASCII; decomposing them would only cost time (the gazetteer keys 171,000 names at start).
        String text = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(text.length());
        boolean separated = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded = c < 128 ? null : fold(c);
            if (c >= 128 && folded == null && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (folded != null || Character.isLetterOrDigit(c)) {
                if (separated && !key.isEmpty()) {
                    key.append(' ');
                }
                separated = false;
                if (folded != null) {
                    key.append(folded);
                } else {
                    key.append(Character.toLowerCase(c));
                }
            } else {
                separated = true;
            }
        }
        String result = key.toString();
        return result.contains("sain") || result.contains("sank") ? saints(result) : result;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String saints(String key) {
        StringBuilder result = new StringBuilder(key.length());
        for (String word : key.split(" ")) {
            if (!result.isEmpty()) {
                result.append(' ');
            }
            result.append(switch (word) {
                case "saint", "sankt" -> "st";
                case "sainte" -> "ste";
                default -> word;
            });
        }
        return result.toString();
    }

    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static String fold(char c) {
        return switch (c) {
            case 'ß', 'ẞ' -> "ss";
            case 'ł', 'Ł' -> "l";
            case 'ø', 'Ø' -> "o";
            case 'đ', 'Đ' -> "d";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ı' -> "i";
            case 'þ', 'Þ' -> "th";
            case 'ħ', 'Ħ' -> "h";
            default -> null;
        };
    }

    /**
     * The keys a place is found by: its {@link #key(String)} and, for a name with umlauts, the German spelling
     * without them ("München" → "munchen" and "muenchen"), the way German speakers type on a keyboard without umlauts.
     */
    public static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>(2);
        String key = key(name);
        if (!key.isEmpty()) {
            keys.add(key);
        }
        if (name != null && hasUmlaut(name)) {
            String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
            String spelled = key(composed.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                    .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"));
            if (!spelled.isEmpty()) {
                keys.add(spelled);
            }
        }
        return keys;
    }

    /** ä, ö, ü composed, or a, o, u followed by a combining diaeresis. */
    private static boolean hasUmlaut(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("äöüÄÖÜ\u0308".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name without its qualifier: before a parenthesis anywhere ("Halle (Saale)" → "Halle"), and in German-speaking
     * countries before "am", "an der", "im", "in", "ob der", "bei", "vor der" ("Frankfurt am Main" → "Frankfurt") and
     * after a title ("Hansestadt Stade" → "Stade"). A name that is all qualifier stays as it is.
     */
    public static String baseName(String name, String country) {
        if (name == null) {
            return "";
        }
        String text = name.strip();
        boolean german = GERMAN_LANGUAGE_COUNTRIES.contains(country);
        if (german) {
            text = GERMAN_TITLE.matcher(text).replaceFirst("");
        }
        int cut = text.indexOf('(');
        if (german) {
            Matcher qualifier = GERMAN_QUALIFIER.matcher(text);
            if (qualifier.find() && (cut < 0 || qualifier.start() < cut)) {
                cut = qualifier.start();
            }
        }
        String base = cut > 0 ? text.substring(0, cut).strip() : text;
        return base.isEmpty() ? name.strip() : base;
    }
}
