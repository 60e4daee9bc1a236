package de.dnpm.registry.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Registries name countries in English ("Germany", "Korea, Republic of"); this finds the ISO code so the name can be
 * shown in the reader's language. Names Java does not know come back unchanged.
 */
public final class CountryNames {

    /** ClinicalTrials.gov spellings that differ from Java's English display names. */
    private static final Map<String, String> REGISTRY_SPELLINGS = Map.ofEntries(
            Map.entry("korea, republic of", "KR"),
            Map.entry("korea, democratic people's republic of", "KP"),
            Map.entry("russian federation", "RU"),
            Map.entry("iran, islamic republic of", "IR"),
            Map.entry("czech republic", "CZ"),
            Map.entry("turkey", "TR"),
            Map.entry("viet nam", "VN"),
            Map.entry("moldova, republic of", "MD"),
            Map.entry("macedonia, the former yugoslav republic of", "MK"),
            Map.entry("syrian arab republic", "SY"),
            Map.entry("tanzania", "TZ"),
            Map.entry("tanzania, united republic of", "TZ"),
            Map.entry("bolivia", "BO"),
            Map.entry("venezuela", "VE"),
            Map.entry("congo, the democratic republic of the", "CD"),
            Map.entry("lao people's democratic republic", "LA"),
            Map.entry("libyan arab jamahiriya", "LY"),
            Map.entry("côte d'ivoire", "CI"),
            Map.entry("cote d'ivoire", "CI"),
            Map.entry("brunei darussalam", "BN"),
            Map.entry("palestinian territory, occupied", "PS"),
            Map.entry("palestinian territories", "PS"),
            Map.entry("taiwan", "TW"),
            Map.entry("hong kong", "HK"),
            Map.entry("macau", "MO"),
            Map.entry("former serbia and montenegro", "RS"),
            Map.entry("united states", "US"),
            Map.entry("united kingdom", "GB"));

    private static final Map<String, String> CODES = codes();

    private CountryNames() {
    }

    /** The ISO 3166 alpha-2 code of an English country name, if known. */
    public static Optional<String> code(String englishName) {
        if (englishName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(CODES.get(englishName.strip().toLowerCase(Locale.ROOT)));
    }

    /** The country's name in the given language, or the registry's name when the country is not known. */
    public static String localized(String englishName, Locale locale) {
        return code(englishName).map(code -> Locale.of("", code).getDisplayCountry(locale))
                .filter(name -> !name.isBlank()).orElse(englishName);
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            codes.put(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        codes.putAll(REGISTRY_SPELLINGS);
        return Map.copyOf(codes);
    }
}
