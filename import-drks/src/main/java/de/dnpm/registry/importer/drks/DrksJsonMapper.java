package de.dnpm.registry.importer.drks;

import de.dnpm.registry.importer.application.LanguageTexts;
import de.dnpm.registry.importer.application.RegistryIds;
import de.dnpm.registry.importer.ctgov.JsonFields;
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
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps one DRKS trial object (schema 2.0.19, FORMATS.md §1) onto the neutral {@link TrialRecord}: every per-locale
 * text into one {@link TrialText} per language, the code lists through {@link DrksVocabulary}. A trial needs a
 * {@code drksId} and a title in some language; a field of the wrong JSON type makes it malformed.
 */
final class DrksJsonMapper {

    static final String REGISTER = "DRKS";

    /** The drksId of a trial object, or null. */
    static String drksId(JsonObject trial) {
        JsonValue id = trial.get("drksId");
        return id != null && id.getValueType() == JsonValue.ValueType.STRING ? trial.getString("drksId").strip() : null;
    }

    TrialRecord map(JsonObject trial, List<String> warnings) {
        String drksId = drksId(trial);
        if (drksId == null || drksId.isEmpty()) {
            throw new MalformedRecordException("no drksId", null);
        }
        JsonFields f = new JsonFields(trial, drksId);
        JsonFields recruitment = f.at(orEmpty(f.object("recruitment")));
        JsonFields characteristic = f.at(orEmpty(f.object("studyCharacteristic")));
        List<TrialText> texts = texts(f, recruitment, characteristic);
        TrialText main = LanguageTexts.preferred(texts);
        if (main.briefTitle() == null) {
            throw new MalformedRecordException("no title in trialDescriptions", drksId);
        }
        List<String> countries = countries(recruitment);
        String status = recruitment.string("status");
        Integer total = recruitment.integer("totalParticipants");
        Integer planned = recruitment.integer("plannedParticipants");
        DrksContacts contacts = new DrksContacts(f);
        return new TrialRecord(
                ids(f, drksId),
                main.briefTitle(), null, main.acronym(), main.briefSummary(), main.detailedDescription(),
                main.conditions(),
                conditionCodes(f),
                List.of(),
                List.of(), // DRKS has no interventions block: arms and their treatments are in observationalGroups
                List.of(), // and no derived intervention terms
                DrksVocabulary.studyType(characteristic.string("type")),
                DrksVocabulary.phases(characteristic.string("phase")),
                DrksVocabulary.status(status),
                firstOf(recruitment.string("actualStartDate"), recruitment.string("scheduledStartDate")),
                null,
                firstOf(recruitment.string("actualCompletionDate"), recruitment.string("scheduledCompletionDate")),
                f.string("registrationDrks"),
                f.string("lastUpdate"),
                total != null ? total : planned,
                total != null ? "ACTUAL" : planned != null ? "ESTIMATED" : null,
                contacts.primarySponsor(),
                contacts.secondarySponsors(),
                new Eligibility(LanguageTexts.combinedCriteria(main),
                        age(recruitment, "minimumAge"), age(recruitment, "maximumAge"),
                        DrksVocabulary.sex(recruitment.string("gender")), recruitment.bool("healthyVolunteers")),
                sites(recruitment, countries),
                contacts.queries(),
                outcomes(main),
                !trialResultsSummaries(f).isEmpty(),
                texts,
                status,
                countries,
                warnings,
                null); // DRKS does not classify its sponsors
    }

    private static List<RegistryId> ids(JsonFields f, String drksId) {
        RegistryIds ids = new RegistryIds(RegistryId.primary(IdScheme.DRKS, drksId));
        JsonFields secondary = f.at(orEmpty(f.object("secondaryIds")));
        ids.secondary(secondary.string("universalTrialNumber"), IdScheme.UTN, null);
        ids.secondary(secondary.string("eudraCtNumber"), IdScheme.EUDRACT, null);
        ids.secondary(secondary.string("eudamedNumber"), IdScheme.OTHER, "EUDAMED");
        ids.secondary(secondary.string("otherPrimaryRegisterId"), IdScheme.OTHER,
                secondary.string("otherPrimaryRegisterName"));
        for (JsonObject other : f.objects("otherSecondaryIds")) {
            ids.secondary(f.at(other).string("value"), IdScheme.OTHER, f.at(other).string("description"));
        }
        return ids.toList();
    }

