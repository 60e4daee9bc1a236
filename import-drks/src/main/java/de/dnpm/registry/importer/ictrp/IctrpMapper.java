package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.application.LanguageTexts;
import de.dnpm.registry.importer.application.Mojibake;
import de.dnpm.registry.importer.application.RegistryIdClassifier;
import de.dnpm.registry.importer.application.RegistryIds;
import de.dnpm.registry.importer.ctgov.MalformedRecordException;
import de.dnpm.registry.importer.domain.CodedTerm;
import de.dnpm.registry.importer.domain.Contact;
import de.dnpm.registry.importer.domain.CountryCodes;
import de.dnpm.registry.importer.domain.Eligibility;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.Intervention;
import de.dnpm.registry.importer.domain.Outcome;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.TrialRecord;
import de.dnpm.registry.importer.domain.TrialText;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one ICTRP trial (any layout, see {@link IctrpFields}) onto the neutral {@link TrialRecord} under its own
 * registry id (TrialID). ICTRP text is English (FORMATS.md §4); mojibake found by {@link Mojibake} becomes a warning.
 */
final class IctrpMapper {


    /* DRKS conditions in ICTRP: "E85.0" or "J12.8 - Other viral pneumonia" (ICD-10-GM code, optionally its term) */
    private static final Pattern ICD10 = Pattern.compile("([A-Z]\\d{2}(?:\\.\\d{1,2})?)(?:\\s+-\\s+(.+))?");
    private static final Pattern CTGOV_INTERVENTION = Pattern.compile(
            "(Drug|Device|Biological|Procedure|Radiation|Behavioral|Genetic|Dietary Supplement|Combination Product"
                    + "|Diagnostic Test|Other)\\s*:\\s*(.+)");

    /** The TrialID of a trial, stripped; null if it has none. */
    static String trialId(IctrpFields f) {
        return f.value("TrialID");
    }

    TrialRecord map(IctrpFields f, List<String> warnings) {
        String trialId = trialId(f);
        if (trialId == null) {
            throw new MalformedRecordException("no TrialID", null);
        }
        IdScheme scheme = RegistryIdClassifier.schemeOf(trialId).orElseThrow(() ->
                new MalformedRecordException("TrialID \"" + trialId + "\" is no registry number known here", trialId));
        List<String> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(Mojibake.warnings(f.all()));
        String publicTitle = f.value("Public_title");
        String scientificTitle = f.value("Scientific_title");
        if (publicTitle == null && scientificTitle == null) {
            throw new MalformedRecordException("no Public_title or Scientific_title", trialId);
        }
        boolean drks = scheme == IdScheme.DRKS;
        List<String> conditions = new ArrayList<>();
        List<CodedTerm> codes = new ArrayList<>();
        conditions(f, drks, conditions, codes);
        List<String> arms = IctrpText.items(f.raw("Intervention"));
        TrialText text = new TrialText("en", publicTitle, scientificTitle, f.value("Acronym"), null, null, conditions,
                f.text("Inclusion_Criteria"), f.text("Exclusion_Criteria"), f.text("Primary_outcome"),
                f.text("Secondary_outcome"), List.of());
        List<String> countries = countries(f, allWarnings);
        String status = f.value("Recruitment_Status");
        return new TrialRecord(
                ids(f, scheme, trialId),
                publicTitle, scientificTitle, text.acronym(), null, null,
                conditions, codes, List.of(),
                interventions(arms),
                List.of(), // ICTRP derives no intervention terms
                IctrpVocabulary.studyType(f.value("Study_type")),
                IctrpVocabulary.phases(f.raw("Phase")),
                IctrpVocabulary.status(status),
                IctrpVocabulary.date(f.value("Date_enrollement")),
                null, null,
                registrationDate(f),
                IctrpVocabulary.date(f.value("Last_Refreshed_on")),
                integer(f.value("Target_size")),
                null, // ICTRP does not say whether the target size is planned or reached
                f.value("Primary_sponsor"),
                IctrpText.items(f.raw("Secondary_Sponsor")),
                new Eligibility(LanguageTexts.combinedCriteria(text), IctrpVocabulary.age(f.raw("Inclusion_agemin")),
                        IctrpVocabulary.age(f.raw("Inclusion_agemax")), IctrpVocabulary.sex(f.raw("Inclusion_gender")),
                        null),
                List.of(), // ICTRP gives countries, not sites
                contacts(f),
                outcomes(text),
                "yes".equalsIgnoreCase(f.value("results_yes_no")),
                List.of(text),
                status,
                countries,
                allWarnings,
                null); // ICTRP does not classify sponsors
    }

