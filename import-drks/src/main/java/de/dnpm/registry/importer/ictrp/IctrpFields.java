package de.dnpm.registry.importer.ictrp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of one ICTRP trial under one set of names, whatever layout they came in: the XML's tags
 * ({@code Inclusion_agemin}, {@code Secondary_ID}), the COVID-19 list's spaced headers ("Inclusion agemin") and the
 * full export's columns ({@code Agemin}, {@code SecondaryIDs}) all name the same field (FORMATS.md §4, §5).
 */
final class IctrpFields {

    /* full-export and COVID-list names that differ from the XML tags, as keys of the XML tag they mean */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("secondaryid", "secondaryids"), Map.entry("agemin", "inclusionagemin"),
            Map.entry("agemax", "inclusionagemax"), Map.entry("gender", "inclusiongender"),
            Map.entry("conditions", "condition"), Map.entry("interventions", "intervention"),
            Map.entry("secondaryoutcomes", "secondaryoutcome"), Map.entry("secondarysponsors", "secondarysponsor"),
            Map.entry("url", "webaddress"), Map.entry("publiccontactfirstname", "contactfirstname"),
            Map.entry("publiccontactlastname", "contactlastname"), Map.entry("publiccontactemail", "contactemail"),
            Map.entry("publiccontacttel", "contacttel"), Map.entry("publiccontactaffiliation", "contactaffiliation"),
            Map.entry("publiccontactaddress", "contactaddress"));

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> asWritten = new LinkedHashMap<>();

    /** The key of a field name: lower case, without blanks and underscores, aliases resolved. */
    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").strip();
        return ALIASES.getOrDefault(k, k);
    }

    /** Sets a field; the first value of a repeated field is kept (the exports repeat none). */
    void put(String name, String value) {
        if (values.putIfAbsent(key(name), value) == null) {
            asWritten.put(name, value);
        }
    }

    /** The raw value of a field as delivered, or null. */
    String raw(String name) {
        return values.get(key(name));
    }

    /** The value as one line of text, null if blank. */
    String value(String name) {
        return IctrpText.value(raw(name));
    }

    /** The value as text with its line breaks, null if blank. */
    String text(String name) {
        return IctrpText.plain(raw(name));
    }

    /** Every field under its name as the source wrote it, in source order. */
    Map<String, String> all() {
        return asWritten;
    }
}
