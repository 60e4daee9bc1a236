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

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Maps a legacy ClinicalTrials.gov {@code <clinical_study>} (AllPublicXML, schema public.xsd) to the neutral
 * {@link TrialRecord}, translating its display texts into the API v2 codes through {@link CtgovVocabulary}.
 */
final class CtgovXmlMapper {

    private static final System.Logger LOG = System.getLogger(CtgovXmlMapper.class.getName());

    /** Maps the study, or throws {@link MalformedRecordException} if it has no {@code id_info/nct_id}. */
    TrialRecord map(XmlElement study) {
        String nctId = study.text("id_info", "nct_id");
        if (nctId == null) {
            throw new MalformedRecordException("no id_info/nct_id", null);
        }
        String leadSponsor = study.text("sponsors", "lead_sponsor", "agency");
        XmlElement enrollment = study.child("enrollment");
        String briefTitle = study.text("brief_title");
        String officialTitle = study.text("official_title");
        String acronym = study.text("acronym");
        String briefSummary = textBlock(study, "brief_summary");
        String detailedDescription = textBlock(study, "detailed_description");
        List<String> conditions = study.texts("condition");
        List<Site> sites = study.children("location").stream().map(CtgovXmlMapper::site).toList();
        List<Outcome> outcomes = outcomes(study);
        String overallStatus = study.text("overall_status");
        return new TrialRecord(
                ids(nctId, study.child("id_info"), leadSponsor),
                briefTitle,
                officialTitle,
                acronym,
                briefSummary,
                detailedDescription,
                conditions,
                meshTerms(study.child("condition_browse")),
                study.texts("keyword"),
                study.children("intervention").stream().map(CtgovXmlMapper::intervention).toList(),
                meshTerms(study.child("intervention_browse")),
                CtgovVocabulary.studyType(study.text("study_type")),
                CtgovVocabulary.phases(study.text("phase")),
                CtgovVocabulary.status(overallStatus),
                date(nctId, study, "start_date"),
                date(nctId, study, "primary_completion_date"),
                date(nctId, study, "completion_date"),
                date(nctId, study, "study_first_posted"),
                date(nctId, study, "last_update_posted"),
                enrollment == null ? null : integer(nctId, enrollment.text()),
                enrollment == null ? null : CtgovVocabulary.enrollmentType(enrollment.attribute("type")),
                leadSponsor,
                study.child("sponsors") == null ? List.of() : study.child("sponsors").children("collaborator").stream()
                        .map(c -> c.text("agency")).filter(a -> a != null).toList(),
                eligibility(nctId, study.child("eligibility")),
                sites,
                centralContacts(study),
                outcomes,
                study.child("clinical_results") != null,
                List.of(CtgovTexts.english(briefTitle, officialTitle, acronym, briefSummary, detailedDescription,
                        conditions, outcomes, study.children("arm_group").stream()
                                .map(g -> CtgovTexts.arm(g.text("arm_group_label"), g.text("description")))
                                .filter(g -> g != null).toList())),
                overallStatus,
                CtgovTexts.countries(sites),
                List.of(),
                sponsorClass(study.text("sponsors", "lead_sponsor", "agency_class")));
    }

    private static List<RegistryId> ids(String nctId, XmlElement idInfo, String leadSponsor) {
        CtgovIdentifiers ids = new CtgovIdentifiers(nctId, leadSponsor);
        idInfo.texts("nct_alias").forEach(ids::alias);
        ids.orgStudyId(idInfo.text("org_study_id"), leadSponsor);
        // the legacy format has neither type nor issuer for secondary ids
        idInfo.texts("secondary_id").forEach(id -> ids.secondaryId(id, null, null));
        return ids.toList();
    }

    private static String textBlock(XmlElement parent, String... path) {
        XmlElement element = parent.child(path);
        XmlElement block = element == null ? null : element.child("textblock");
        return block == null ? null : TextBlock.normalise(block.rawText());
    }

    private static List<CodedTerm> meshTerms(XmlElement browse) {
        // the legacy export gives MeSH terms only, no descriptor ids
        return browse == null ? List.of()
                : browse.texts("mesh_term").stream().map(term -> new CodedTerm("MeSH", null, term)).toList();
    }

    private static Intervention intervention(XmlElement i) {
        return new Intervention(CtgovVocabulary.code(i.text("intervention_type")), i.text("intervention_name"),
                i.text("description"), i.texts("other_name"));
    }