    /*
     * The TrialID is the primary id. A ClinicalTrials.gov record never lists its own number among its secondary ids,
     * so an NCT number there names another study (as in CtgovIdentifiers); any other registry's record names its
     * ClinicalTrials.gov copy that way, which is the link we want.
     */
    private static List<RegistryId> ids(IctrpFields f, IdScheme scheme, String trialId) {
        RegistryIds ids = new RegistryIds(RegistryId.primary(scheme, trialId));
        for (String secondary : IctrpText.items(f.raw("Secondary_IDs"))) {
            if (secondary.equalsIgnoreCase("N/A") || secondary.equalsIgnoreCase("nil known")) {
                continue;
            }
            boolean otherStudy = scheme == IdScheme.NCT && RegistryIdClassifier.recognise(secondary)
                    .filter(id -> id.scheme() == IdScheme.NCT).isPresent();
            if (otherStudy) {
                ids.add(RegistryId.secondary(IdScheme.OTHER, secondary, null));
            } else {
                ids.secondary(secondary, IdScheme.OTHER, null);
            }
        }
        return ids.toList();
    }

    private static void conditions(IctrpFields f, boolean drks, List<String> conditions, List<CodedTerm> codes) {
        for (String item : IctrpText.items(f.raw("Condition"))) {
            Matcher icd = ICD10.matcher(item);
            if (drks && icd.matches()) {
                String code = icd.group(1);
                if (codes.stream().noneMatch(c -> c.code().equals(code))) {
                    codes.add(new CodedTerm("ICD-10", code, icd.group(2)));
                }
                if (icd.group(2) != null && !conditions.contains(icd.group(2))) {
                    conditions.add(icd.group(2));
                }
            } else if (!conditions.contains(item)) {
                conditions.add(item);
            }
        }
    }

    /**
     * ClinicalTrials.gov records' "Drug: Vutrisiran" items get their v2 type; other registries' texts stay text. No
     * other names: the export has none, and EU CTR's "Product Name: ..., Product Code: ..." is one text per product.
     */
    private static List<Intervention> interventions(List<String> items) {
        List<Intervention> interventions = new ArrayList<>();
        for (String item : items) {
            Matcher m = CTGOV_INTERVENTION.matcher(item);
            interventions.add(m.matches()
                    ? new Intervention(m.group(1).toUpperCase().replace(' ', '_'), m.group(2).strip(), null, List.of())
                    : new Intervention(null, item, null, List.of()));
        }
        return List.copyOf(interventions);
    }

    private static List<String> countries(IctrpFields f, List<String> warnings) {
        List<String> names = IctrpText.items(f.raw("Countries"));
        for (String name : names) {
            if (CountryCodes.iso2(name) == null) {
                warnings.add("recruitment country not recognised, left out of the country codes: \"" + name + "\"");
            }
        }
        return CountryCodes.distinctCodes(names);
    }

    /** Date_registration3 (yyyyMMdd) is unambiguous; Date_registration is day-first text. */
    private static String registrationDate(IctrpFields f) {
        String compact = IctrpVocabulary.date(f.value("Date_registration3"));
        return compact != null ? compact : IctrpVocabulary.date(f.value("Date_registration"));
    }

    private static List<Contact> contacts(IctrpFields f) {
        StringJoiner name = new StringJoiner(" ");
        for (String part : new String[] {f.value("Contact_Firstname"), f.value("Contact_Lastname")}) {
            if (part != null) {
                name.add(part);
            }
        }
        String email = f.value("Contact_Email");
        String phone = f.value("Contact_Tel");
        String who = name.length() > 0 ? name.toString() : f.value("Contact_Affiliation");
        if (who == null && email == null && phone == null) {
            return List.of();
        }
        return List.of(new Contact(who, "CONTACT", phone, email));
    }

    private static List<Outcome> outcomes(TrialText text) {
        List<Outcome> outcomes = new ArrayList<>();
        if (text.primaryOutcome() != null) {
            outcomes.add(new Outcome(Outcome.Kind.PRIMARY, text.primaryOutcome(), null, null));
        }
        if (text.secondaryOutcome() != null) {
            outcomes.add(new Outcome(Outcome.Kind.SECONDARY, text.secondaryOutcome(), null, null));
        }
        return List.copyOf(outcomes);
    }

    private static Integer integer(String text) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return null; // "control group:50;sepsis group:50;" is a breakdown, not one number
        }
        return Integer.valueOf(text);
    }
}
