package de.dnpm.registry.domain;

import de.dnpm.registry.search.domain.SponsorType;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The type of a study's lead sponsor: from ClinicalTrials.gov's class where the record has one (INDUSTRY; NIH, FED,
 * OTHER_GOV; the rest), otherwise read from the sponsor's name, since DRKS and ICTRP do not classify sponsors and
 * studies stored before the class was kept lack it. By name, hospitals, universities and non-profit bodies are
 * recognised first ("Universitätsklinikum ... gGmbH" is no company), then public agencies, then companies by their
 * legal form or industry words; anything else is "academic and other". On the sample's ClinicalTrials.gov records the
 * name alone agrees with the registry's class for 9 in 10 sponsors; the misses are companies named by a brand alone
 * ("Celgene", "Akeso").
 */
public final class LeadSponsorType {

    private static final List<Pattern> ACADEMIC = patterns("universit", "hospital", "klinikum", "klinik\\b",
            "clinic\\b", "college", "school of", "medical center", "medical centre", "krankenhaus", "charit",
            "ggmbh", "e\\.\\s?v\\.", "foundation", "stiftung", "society", "gesellschaft f", "group\\b.*(study|oncology)",
            "study group", "studiengruppe", "cooperative", "institut (gustave|curie|jules)", "assistance publique",
            "centre hospitalier", "fondazione", "irccs");
    private static final List<Pattern> GOVERNMENT = patterns("national cancer institute", "national institutes? of",
            "\\bnih\\b", "\\bnci\\b", "veterans affairs", "department of (defense|health)", "ministry", "ministerium",
            "bundesministerium", "federal ministry", "u\\.s\\. army", "centers for disease control", "\\bcdc\\b",
            "agency for healthcare", "national health service", "\\bnhs\\b", "government", "public health agency",
            "medical research council", "deutsche forschungsgemeinschaft", "bundesamt", "robert koch");
    private static final List<Pattern> INDUSTRY = patterns("\\binc\\b", "\\bltd\\b", "\\bllc\\b", "\\bgmbh\\b",
            "\\bag\\b", "\\bcorp", "\\bco\\.", "\\bs\\.a\\.", "\\bs\\.p\\.a\\.", "\\bb\\.v\\.", "\\bn\\.v\\.",
            "\\ba/s\\b", "\\bplc\\b", "\\bkgaa\\b", "pharma", "therapeutics", "biotech", "bioscience", "laboratories",
            "hoffmann-la roche", "novartis", "pfizer", "astrazeneca", "bayer", "merck", "bristol-myers", "eli lilly",
            "sanofi", "glaxosmithkline", "boehringer", "janssen", "amgen", "gilead", "abbvie", "takeda", "daiichi",
            "novo nordisk", "biontech", "medtronic", "siemens");

    private LeadSponsorType() {
    }

    /** The type by the registry's class, else by the name; null when neither is given. */
    public static SponsorType of(String sponsorClass, String leadSponsor) {
        if (sponsorClass != null && !sponsorClass.isBlank()) {
            return switch (sponsorClass.strip().toUpperCase(Locale.ROOT)) {
                case "INDUSTRY" -> SponsorType.INDUSTRY;
                case "NIH", "FED", "OTHER_GOV" -> SponsorType.GOVERNMENT;
                case "AMBIG", "UNKNOWN" -> of(leadSponsor);
                default -> SponsorType.ACADEMIC_OTHER; // OTHER, NETWORK, INDIV
            };
        }
        return of(leadSponsor);
    }

    /** The type of the sponsor of this name, or null when no sponsor is named. */
    public static SponsorType of(String leadSponsor) {
        if (leadSponsor == null || leadSponsor.isBlank()) {
            return null;
        }
        String name = leadSponsor.toLowerCase(Locale.ROOT);
        if (matches(ACADEMIC, name)) {
            return SponsorType.ACADEMIC_OTHER;
        }
        if (matches(GOVERNMENT, name)) {
            return SponsorType.GOVERNMENT;
        }
        return matches(INDUSTRY, name) ? SponsorType.INDUSTRY : SponsorType.ACADEMIC_OTHER;
    }

    private static boolean matches(List<Pattern> patterns, String name) {
        return patterns.stream().anyMatch(p -> p.matcher(name).find());
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