    private static Eligibility eligibility(String nctId, XmlElement e) {
        if (e == null) {
            return new Eligibility(null, null, null, null, null);
        }
        return new Eligibility(
                textBlock(e, "criteria"),
                CtgovValues.age(nctId, e.text("minimum_age")),
                CtgovValues.age(nctId, e.text("maximum_age")),
                CtgovVocabulary.code(e.text("gender")),
                CtgovVocabulary.healthyVolunteers(e.text("healthy_volunteers")));
    }

    private static Site site(XmlElement location) {
        XmlElement facility = location.child("facility");
        XmlElement address = facility == null ? null : facility.child("address");
        List<Contact> contacts = new ArrayList<>();
        addContact(contacts, location.child("contact"), "CONTACT");
        addContact(contacts, location.child("contact_backup"), "CONTACT");
        for (XmlElement investigator : location.children("investigator")) {
            addContact(contacts, investigator, CtgovVocabulary.code(investigator.text("role")));
        }
        return new Site(
                facility == null ? null : facility.text("name"),
                address == null ? null : address.text("city"),
                address == null ? null : address.text("state"),
                address == null ? null : address.text("zip"),
                address == null ? null : CountryCodes.isoOrName(address.text("country")),
                CtgovVocabulary.status(location.text("status")),
                null, null, // the legacy format has no coordinates
                List.copyOf(contacts));
    }

    private static List<Contact> centralContacts(XmlElement study) {
        List<Contact> contacts = new ArrayList<>();
        addContact(contacts, study.child("overall_contact"), "CONTACT");
        addContact(contacts, study.child("overall_contact_backup"), "CONTACT");
        return List.copyOf(contacts);
    }

    /** A public.xsd contact_struct or investigator_struct; the export puts the whole name into last_name. */
    private static void addContact(List<Contact> contacts, XmlElement c, String role) {
        if (c == null) {
            return;
        }
        StringJoiner name = new StringJoiner(" ");
        for (String part : new String[] {"first_name", "middle_name", "last_name"}) {
            String text = c.text(part);
            if (text != null) {
                name.add(text);
            }
        }
        String degrees = c.text("degrees");
        String fullName = name.length() == 0 ? null : degrees == null ? name.toString() : name + ", " + degrees;
        contacts.add(new Contact(fullName, role, CtgovValues.phone(c.text("phone"), c.text("phone_ext")),
                c.text("email")));
    }

    private static List<Outcome> outcomes(XmlElement study) {
        List<Outcome> outcomes = new ArrayList<>();
        addOutcomes(outcomes, Outcome.Kind.PRIMARY, study.children("primary_outcome"));
        addOutcomes(outcomes, Outcome.Kind.SECONDARY, study.children("secondary_outcome"));
        addOutcomes(outcomes, Outcome.Kind.OTHER, study.children("other_outcome"));
        return List.copyOf(outcomes);
    }

    private static void addOutcomes(List<Outcome> outcomes, Outcome.Kind kind, List<XmlElement> elements) {
        for (XmlElement o : elements) {
            outcomes.add(new Outcome(kind, o.text("measure"), o.text("description"), o.text("time_frame")));
        }
    }

    private static String date(String nctId, XmlElement study, String element) {
        String text = study.text(element);
        String iso = CtgovVocabulary.isoDate(text);
        if (iso == null && text != null) {
            LOG.log(System.Logger.Level.WARNING, "{0}: {1} \"{2}\" is not a date, left out", nctId, element, text);
        }
        return iso;
    }

    private static Integer integer(String nctId, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "{0}: enrollment \"{1}\" is not a number, left out", nctId, text);
            return null;
        }
    }

    /* The legacy XML's agency classes ("Industry", "NIH", "U.S. Fed", "Other") in the API v2 vocabulary. */
    static String sponsorClass(String agencyClass) {
        if (agencyClass == null || agencyClass.isBlank()) {
            return null;
        }
        return switch (agencyClass.strip()) {
            case "Industry" -> "INDUSTRY";
            case "NIH" -> "NIH";
            case "U.S. Fed" -> "FED";
            case "Other" -> "OTHER";
            default -> agencyClass.strip().toUpperCase(java.util.Locale.ROOT);
        };
    }
}
