package de.dnpm.registry.rest.export;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A protein change in HGVS as genomics reports give it ("p.Leu858Arg", "p.(Gly12Cys)", "NP_005219.2:p.Leu858Arg") in
 * the short form boards and trial texts write ("L858R", "G12C"); anything else is returned as it is.
 */
final class ProteinChange {

    private static final Map<String, String> ONE_LETTER = Map.ofEntries(Map.entry("Ala", "A"), Map.entry("Arg", "R"),
            Map.entry("Asn", "N"), Map.entry("Asp", "D"), Map.entry("Cys", "C"), Map.entry("Gln", "Q"),
            Map.entry("Glu", "E"), Map.entry("Gly", "G"), Map.entry("His", "H"), Map.entry("Ile", "I"),
            Map.entry("Leu", "L"), Map.entry("Lys", "K"), Map.entry("Met", "M"), Map.entry("Phe", "F"),
            Map.entry("Pro", "P"), Map.entry("Ser", "S"), Map.entry("Thr", "T"), Map.entry("Trp", "W"),
            Map.entry("Tyr", "Y"), Map.entry("Val", "V"), Map.entry("Ter", "*"));
    private static final Pattern PROTEIN = Pattern.compile("(?:^|:)p\\.\\(?([^()]+)\\)?$");
    private static final Pattern THREE_LETTER = Pattern.compile("Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met"
            + "|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter");

    private ProteinChange() {
    }

    static String shortForm(String hgvs) {
        if (hgvs == null) {
            return null;
        }
        Matcher protein = PROTEIN.matcher(hgvs.strip());
        if (!protein.find()) {
            return hgvs.strip();
        }
        Matcher residues = THREE_LETTER.matcher(protein.group(1));
        StringBuilder shortened = new StringBuilder();
        while (residues.find()) {
            residues.appendReplacement(shortened, Matcher.quoteReplacement(ONE_LETTER.get(residues.group())));
        }
        residues.appendTail(shortened);
        return shortened.toString();
    }
}
