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
 * "ISRCTN58585610", "U1111-1115-1566") so records from different registries can be linked by them.
 */
public final class RegistryIdClassifier {

    private record Rule(IdScheme scheme, Pattern pattern) {
    }

    /*
     * Order matters: the EU CT number (CTIS, 2023-) extends the EudraCT pattern by "-NN". CTIS sequence numbers start
     * at 500000, EudraCT's never came near that, so a short form "2022-501515-14" (CT.gov sponsors often drop the "-00"
     * suffix, even under type EUDRACT_NUMBER) is an EU CT number too.
     */
    private static final List<Rule> RULES = List.of(
            new Rule(IdScheme.EU_CT, Pattern.compile("(?<!\\d)\\d{4}-\\d{6}-\\d{2}-\\d{2}(?!\\d)")),
            new Rule(IdScheme.EU_CT, Pattern.compile("(?<!\\d)\\d{4}-5\\d{5}-\\d{2}(?!\\d)")),
            new Rule(IdScheme.EUDRACT, Pattern.compile("(?<!\\d)\\d{4}-\\d{6}-\\d{2}(?!\\d)")),
            new Rule(IdScheme.DRKS, Pattern.compile("(?<![A-Za-z])DRKS\\s?\\d{8}(?!\\d)", Pattern.CASE_INSENSITIVE)),
            new Rule(IdScheme.ISRCTN,
                    Pattern.compile("(?<![A-Za-z])ISRCTN\\s?\\d{8}(?!\\d)", Pattern.CASE_INSENSITIVE)),
            new Rule(IdScheme.UTN, Pattern.compile("(?<![A-Za-z\\d])U\\d{4}-\\d{4}-\\d{4}(?!\\d)")),
            new Rule(IdScheme.NCT, Pattern.compile("(?<![A-Za-z])NCT\\d{8}(?!\\d)", Pattern.CASE_INSENSITIVE)));

    private RegistryIdClassifier() {
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
