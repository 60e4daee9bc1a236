package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.domain.CodedTerm;
import de.dnpm.registry.importer.domain.Contact;
import de.dnpm.registry.importer.domain.CountryCodes;
import de.dnpm.registry.importer.domain.Eligibility;
import de.dnpm.registry.importer.domain.Intervention;
import de.dnpm.registry.importer.domain.Outcome;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.Site;
import de.dnpm.registry.importer.domain.TrialRecord;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps one ClinicalTrials.gov API v2 study object to the neutral {@link TrialRecord}. Field paths follow the v2 data
 * structure (https://clinicaltrials.gov/data-api/about-api/study-data-structure); a study needs at least
 * {@code protocolSection.identificationModule.nctId}. Studies fetched with a {@code fields=} projection simply lack
 * the other modules.
 */
final class CtgovJsonMapper {

    private static final String PROTOCOL = "protocolSection";

    /** The NCT number of a study object, or null if it has none (or it is not text). */
    static String nctId(JsonObject study) {
        try {
            return new JsonFields(study, null).string(PROTOCOL, "identificationModule", "nctId");
        } catch (MalformedRecordException e) {
            return null;
        }
    }

    /** The registry's version date: {@code derivedSection.miscInfoModule.versionHolder}, else the last update. */
    static String versionDate(JsonObject study) {
        JsonFields f = new JsonFields(study, nctId(study));
        String holder = f.string("derivedSection", "miscInfoModule", "versionHolder");
        return holder != null ? holder : f.string(PROTOCOL, "statusModule", "lastUpdatePostDateStruct", "date");
    }

    /** Maps the study; throws {@link MalformedRecordException} without an NCT number or for a field of a wrong type. */
    TrialRecord map(JsonObject study) {
        String nctId = nctId(study);
        if (nctId == null || nctId.isBlank()) {
            throw new MalformedRecordException("no protocolSection.identificationModule.nctId", null);
        }
        JsonFields f = new JsonFields(study, nctId);
        JsonFields id = f.at(objectOrEmpty(f.object(PROTOCOL, "identificationModule")));
        JsonFields status = f.at(objectOrEmpty(f.object(PROTOCOL, "statusModule")));
        JsonFields design = f.at(objectOrEmpty(f.object(PROTOCOL, "designModule")));
        JsonFields sponsors = f.at(objectOrEmpty(f.object(PROTOCOL, "sponsorCollaboratorsModule")));
        String leadSponsor = sponsors.string("leadSponsor", "name");
        String briefTitle = id.string("briefTitle");
        String officialTitle = id.string("officialTitle");
        String acronym = id.string("acronym");
        String briefSummary = f.string(PROTOCOL, "descriptionModule", "briefSummary");
        String detailedDescription = f.string(PROTOCOL, "descriptionModule", "detailedDescription");
        List<String> conditions = f.strings(PROTOCOL, "conditionsModule", "conditions");
        List<Site> sites = sites(f);
        List<Outcome> outcomes = outcomes(f.at(objectOrEmpty(f.object(PROTOCOL, "outcomesModule"))));
        String overallStatus = status.string("overallStatus");
        return new TrialRecord(
                ids(nctId, id, leadSponsor),
                briefTitle,
                officialTitle,
                acronym,
                briefSummary,
                detailedDescription,
                conditions,
                meshTerms(f, "conditionBrowseModule"),
                f.strings(PROTOCOL, "conditionsModule", "keywords"),
                interventions(f),
                meshTerms(f, "interventionBrowseModule"),
                design.string("studyType"),
                design.strings("phases"),
                overallStatus,
                status.string("startDateStruct", "date"),
                status.string("primaryCompletionDateStruct", "date"),
                status.string("completionDateStruct", "date"),
                status.string("studyFirstPostDateStruct", "date"),
                status.string("lastUpdatePostDateStruct", "date"),
                design.integer("enrollmentInfo", "count"),
                design.string("enrollmentInfo", "type"),
                leadSponsor,
                sponsors.objects("collaborators").stream().map(c -> f.at(c).string("name"))
                        .filter(n -> n != null && !n.isBlank()).toList(),
                eligibility(nctId, f.at(objectOrEmpty(f.object(PROTOCOL, "eligibilityModule")))),
                sites,
                f.objects(PROTOCOL, "contactsLocationsModule", "centralContacts").stream()
                        .map(c -> contact(f.at(c))).toList(),
                outcomes,
                hasResults(f),
                List.of(CtgovTexts.english(briefTitle, officialTitle, acronym, briefSummary, detailedDescription,
                        conditions, outcomes, arms(f))),
                overallStatus,
                CtgovTexts.countries(sites),
                List.of(),
                sponsors.string("leadSponsor", "class"));
    }

    private static List<String> arms(JsonFields f) {
        return f.objects(PROTOCOL, "armsInterventionsModule", "armGroups").stream()
                .map(a -> CtgovTexts.arm(f.at(a).string("label"), f.at(a).string("description")))
                .filter(a -> a != null).toList();
    }

    private static List<RegistryId> ids(String nctId, JsonFields id, String leadSponsor) {
        String organisation = id.string("organization", "fullName");
        CtgovIdentifiers ids = new CtgovIdentifiers(nctId, organisation, leadSponsor);
        id.strings("nctIdAliases").forEach(ids::alias);
        ids.orgStudyId(id.string("orgStudyIdInfo", "id"), organisation != null ? organisation : leadSponsor);
        for (JsonObject secondary : id.objects("secondaryIdInfos")) {
            JsonFields s = id.at(secondary);
            ids.secondaryId(s.string("id"), s.string("type"), s.string("domain"));
        }
        return ids.toList();
    }

    /** The MeSH terms ClinicalTrials.gov derives for the conditions or the interventions (a browse module). */
    private static List<CodedTerm> meshTerms(JsonFields f, String browseModule) {
        return f.objects("derivedSection", browseModule, "meshes").stream()
                .map(m -> new CodedTerm("MeSH", f.at(m).string("id"), f.at(m).string("term")))
                .toList();
    }

    private static List<Intervention> interventions(JsonFields f) {
        return f.objects(PROTOCOL, "armsInterventionsModule", "interventions").stream()
                .map(i -> {
                    JsonFields fi = f.at(i);
                    return new Intervention(fi.string("type"), fi.string("name"), fi.string("description"),
                            fi.strings("otherNames"));
                })
                .toList();
    }

    private static Eligibility eligibility(String nctId, JsonFields e) {
        return new Eligibility(
                e.string("eligibilityCriteria"),
                CtgovValues.age(nctId, e.string("minimumAge")),
                CtgovValues.age(nctId, e.string("maximumAge")),
                e.string("sex"),
                e.bool("healthyVolunteers"));
    }

    private static List<Site> sites(JsonFields f) {
        List<Site> sites = new ArrayList<>();
        // only "locations": some downloads (dgg32) carry a non-standard duplicate "locations_nested"
        for (JsonObject location : f.objects(PROTOCOL, "contactsLocationsModule", "locations")) {
            JsonFields l = f.at(location);
            sites.add(new Site(
                    l.string("facility"), l.string("city"), l.string("state"), l.string("zip"),
                    CountryCodes.isoOrName(l.string("country")),
                    l.string("status"), l.decimal("geoPoint", "lat"), l.decimal("geoPoint", "lon"),
                    l.objects("contacts").stream().map(c -> contact(l.at(c))).toList()));
        }
        return List.copyOf(sites);
    }

    private static Contact contact(JsonFields c) {
        return new Contact(c.string("name"), c.string("role"),
                CtgovValues.phone(c.string("phone"), c.string("phoneExt")), c.string("email"));
    }

    private static List<Outcome> outcomes(JsonFields o) {
        List<Outcome> outcomes = new ArrayList<>();
        addOutcomes(outcomes, Outcome.Kind.PRIMARY, o, o.objects("primaryOutcomes"));
        addOutcomes(outcomes, Outcome.Kind.SECONDARY, o, o.objects("secondaryOutcomes"));
        addOutcomes(outcomes, Outcome.Kind.OTHER, o, o.objects("otherOutcomes"));
        return List.copyOf(outcomes);
    }

    private static void addOutcomes(List<Outcome> outcomes, Outcome.Kind kind, JsonFields o, List<JsonObject> list) {
        for (JsonObject outcome : list) {
            JsonFields f = o.at(outcome);
            outcomes.add(new Outcome(kind, f.string("measure"), f.string("description"), f.string("timeFrame")));
        }
    }

    /*
     * hasResults is missing from projected API responses; then a results section or a results-first-posted date
     * still tells us.
     */
    private static boolean hasResults(JsonFields f) {
        Boolean flag = f.bool("hasResults");
        if (flag != null) {
            return flag;
        }
        return f.object("resultsSection") != null
                || f.string(PROTOCOL, "statusModule", "resultsFirstPostDateStruct", "date") != null;
    }

    private static JsonObject objectOrEmpty(JsonObject object) {
        return object != null ? object : JsonValue.EMPTY_JSON_OBJECT;
    }
}
