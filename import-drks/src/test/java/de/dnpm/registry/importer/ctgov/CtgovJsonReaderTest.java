package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.application.RecordCollector;
import de.dnpm.registry.importer.application.SharedData;
import de.dnpm.registry.importer.domain.Age;
import de.dnpm.registry.importer.domain.CodedTerm;
import de.dnpm.registry.importer.domain.Contact;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.Intervention;
import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.Site;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CtgovJsonReaderTest {

    private static RecordCollector read(String relative) throws IOException {
        Path file = SharedData.ctgovJson(relative);
        RecordCollector sink = new RecordCollector();
        try (InputStream in = Files.newInputStream(file)) {
            new CtgovJsonReader().read(file.getFileName().toString(), in, sink);
        }
        assertEquals(List.of(), sink.problems, "problems in " + relative);
        return sink;
    }

    @Test
    void readsEveryStudyOfAnArrayDownload() throws IOException {
        assertEquals(100, read("vrinda2019-NSCLCBench/ctg-studies.json").records.size());
        assertEquals(128, read("UserZetsu-dtx-analysis/ctg-studies.json").records.size());
        assertEquals(120, read("unl-stat351-screencast-jesusrod44/ctg-studies.json").records.size());
        assertEquals(1, read("dgg32-clinical-trials-public/ctg-studies(2).json").records.size());
    }

    @Test
    void readsARecruitingNsclcStudyWithItsSiteAndAgeLimit() throws IOException {
        TrialRecord t = read("vrinda2019-NSCLCBench/ctg-studies.json").trial("NCT06576635");
        assertEquals("RECRUITING", t.overallStatus());
        assertEquals(List.of("NA"), t.phases());
        assertEquals("INTERVENTIONAL", t.studyType());
        assertEquals(List.of("NSCLC"), t.conditions());
        assertEquals("LUNG-05", t.acronym());
        assertEquals(new Age("18 Years", 6574), t.eligibility().minimumAge());
        assertNull(t.eligibility().maximumAge());
        assertEquals("ALL", t.eligibility().sex());
        assertEquals(Boolean.FALSE, t.eligibility().healthyVolunteers());
        assertEquals("2024-12-16", t.startDate());
        assertEquals(29, t.enrollment());
        assertEquals("ESTIMATED", t.enrollmentType());
        assertEquals(5, t.interventions().size());
        assertEquals("DRUG", t.interventions().getFirst().type());
        assertEquals("Docetaxel", t.interventions().getFirst().name());
        assertEquals(List.of(RegistryId.primary(IdScheme.NCT, "NCT06576635"),
                RegistryId.secondary(IdScheme.SPONSOR, "2024-0301", "University of Illinois at Chicago")), t.ids());
        assertEquals(1, t.sites().size());
        Site site = t.sites().getFirst();
        assertEquals("University of Illinois Cancer Center", site.facility());
        assertEquals("Chicago", site.city());
        assertEquals("Illinois", site.state());
        assertEquals("60612", site.postalCode());
        assertEquals("US", site.country()); // "United States" as an ISO code (CountryCodes)
        assertEquals(List.of("US"), t.countries());
        assertEquals("RECRUITING", t.sourceStatus());
        assertEquals(List.of(), t.warnings());
        assertEquals(1, t.texts().size());
        assertEquals("en", t.texts().getFirst().language());
        assertEquals(t.briefTitle(), t.texts().getFirst().briefTitle());
        assertEquals("RECRUITING", site.status());
        assertEquals(41.85003, site.latitude());
        assertEquals(-87.65005, site.longitude());
        assertEquals(new Contact("Frank Weinberg, MD, PhD", "CONTACT", "312-413-7494", "fweinb1@uic.edu"),
                site.contacts().getFirst());
        assertEquals(2, t.centralContacts().size());
        assertFalse(t.hasResults());
        // this study has no derived condition browse module, so no MeSH terms
        assertEquals(List.of(), t.conditionCodes());
    }

    @Test
    void readsMeshTermsSecondaryIdsAndResultsFlag() throws IOException {
        TrialRecord t = read("vrinda2019-NSCLCBench/ctg-studies.json").trial("NCT06094296");
        assertEquals(List.of(new CodedTerm("MeSH", "D008175", "Lung Neoplasms")), t.conditionCodes());
        assertEquals("TERMINATED", t.overallStatus());
        assertEquals(List.of("PHASE2"), t.phases());
        assertEquals(8, t.sites().size());
        assertTrue(t.hasResults());
        assertEquals(List.of(
                RegistryId.primary(IdScheme.NCT, "NCT06094296"),
                RegistryId.secondary(IdScheme.SPONSOR, "CA047-1009", "Bristol-Myers Squibb"),
                // filed as EUDRACT_NUMBER, but 503007 is a CTIS sequence number: an EU CT number without "-00"
                RegistryId.secondary(IdScheme.EU_CT, "2022-503007-22", null),
                RegistryId.secondary(IdScheme.UTN, "U1111-1282-5699", null)), t.ids());

        TrialRecord niche = read("vrinda2019-NSCLCBench/ctg-studies.json").trial("NCT02369484");
        assertEquals(List.of(
                RegistryId.primary(IdScheme.NCT, "NCT02369484"),
                RegistryId.secondary(IdScheme.SPONSOR, "ETOP 7-14", "ETOP IBCSG Partners Foundation"),
                RegistryId.secondary(IdScheme.EUDRACT, "2014-005098-35", null),
                RegistryId.secondary(IdScheme.OTHER, "1200.230", "Boehringer Ingelheim"),
                RegistryId.secondary(IdScheme.OTHER, "SNCTP000001674", "Swiss National Clinical Trials Portal (SNCTP)")),
                niche.ids());
        assertTrue(niche.hasResults());
        assertEquals(5, niche.sites().size());
    }

    @Test
    void readsTheBrandAndCodeNamesOfInterventionsAndTheirMeshTerms() throws IOException {
        RecordCollector nsclc = read("vrinda2019-NSCLCBench/ctg-studies.json");
        TrialRecord t = nsclc.trial("NCT04870190");
        assertEquals(List.of(
                new Intervention("DRUG", "Almonertinib",
                        "Almonertinib will be administered orally at a dose of 165 mg per time, Q.D.", List.of("HS-10296")),
                // "Teresa" is what the registry says (Tagrisso meant, presumably): other names are kept verbatim
                new Intervention("DRUG", "Osimertinib",
                        "Osimertinib will be administered orally at a dose of 80 mg per time, Q.D.",
                        List.of("Teresa", "AZD9291"))), t.interventions());
        assertEquals(List.of(new CodedTerm("MeSH", "C000718108", "aumolertinib"),
                new CodedTerm("MeSH", "C000596361", "osimertinib")), t.interventionCodes(),
                "the MeSH name of almonertinib is aumolertinib");

        assertEquals(List.of("AZD9291, Tagrisso"), nsclc.trial("NCT02856893").interventions().getFirst().otherNames(),
                "one item as the registry wrote it, not split");
        assertEquals(List.of("Tagrisso"), nsclc.trial("NCT04811001").interventions().getFirst().otherNames());
        assertEquals(List.of(), nsclc.trial("NCT06576635").interventions().getFirst().otherNames(),
                "docetaxel has no other names in its record");
    }

    @Test
    void classifiesCtisAndSponsorSecondaryIds() throws IOException {
        RecordCollector dgg32 = read("dgg32-clinical-trials-public/ctg-studies(5).json");
        assertEquals(50, dgg32.records.size());
        TrialRecord shionogi = dgg32.trial("NCT05897541");
        assertEquals(List.of(
                RegistryId.primary(IdScheme.NCT, "NCT05897541"),
                RegistryId.secondary(IdScheme.SPONSOR, "2206T1331", "Shionogi Inc."),
                RegistryId.secondary(IdScheme.EUDRACT, "2022-002898-28", null),
                RegistryId.secondary(IdScheme.EU_CT, "2023-503200-91-00", null)), shionogi.ids());
        assertEquals(List.of(new CodedTerm("MeSH", "D000007239", "Infections"),
                new CodedTerm("MeSH", "D000003141", "Communicable Diseases"),
                new CodedTerm("MeSH", "D000086382", "COVID-19")), shionogi.conditionCodes());
        assertNull(shionogi.eligibility().minimumAge());

        TrialRecord novo = dgg32.trial("NCT05878938");
        assertEquals(28, novo.sites().size());
        assertEquals(2, novo.sites().stream().filter(s -> "DE".equals(s.country())).count());
        assertEquals(new Age("12 Years", 4383), novo.eligibility().minimumAge());

        // a duplicate "locations_nested" array in these downloads must not double the sites
        TrialRecord gsk = read("dgg32-clinical-trials-public/ctg-studies.json").trial("NCT05921903");
        assertEquals(53, gsk.sites().size());
        assertEquals(3, gsk.sites().stream().filter(s -> "DE".equals(s.country())).count());
        assertTrue(gsk.ids().contains(RegistryId.secondary(IdScheme.EU_CT, "2023-503951-81-00", null)));
    }

    @Test
    void classifiesSecondaryIdsIssuedByTheSponsorItself() throws IOException {
        TrialRecord lilly = read("dgg32-clinical-trials-public/ctg-studies.json").trial("NCT05911841");
        assertTrue(lilly.ids().contains(RegistryId.secondary(IdScheme.SPONSOR, "J4E-MC-FR01", "Eli Lilly and Company")));
        assertTrue(lilly.ids().contains(RegistryId.secondary(IdScheme.EU_CT, "2022-502888-38-00", null)));
    }

    @Test
    void keepsOldNctNumbersAsSecondaryNctIds() throws IOException {
        TrialRecord t = read("UserZetsu-dtx-analysis/ctg-studies.json").trial("NCT03103880");
        assertEquals(RegistryId.secondary(IdScheme.NCT, "NCT05712863", null), t.ids().get(1));
        assertEquals(RegistryId.primary(IdScheme.NCT, "NCT03103880"), t.primaryId());
        assertEquals(List.of(new CodedTerm("MeSH", "D001249", "Asthma")), t.conditionCodes());
    }

    @Test
    void versionDateIsTheVersionHolderElseTheLastUpdate() throws IOException {
        RawRecord raw = read("unl-stat351-screencast-jesusrod44/ctg-studies.json").record("NCT00184587").raw();
        assertEquals("2025-10-02", raw.versionDate());
        assertEquals(SourceFormat.CTGOV_JSON, raw.format());
        TrialRecord t = read("unl-stat351-screencast-jesusrod44/ctg-studies.json").trial("NCT00184587");
        assertEquals("2013-04-23", t.lastUpdate());
        assertEquals(new Age("75 Years", 27394), t.eligibility().maximumAge());
        assertTrue(t.ids().contains(RegistryId.secondary(IdScheme.EUDRACT, "2004-002737-39", null)));
        assertTrue(t.ids().contains(RegistryId.secondary(IdScheme.OTHER, "10815", "NSD")));
    }

    @Test
    void readsASingleStudyFromTheApi() throws IOException {
        RecordCollector sink = read("genomoncology-biomcp-api-responses/get_nct02576665_20260811.json");
        assertEquals(List.of("NCT02576665"), sink.nctIds());
        TrialRecord t = sink.trial("NCT02576665");
        assertEquals("TERMINATED", t.overallStatus());
        assertEquals(List.of("PHASE1"), t.phases());
        assertEquals("2016-07", t.startDate());
        assertEquals("2019-12-20", t.completionDate());
        assertEquals(21, t.enrollment());
        assertEquals("Tocagen Inc.", t.leadSponsor());
        assertEquals(12, t.conditions().size());
        // a fields= projection: no derivedSection, no lastUpdatePostDate, so no version date
        assertNull(sink.record("NCT02576665").raw().versionDate());
    }

    @Test
    void readsEveryStudyOfTheApiPages() throws IOException {
        String[] pages = {"search_age_count_20260811.json", "search_keytruda_limit3_20260811.json",
                "search_melanoma_recruiting_limit3_20260811.json", "search_nsclc_egfr_l858r_20260811.json",
                "search_phelan_limit50_20260811.json", "search_phelan_limit5_20260811.json",
                "search_phelan_next_20260811.json"};
        int studies = 0;
        for (String page : pages) {
            studies += read("genomoncology-biomcp-api-responses/" + page).records.size();
        }
        assertEquals(22, studies);
        RecordCollector next = read("genomoncology-biomcp-api-responses/search_phelan_next_20260811.json");
        assertEquals(List.of("NCT05187377", "NCT03836300", "NCT07014020", "NCT05025241", "NCT07281079"), next.nctIds());
        TrialRecord painStudy = read("genomoncology-biomcp-api-responses/search_age_count_20260811.json").trial("NCT01595035");
        assertEquals(new Age("18 Years", 6574), painStudy.eligibility().minimumAge());
        assertEquals(List.of("Postoperative Pain", "Chronic Pain"), painStudy.conditions());
    }

    @Test
    void recognisesAPageWhateverTheOrderOfItsKeys() throws IOException {
        String page = "{\"totalCount\": 2, \"nextPageToken\": \"abc\", \"studies\": ["
                + study("NCT00000001") + "," + study("NCT00000002") + "]}";
        RecordCollector sink = readText(page);
        assertEquals(List.of("NCT00000001", "NCT00000002"), sink.nctIds());
        assertEquals(List.of(), sink.problems);
    }

    @Test
    void rawContentIsTheStudyObjectReserialisedWithoutLoss() throws IOException {
        RawRecord raw = read("vrinda2019-NSCLCBench/ctg-studies.json").record("NCT06576635").raw();
        JsonObject reparsed = Json.createReader(new StringReader(raw.content())).readObject();
        assertEquals("NCT06576635", reparsed.getJsonObject("protocolSection").getJsonObject("identificationModule")
                .getString("nctId"));
        assertEquals("41.85003", reparsed.getJsonObject("protocolSection").getJsonObject("contactsLocationsModule")
                .getJsonArray("locations").getJsonObject(0).getJsonObject("geoPoint").get("lat").toString());
        // the stored content keeps the download date (versionHolder); only the hash leaves it out
        assertEquals("2025-12-09", reparsed.getJsonObject("derivedSection").getJsonObject("miscInfoModule")
                .getString("versionHolder"));
        assertEquals(CtgovContentHash.json(reparsed), raw.contentHash());
    }

    @Test
    void rejectsAnArrayElementWithoutNctIdAndKeepsTheOthers() throws IOException {
        String json = "[\n" + study("NCT00000001") + ",\n{\"protocolSection\": {\"identificationModule\": "
                + "{\"briefTitle\": \"no id\"}}},\n" + study("NCT00000003") + "\n]";
        RecordCollector sink = readText(json);
        assertEquals(List.of("NCT00000001", "NCT00000003"), sink.nctIds());
        assertEquals(1, sink.problems.size());
        assertEquals("study #2 at line 3", sink.problems.getFirst().position());
        assertTrue(sink.problems.getFirst().reason().contains("nctId"), sink.problems.getFirst().reason());
    }

    @Test
    void rejectsAStudyWithAFieldOfTheWrongTypeNamingItsId() throws IOException {
        String json = "[" + study("NCT00000001").replace("\"NA\"]", "\"NA\"], \"enrollmentInfo\": {\"count\": \"many\"}")
                + "," + study("NCT00000002") + "]";
        RecordCollector sink = readText(json);
        assertEquals(List.of("NCT00000002"), sink.nctIds());
        assertEquals("NCT00000001", sink.problems.getFirst().recordId());
        assertTrue(sink.problems.getFirst().reason().contains("enrollmentInfo.count"), sink.problems.getFirst().reason());
    }

    @Test
    void reportsTruncatedJsonWithLineAndColumnAndKeepsTheStudiesBefore() throws IOException {
        String json = "[\n" + study("NCT00000001") + ",\n{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT0";
        RecordCollector sink = readText(json);
        assertEquals(List.of("NCT00000001"), sink.nctIds());
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.getFirst().position().matches("line 3 column \\d+ \\(after study #2\\)"),
                sink.problems.getFirst().position());
    }

    @Test
    void reportsASyntaxErrorMidArrayAndStopsTheFile() throws IOException {
        String json = "[" + study("NCT00000001") + ",\n{\"protocolSection\": }," + study("NCT00000003") + "]";
        RecordCollector sink = readText(json);
        assertEquals(List.of("NCT00000001"), sink.nctIds());
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.getFirst().position().startsWith("line 2 column "), sink.problems.getFirst().position());
    }

    @Test
    void reportsAnEmptyFileAndAFileThatIsNoStudy() throws IOException {
        assertEquals(1, readText("").problems.size());
        assertEquals(1, readText("  ").problems.size());
        assertEquals(1, readText("42").problems.size());
        RecordCollector scalars = readText("[1, \"x\", " + study("NCT00000001") + "]");
        assertEquals(List.of("NCT00000001"), scalars.nctIds());
        assertEquals(2, scalars.problems.size());
    }

    private static String study(String nctId) {
        return "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"" + nctId + "\", \"briefTitle\": \"T\"},"
                + " \"designModule\": {\"studyType\": \"INTERVENTIONAL\", \"phases\": [\"NA\"]}}}";
    }

    private static RecordCollector readText(String json) throws IOException {
        RecordCollector sink = new RecordCollector();
        new CtgovJsonReader().read("test.json", new java.io.ByteArrayInputStream(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), sink);
        return sink;
    }
}
