package de.dnpm.registry.importer.drks;

import de.dnpm.registry.importer.application.LanguageTexts;
import de.dnpm.registry.importer.application.RegistryIds;
import de.dnpm.registry.importer.ctgov.MalformedRecordException;
import de.dnpm.registry.importer.domain.CodedTerm;
import de.dnpm.registry.importer.domain.Contact;
import de.dnpm.registry.importer.domain.CountryCodes;
import de.dnpm.registry.importer.domain.Eligibility;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.Outcome;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.Site;
import de.dnpm.registry.importer.domain.TrialRecord;
import de.dnpm.registry.importer.domain.TrialText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Maps one row of the old drks_web CSV export (FORMATS.md §2) onto the neutral {@link TrialRecord}. The export's
 * study texts are English (its values are the English UI labels), so the row gives one "en" {@link TrialText}.
 */
final class DrksCsvMapper {

    TrialRecord map(DrksCsvRow row, List<String> warnings) {
        String drksId = row.text("drksId");
        if (drksId == null) {
            throw new MalformedRecordException("no drksId", null);
        }
        String title = row.text("title");
        if (title == null) {
            throw new MalformedRecordException("no title", drksId);
        }
        List<String> conditions = new ArrayList<>();
        List<CodedTerm> codes = new ArrayList<>();
        indications(row, conditions, codes);
        TrialText text = new TrialText("en", title, null, row.text("acronym"), row.text("publicSummary"),
                row.text("scientificSynopsis"), conditions, row.text("inclusion"), row.text("exclusion"),
                row.text("primaryEndpoint"), row.text("secondaryEndpoints"), arms(row));
        List<String> countries = countries(row);
        String status = row.text("recruitmentStatus");
        return new TrialRecord(
                ids(row, drksId),
                title, null, text.acronym(), text.briefSummary(), text.detailedDescription(),
                conditions, codes, List.of(),
                List.of(), // the export's interventions are the arms' descriptions ("Arm 1"): they are the arms
                List.of(), // and no derived intervention terms
                DrksVocabulary.studyType(row.text("type")),
                DrksVocabulary.legacyPhases(row.text("phase")),
                DrksVocabulary.status(status),
                row.date("startDate"),
                null,
                row.date("studyEnd"),
                row.date("firstDrksPublishDate"),
                row.date("last-update"),
                integer(row.text("targetSize")),
                null, // the export does not say whether the target size was reached
                addresses(row, "Primary Sponsor").stream().findFirst().orElse(null),
                addresses(row, "Secondary Sponsor"),
                new Eligibility(LanguageTexts.combinedCriteria(text),
                        DrksVocabulary.age(number(row.text("minAge.amount")), row.text("minAge.unit")),
                        DrksVocabulary.age(number(row.text("maxAge.amount")), row.text("maxAge.unit")),
                        DrksVocabulary.sex(row.text("gender")), null),
                sites(row, countries),
                contacts(row),
                outcomes(text),
                hasResults(row),
                List.of(text),
                status,
                countries,
                warnings,
                null); // DRKS does not classify its sponsors
    }

    /*
     * secId types are the UI labels ("Universal Trial Number (UTN)", "EudraCT-No.<br/>(for studies acc. to Drug
     * Law)", "Primary Registry-ID", "Sponsor-ID", "BfArM-No.", "PEI-No.", "EUDAMED-No. ..."); a registry number
     * recognised in the id wins over the label.
     */
    private static List<RegistryId> ids(DrksCsvRow row, String drksId) {
        RegistryIds ids = new RegistryIds(RegistryId.primary(IdScheme.DRKS, drksId));
        for (int i = 0; i < row.slots("secId.type"); i++) {
            String type = row.line("secId.type" + i);
            String name = row.line("secId.name" + i);
            String label = type == null ? "" : type.toLowerCase(Locale.ROOT);
            IdScheme scheme = label.startsWith("universal trial number") ? IdScheme.UTN
                    : label.startsWith("eudract") ? IdScheme.EUDRACT
                    : label.startsWith("sponsor") ? IdScheme.SPONSOR : IdScheme.OTHER;
            String issuer = name != null ? name : label.startsWith("bfarm") ? "BfArM" : label.startsWith("pei")
                    ? "PEI" : label.startsWith("eudamed") ? "EUDAMED" : null;
            ids.secondary(row.text("secId.id" + i), scheme, scheme == IdScheme.SPONSOR && issuer == null
                    ? row.line("address.affiliation0") : issuer);
        }
        return ids.toList();
    }