    /** Titles, summaries, conditions, criteria, outcomes and arms, each from its own per-locale array. */
    private static List<TrialText> texts(JsonFields f, JsonFields recruitment, JsonFields characteristic) {
        LanguageTexts texts = new LanguageTexts();
        for (JsonObject d : f.objects("trialDescriptions")) {
            LanguageTexts.Text t = texts.in(locale(f.at(d)));
            t.briefTitle = f.at(d).string("title");
            t.acronym = f.at(d).string("acronym");
            t.briefSummary = f.at(d).string("summary");
            t.detailedDescription = f.at(d).string("scientificSummary");
        }
        for (JsonObject condition : f.objects("studiedHealthConditions")) {
            for (JsonObject d : f.at(condition).objects("studiedHealthConditionDescriptions")) {
                String comment = f.at(d).string("comment");
                if (comment != null && !comment.isBlank()) {
                    texts.in(locale(f.at(d))).conditions.add(comment.strip());
                }
            }
        }
        for (JsonObject d : recruitment.objects("recruitmentDescriptions")) {
            LanguageTexts.Text t = texts.in(locale(f.at(d)));
            t.inclusionCriteria = f.at(d).string("inclusionCriteria");
            t.exclusionCriteria = f.at(d).string("exclusionCriteria");
        }
        for (JsonObject d : characteristic.objects("characteristicDescriptions")) {
            LanguageTexts.Text t = texts.in(locale(f.at(d)));
            t.primaryOutcome = f.at(d).string("primaryOutcome");
            t.secondaryOutcome = f.at(d).string("secondaryOutcome");
        }
        for (JsonObject group : f.objects("observationalGroups")) {
            String comment = f.at(group).string("comment");
            if (comment != null && !comment.isBlank()) {
                texts.in(f.at(group).string("idArm", "locale")).arms.add(comment.strip());
            }
        }
        return texts.build();
    }

    private static String locale(JsonFields block) {
        return block.string("idLocale", "locale");
    }

    /* ICD10 and ORPHA_CODE conditions carry a code; FREETEXT ones are text only (their text is in the TrialTexts) */
    private static List<CodedTerm> conditionCodes(JsonFields f) {
        List<CodedTerm> codes = new ArrayList<>();
        for (JsonObject condition : f.objects("studiedHealthConditions")) {
            JsonFields c = f.at(condition);
            String system = switch (String.valueOf(c.string("catalog"))) {
                case "ICD10" -> "ICD-10";
                case "ORPHA_CODE" -> "ORPHA";
                default -> null;
            };
            String code = c.string("code");
            if (system != null && code != null && !code.isBlank()) {
                codes.add(new CodedTerm(system, code.strip(), conditionTerm(c)));
            }
        }
        return List.copyOf(codes);
    }

    /** The condition's English description, else its first one. */
    private static String conditionTerm(JsonFields condition) {
        String first = null;
        for (JsonObject d : condition.objects("studiedHealthConditionDescriptions")) {
            String comment = condition.at(d).string("comment");
            if ("en".equals(locale(condition.at(d))) && comment != null) {
                return comment.strip();
            }
            first = first == null ? comment : first;
        }
        return first == null ? null : first.strip();
    }

    private static List<String> countries(JsonFields recruitment) {
        List<String> codes = new ArrayList<>();
        for (JsonObject country : recruitment.objects("countries")) {
            String code = recruitment.at(country).string("idCountry", "code");
            if (code != null && !code.isBlank()) {
                codes.add(code);
            }
        }
        return CountryCodes.distinctCodes(codes);
    }

    /*
     * Institutes have name, city and type but no country. When the trial recruits in exactly one country, that is
     * the institutes' country; with several it is not known which, so it stays null.
     */
    private static List<Site> sites(JsonFields recruitment, List<String> countries) {
        String country = countries.size() == 1 ? countries.getFirst() : null;
        List<Site> sites = new ArrayList<>();
        for (JsonObject institute : recruitment.objects("institutes")) {
            JsonFields i = recruitment.at(institute);
            if (i.string("name") != null || i.string("city") != null) {
                sites.add(new Site(i.string("name"), i.string("city"), null, null, country, null, null, null,
                        List.<Contact>of()));
            }
        }
        return List.copyOf(sites);
    }

    private static de.dnpm.registry.importer.domain.Age age(JsonFields recruitment, String field) {
        JsonObject age = recruitment.object(field);
        if (age == null) {
            return null;
        }
        JsonFields a = recruitment.at(age);
        JsonValue amount = age.get("amount");
        Number number = amount instanceof JsonNumber n ? n.numberValue() : null;
        if (amount != null && amount.getValueType() != JsonValue.ValueType.NULL && number == null) {
            a.integer("amount"); // throws: the amount is of the wrong type
        }
        return DrksVocabulary.age(number, a.string("unit"));
    }

    private static List<Outcome> outcomes(TrialText main) {
        List<Outcome> outcomes = new ArrayList<>();
        if (main.primaryOutcome() != null) {
            outcomes.add(new Outcome(Outcome.Kind.PRIMARY, main.primaryOutcome(), null, null));
        }
        if (main.secondaryOutcome() != null) {
            outcomes.add(new Outcome(Outcome.Kind.SECONDARY, main.secondaryOutcome(), null, null));
        }
        return List.copyOf(outcomes);
    }

    private static List<String> trialResultsSummaries(JsonFields f) {
        JsonFields results = f.at(orEmpty(f.object("trialResults")));
        List<String> summaries = new ArrayList<>();
        for (JsonObject d : results.objects("trialResultsDescriptions")) {
            String summary = results.at(d).string("briefSummaryOfResultsDescription");
            if (summary != null && !summary.isBlank()) {
                summaries.add(summary);
            }
        }
        if (results.string("firstResultPublication") != null) {
            summaries.add(results.string("firstResultPublication"));
        }
        return summaries;
    }

    private static String firstOf(String a, String b) {
        return a != null ? a : b;
    }

    private static JsonObject orEmpty(JsonObject o) {
        return o != null ? o : JsonValue.EMPTY_JSON_OBJECT;
    }
}
