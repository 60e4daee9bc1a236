package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.RegistryIdNormalForm;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the identifiers of the public registries inside free-text secondary ids ("EudraCT Number: 2005-002611-25",
 * "ISRCTN58585610", "U1111-1115-1566", the WHO primary registries' numbers) so records from different registries can
 * be linked by them.
 */
public final class RegistryIdClassifier {

    private record Rule(IdScheme scheme, Pattern pattern) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;

    /*
     * Order matters: an EUCTR record id contains a EudraCT number, and the EU CT number (CTIS, 2023-) extends the
     * EudraCT pattern by "-NN". CTIS sequence numbers start at 500000, EudraCT's never came near that, so a short form
     * "2022-501515-14" (CT.gov sponsors often drop the "-00" suffix, even under type EUDRACT_NUMBER) is an EU CT number
     * too. "CTIS2023-507385-11-00" (ICTRP's form) matches the EU CT rule at its digits. The WHO primary registries'
     * forms are those of their TrialIDs in the ICTRP exports (FORMATS.md §4, §5).
     */
    private static final List<Rule> RULES = List.of(
            rule(IdScheme.EUCTR, "(?<![A-Za-z])EUCTR\\d{4}-\\d{6}-\\d{2}-[A-Z]{2,3}(?![A-Za-z])", CI),
            rule(IdScheme.EU_CT, "(?<!\\d)\\d{4}-\\d{6}-\\d{2}-\\d{2}(?!\\d)", 0),
            rule(IdScheme.EU_CT, "(?<!\\d)\\d{4}-5\\d{5}-\\d{2}(?!\\d)", 0),
            rule(IdScheme.EUDRACT, "(?<!\\d)\\d{4}-\\d{6}-\\d{2}(?!\\d)", 0),
            rule(IdScheme.DRKS, "(?<![A-Za-z])DRKS\\s?\\d{8}(?!\\d)", CI),
            rule(IdScheme.ISRCTN, "(?<![A-Za-z])ISRCTN\\s?\\d{8}(?!\\d)", CI),
            rule(IdScheme.UTN, "(?<![A-Za-z\\d])U\\d{4}-\\d{4}-\\d{4}(?!\\d)", 0),
            rule(IdScheme.NCT, "(?<![A-Za-z])NCT\\d{8}(?!\\d)", CI),
            rule(IdScheme.ANZCTR, "(?<![A-Za-z])ACTRN\\d{14}(?!\\d)", CI),
            // current ChiCTR2000029953 and the older ChiCTR-IOR-17013571 / ChiCTR-TRC-12002345
            rule(IdScheme.CHICTR, "(?<![A-Za-z])ChiCTR(?:-?\\d{10}|-[A-Z]{2,4}-\\d{8})(?!\\d)", CI),
            rule(IdScheme.CTRI, "(?<![A-Za-z])CTRI/\\d{4}/\\d{2,3}/\\d{6}(?!\\d)", CI),
            rule(IdScheme.IRCT, "(?<![A-Za-z])IRCT\\d{6,}(?:N\\d+)?(?![\\dA-Za-z])", CI),
            rule(IdScheme.JPRN, "(?<![A-Za-z])(?:JPRN-)?(?:UMIN\\d{9}|jRCTs?\\d{9,10}|JapicCTI-\\d{6}|JMA-IIA\\d{5})(?!\\d)",
                    CI),
            rule(IdScheme.CRIS, "(?<![A-Za-z])KCT\\d{7}(?!\\d)", CI),
            rule(IdScheme.PACTR, "(?<![A-Za-z])PACTR\\d{15}(?!\\d)", CI),
            rule(IdScheme.REBEC, "(?<![A-Za-z])RBR-[0-9a-z]{6,8}(?![0-9a-z])", CI),
            rule(IdScheme.SLCTR, "(?<![A-Za-z])SLCTR/\\d{4}/\\d{3}(?!\\d)", CI),
            rule(IdScheme.TCTR, "(?<![A-Za-z])TCTR\\d{11}(?!\\d)", CI),
            // not "NL12345.018.10": that is a Dutch CCMO (ethics) file number, which sponsors quote just as often
            rule(IdScheme.NTR, "(?<![A-Za-z])(?:NTR\\d{1,5}|NL-OMON\\d{1,6}|NL\\d{4,5})(?![\\d.])", CI),
            rule(IdScheme.LBCTR, "(?<![A-Za-z])LBCTR\\d{10}(?!\\d)", CI),
            rule(IdScheme.ITMCTR, "(?<![A-Za-z])ITMCTR\\d{10,}(?!\\d)", CI),
            rule(IdScheme.RPCEC, "(?<![A-Za-z])RPCEC\\d{8}(?!\\d)", CI),
            rule(IdScheme.REPEC, "(?<![A-Za-z])PER-\\d{3}-\\d{2}(?!\\d)", CI));

    private RegistryIdClassifier() {
    }

    private static Rule rule(IdScheme scheme, String regex, int flags) {
        return new Rule(scheme, Pattern.compile(regex, flags));
    }

    /**
     * The scheme of a whole registry number such as an ICTRP TrialID ("ChiCTR2000029953", "CTIS2023-507385-11-00"),
     * or empty if the text is no public-registry number as a whole.
     */
    public static Optional<IdScheme> schemeOf(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String plain = RegistryIdNormalForm.plainText(id).strip();
        // ICTRP's "CTIS2023-507385-11-00" is the EU CT number with the system's name in front
        String number = plain.regionMatches(true, 0, "CTIS", 0, 4) ? plain.substring(4) : plain;
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(number).matches()) {
                return number == plain || rule.scheme() == IdScheme.EU_CT ? Optional.of(rule.scheme()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The public-registry id found in {@code text} (as a secondary id in its {@link RegistryIdNormalForm normal form}:
     * "DRKS 00012345" becomes "DRKS00012345", a labelled EudraCT number loses its label, typographic hyphens become
     * '-'), or empty if it carries none.
     */
    public static Optional<RegistryId> recognise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // the patterns are written for ASCII hyphens and spaces; the text may come with U+2011 or no-break spaces
        String plain = RegistryIdNormalForm.plainText(text);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(plain);
            if (m.find()) {
                return Optional.of(RegistryId.secondary(rule.scheme(), RegistryIdNormalForm.normalise(m.group()), null));
            }
        }
        return Optional.empty();
    }
}
