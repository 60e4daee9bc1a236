package de.dnpm.registry.web;

import de.dnpm.registry.importer.domain.CountryCodes;

import java.util.Locale;
import java.util.Optional;

/**
 * Countries are stored as ISO 3166-1 alpha-2 codes (the importer translates the registries' spellings, see
 * {@link CountryCodes}); this shows them in the reader's language. Studies imported before that, and names no code is
 * known for, still hold an English name: it is translated when it can be, else shown as written.
 */
public final class CountryNames {

    private CountryNames() {
    }

    /** The ISO 3166 alpha-2 code of a code or a country name, if known. */
    public static Optional<String> code(String codeOrName) {
        return Optional.ofNullable(CountryCodes.iso2(codeOrName));
    }

    /** The country's name in the given language, or the value as stored when the country is not known. */
    public static String localized(String codeOrName, Locale locale) {
        return code(codeOrName).map(code -> Locale.of("", code).getDisplayCountry(locale))
                .filter(name -> !name.isBlank()).orElse(codeOrName);
    }
}
