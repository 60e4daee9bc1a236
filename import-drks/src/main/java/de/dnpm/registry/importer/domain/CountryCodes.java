package de.dnpm.registry.importer.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Country identity: a country name as a registry spells it ("Czechia", "Czech Republic", "Korea, Republic of",
 * "Deutschland") or an ISO code ("DE") onto its ISO 3166-1 alpha-2 code, so the same country from two registries is
 * one value. Names come from {@link Locale}'s English and German display names plus the registry spellings that
 * Locale lacks; a name neither knows gives null, and the caller keeps the name as written.
 */
public final class CountryCodes {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    /*
     * Spellings seen in ClinicalTrials.gov (ISO 3166 short names of older editions), WHO ICTRP (the registries' own
     * lists), and the DRKS legacy export ("UK" as a recruitment-country key), that Locale's CLDR names do not give.
     */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("Czech Republic", "CZ"), Map.entry("Slovak Republic", "SK"),
            Map.entry("Russian Federation", "RU"),
            Map.entry("Korea, Republic of", "KR"), Map.entry("Republic of Korea", "KR"),
            Map.entry("South Korea", "KR"), Map.entry("Korea (South)", "KR"), Map.entry("Korea, South", "KR"),
            Map.entry("Korea, Democratic People's Republic of", "KP"),
            Map.entry("Democratic People's Republic of Korea", "KP"), Map.entry("North Korea", "KP"),
            Map.entry("Iran, Islamic Republic of", "IR"), Map.entry("Iran (Islamic Republic of)", "IR"),
            Map.entry("Islamic Republic of Iran", "IR"),
            Map.entry("Viet Nam", "VN"), Map.entry("Türkiye", "TR"), Map.entry("Turkey", "TR"), Map.entry("Turkey (Türkiye)", "TR"),
            Map.entry("Taiwan", "TW"), Map.entry("Taiwan, Province of China", "TW"),
            Map.entry("Hong Kong", "HK"), Map.entry("Macau", "MO"), Map.entry("Macao", "MO"),
            Map.entry("Macedonia", "MK"), Map.entry("Macedonia, The Former Yugoslav Republic of", "MK"),
            Map.entry("Republic of North Macedonia", "MK"),
            Map.entry("Moldova, Republic of", "MD"), Map.entry("Republic of Moldova", "MD"),
            Map.entry("Syrian Arab Republic", "SY"), Map.entry("Lao People's Democratic Republic", "LA"),
            Map.entry("Tanzania, United Republic of", "TZ"), Map.entry("United Republic of Tanzania", "TZ"),
            Map.entry("Venezuela, Bolivarian Republic of", "VE"), Map.entry("Bolivia, Plurinational State of", "BO"),
            Map.entry("Congo, The Democratic Republic of the", "CD"),
            Map.entry("Democratic Republic of the Congo", "CD"), Map.entry("Congo", "CG"),
            Map.entry("Republic of the Congo", "CG"),
            Map.entry("Cote D'Ivoire", "CI"), Map.entry("Ivory Coast", "CI"),
            Map.entry("Palestinian Territory, occupied", "PS"), Map.entry("Palestine", "PS"),
            Map.entry("State of Palestine", "PS"), Map.entry("Palestinian Territories", "PS"),
            Map.entry("Brunei Darussalam", "BN"), Map.entry("Libyan Arab Jamahiriya", "LY"),
            Map.entry("Myanmar", "MM"), Map.entry("Burma", "MM"), Map.entry("Swaziland", "SZ"),
            Map.entry("Cape Verde", "CV"), Map.entry("Micronesia, Federated States of", "FM"),
            Map.entry("Virgin Islands (U.S.)", "VI"), Map.entry("Holy See (Vatican City State)", "VA"),
            Map.entry("United States of America", "US"), Map.entry("USA", "US"),
            Map.entry("UK", "GB"), Map.entry("Great Britain", "GB"), Map.entry("England", "GB"),
            Map.entry("Scotland", "GB"), Map.entry("Wales", "GB"), Map.entry("Northern Ireland", "GB"),
            Map.entry("The Netherlands", "NL"), Map.entry("Former Yugoslav Republic of Macedonia", "MK"),
            Map.entry("Korea, North", "KP"), Map.entry("Congo, Democratic Republic", "CD"),
            Map.entry("Palestinian Territory", "PS"), Map.entry("The People's Republic of China", "CN"),
            Map.entry("People's Republic of China", "CN"), Map.entry("Virgin Islands, British", "VG"),
            Map.entry("Bonaire Saint Eustatius and Saba", "BQ"), Map.entry("Heard Island and Mcdonald Islands", "HM"),
            Map.entry("Pitcairn", "PN"), Map.entry("Saint Martin (French part)", "MF"),
            Map.entry("Sint Maarten (Dutch part)", "SX"), Map.entry("Saint Vincent and the Grenadines", "VC"),
            Map.entry("South Georgia and the South Sandwich Is", "GS"),
            Map.entry("United States Minor Outlying Islands", "UM"));

    private static final Map<String, String> CODES = build();

    private CountryCodes() {
    }

    /** The ISO 3166-1 alpha-2 code of a country name or code, or null if it is not known (or blank). */
    public static String iso2(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return CODES.get(key(name));
    }

    /** The ISO code where known, otherwise the name as written (stripped); null for a blank name. */
    public static String isoOrName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String code = iso2(name);
        return code != null ? code : name.strip();
    }

    /** The distinct ISO codes of the values (names or codes) that are known, in their first order. */
    public static List<String> distinctCodes(Collection<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values) {
            String code = iso2(value);
            if (code != null) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private static Map<String, String> build() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            codes.put(key(code), code);
            codes.put(key(country.getISO3Country()), code);
            codes.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            codes.put(key(country.getDisplayCountry(Locale.GERMAN)), code);
        }
        ALIASES.forEach((name, code) -> codes.put(key(name), code));
        return Map.copyOf(codes);
    }

    /*
     * One key per spelling variant: accents dropped ("Réunion", "Türkiye"), case, punctuation and "&" / "and"
     * ("Bosnia & Herzegovina", CLDR; "Bosnia and Herzegovina", registries) made equal, "St." read as "Saint".
     */
    private static String key(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ").replace("’", "'");
        s = NON_ALNUM.matcher(s).replaceAll(" ").strip();
        return s.startsWith("st ") ? "saint " + s.substring(3) : s;
    }
}