    /** ICD10 and MedDRA indications carry a code; free-text and other ones are text only. */
    private static void indications(DrksCsvRow row, List<String> conditions, List<CodedTerm> codes) {
        for (int i = 0; i < row.slots("indication.type"); i++) {
            String type = row.text("indication.type" + i);
            String code = row.text("indication.key" + i);
            String value = row.text("indication.value" + i);
            String system = "ICD10".equals(type) ? "ICD-10" : "MedDRA".equals(type) ? "MedDRA" : null;
            if (system != null && code != null) {
                codes.add(new CodedTerm(system, code, value));
            }
            if (value != null && !conditions.contains(value)) {
                conditions.add(value);
            }
        }
    }

    private static List<String> arms(DrksCsvRow row) {
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < row.slots("intervention.category"); i++) {
            String category = row.text("intervention.category" + i);
            String value = row.text("intervention.value" + i);
            if (value != null) {
                arms.add(category == null ? value : category + ": " + value);
            }
        }
        return arms;
    }

    /** recruitmentCountries.keyN are ISO codes, except the export's "UK" for GB; the names are the fallback. */
    private static List<String> countries(DrksCsvRow row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.slots("recruitmentCountries.key"); i++) {
            String key = row.text("recruitmentCountries.key" + i);
            String value = key != null ? key : row.text("recruitmentCountries.value" + i);
            if (value != null) {
                values.add(value);
            }
        }
        return CountryCodes.distinctCodes(values);
    }

    /* the locations have no country: with exactly one recruitment country it is theirs (as for DRKS JSON) */
    private static List<Site> sites(DrksCsvRow row, List<String> countries) {
        String country = countries.size() == 1 ? countries.getFirst() : null;
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < row.slots("recruitmentLocation.type"); i++) {
            String name = row.line("recruitmentLocation.value" + i);
            String city = row.line("recruitmentLocation.city" + i);
            if (name != null || city != null) {
                sites.add(new Site(name, city, null, null, country, null, null, null, List.of()));
            }
        }
        return List.copyOf(sites);
    }

    /** The affiliations of the addresses of one type ("Primary Sponsor"), on one line each. */
    private static List<String> addresses(DrksCsvRow row, String type) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < row.slots("address.type"); i++) {
            if (type.equals(row.text("address.type" + i))) {
                String name = row.line("address.affiliation" + i);
                names.add(name != null ? name : person(row, i));
            }
        }
        return names.stream().filter(n -> n != null).toList();
    }

    private static List<Contact> contacts(DrksCsvRow row) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < row.slots("address.type"); i++) {
            String role = switch (String.valueOf(row.text("address.type" + i))) {
                case "Contact for Scientific Queries" -> "SCIENTIFIC_QUERIES";
                case "Contact for Public Queries" -> "PUBLIC_QUERIES";
                default -> null;
            };
            if (role != null) {
                String name = person(row, i);
                contacts.add(new Contact(name != null ? name : row.line("address.affiliation" + i), role,
                        row.text("address.telephone" + i), row.text("address.email" + i)));
            }
        }
        return List.copyOf(contacts);
    }

    /** "Dr. med. Bernd Danner" from title, first and last name; null without a name. */
    private static String person(DrksCsvRow row, int i) {
        String first = row.text("address.firstname" + i);
        String last = row.text("address.lastname" + i);
        if (first == null && last == null) {
            return null;
        }
        StringJoiner name = new StringJoiner(" ");
        for (String part : new String[] {row.text("address.title" + i), first, last}) {
            if (part != null) {
                name.add(part);
            }
        }
        return name.toString();
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

    private static boolean hasResults(DrksCsvRow row) {
        for (int i = 0; i < row.slots("publication.category"); i++) {
            if ("Trial results".equals(row.text("publication.category" + i))) {
                return true;
            }
        }
        return false;
    }

    private static Integer integer(String text) {
        return text != null && text.matches("\\d{1,9}") ? Integer.valueOf(text) : null;
    }

    private static Number number(String text) {
        return text != null && text.matches("\\d{1,6}") ? Integer.valueOf(text) : null;
    }
}
