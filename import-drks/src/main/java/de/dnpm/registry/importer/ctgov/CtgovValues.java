package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.application.AgeParser;
import de.dnpm.registry.importer.domain.Age;

/** Field conversions both ClinicalTrials.gov formats share (age limits, phone numbers). */
final class CtgovValues {

    private static final System.Logger LOG = System.getLogger(CtgovValues.class.getName());

    private CtgovValues() {
    }

    /** "18 Years" → 6574 days; "N/A" or missing → null; an unreadable text is logged and left out. */
    static Age age(String nctId, String text) {
        Age age = AgeParser.parse(text);
        if (age == null && text != null && !text.isBlank() && !text.strip().equalsIgnoreCase("N/A")) {
            LOG.log(System.Logger.Level.WARNING, "{0}: age limit \"{1}\" not understood, left out", nctId, text);
        }
        return age;
    }

    /** The neutral contact has one phone field, so an extension is appended as "ext. 123". */
    static String phone(String phone, String extension) {
        if (extension == null || extension.isBlank()) {
            return phone;
        }
        return phone == null ? "ext. " + extension.strip() : phone + " ext. " + extension.strip();
    }
}
