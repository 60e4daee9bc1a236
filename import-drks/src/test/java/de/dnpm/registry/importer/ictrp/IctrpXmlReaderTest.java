package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.application.RecordCollector;
import de.dnpm.registry.importer.application.SharedData;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.importer.domain.Age;
import de.dnpm.registry.importer.domain.CodedTerm;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IctrpXmlReaderTest {

    private static final String RESULTS_2024 = "drks/ictrp-xml/machado-t-ICTRP_xml_to_ris/ICTRP-Results(1).xml";
    private static final String RESULTS_2014 = "drks/ictrp-xml/ttoyama-prog_ISN-ACCTS/ICTRP-Results_long.xml";

    static RecordCollector read(String relative) throws IOException {
        RecordCollector sink = new RecordCollector();
        new SourceFileReader().read(SharedData.path(relative), sink);
        return sink;
    }

    private static RecordCollector readText(String xml) throws IOException {
        RecordCollector sink = new RecordCollector();
        new SourceFileReader().read("ICTRP-Results.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                sink);
        return sink;
    }

    @Test
    void readsEveryTrialOfBothLayoutsUnderItsOwnRegistry() throws IOException {
        RecordCollector current = read(RESULTS_2024);
        RecordCollector old = read(RESULTS_2014);
        assertEquals(List.of(), current.problems);
        assertEquals(List.of(), old.problems);
        assertEquals(95, current.records.size());
        assertEquals(174, old.records.size());
        // PROVENANCE.md: 47 ClinicalTrials.gov, 28 EUCTR, 9 JPRN, 6 DRKS, 2 NL-OMON, 1 CTIS, 1 ChiCTR, 1 CRIS
        Map<IdScheme, Integer> schemes = new TreeMap<>();
        current.records.forEach(r -> schemes.merge(r.trial().primaryId().scheme(), 1, Integer::sum));
        assertEquals(Map.of(IdScheme.NCT, 47, IdScheme.EUCTR, 28, IdScheme.JPRN, 9, IdScheme.DRKS, 6, IdScheme.NTR, 2,
                IdScheme.EU_CT, 1, IdScheme.CHICTR, 1, IdScheme.CRIS, 1), schemes);
        assertTrue(old.records.stream().allMatch(r -> r.trial().primaryId().scheme() == IdScheme.EUCTR
                && r.raw().format() == SourceFormat.ICTRP_XML));
    }

    /*
     * CTIS2023-507385-11-00 lists NCT05697861 among its Secondary_ID ("U1111-1296-5487;2022-003405-30;NCT05697861");
     * NCT05697861 does not list the CTIS number back ("2022-003405-30;ITL-2001-CL-999"): the two are linked by the
     * NCT number one way and by the shared EudraCT number 2022-003405-30 both ways.
     */
    @Test
    void linksTheCtisTrialAndItsClinicalTrialsGovCopy() throws IOException {
        RecordCollector sink = read(RESULTS_2024);
        TrialRecord ctis = sink.trial("2023-507385-11-00");
        assertEquals(List.of(RegistryId.primary(IdScheme.EU_CT, "2023-507385-11-00"),
                RegistryId.secondary(IdScheme.UTN, "U1111-1296-5487", null),
                RegistryId.secondary(IdScheme.EUDRACT, "2022-003405-30", null),
                RegistryId.secondary(IdScheme.NCT, "NCT05697861", null)), ctis.ids());
        TrialRecord nct = sink.trial("NCT05697861");
        assertEquals(List.of(RegistryId.primary(IdScheme.NCT, "NCT05697861"),
                RegistryId.secondary(IdScheme.EUDRACT, "2022-003405-30", null),
                RegistryId.secondary(IdScheme.OTHER, "ITL-2001-CL-999", null)), nct.ids());
        assertEquals("UNKNOWN", ctis.overallStatus());
        assertEquals("Not Recruiting", ctis.sourceStatus());
        assertEquals("RECRUITING", nct.overallStatus());
        assertEquals(List.of("PHASE2", "PHASE3"), ctis.phases()); // "(Phase II): yes ... (Phase III): yes"
        assertEquals(new Age("18", 6574), ctis.eligibility().minimumAge());
        assertNull(ctis.eligibility().maximumAge()); // CTIS age group "65+": no upper limit
        assertEquals("ALL", ctis.eligibility().sex()); // "Female: yes Male: yes"
        assertEquals(List.of("SE", "GB", "NZ"), ctis.countries());
        assertEquals("2024-04-08", ctis.firstPosted());
        assertEquals("2024-04-16", ctis.startDate());
        assertEquals("2024-05-27", ctis.lastUpdate());
        assertEquals(74, ctis.enrollment());
        assertEquals("Intellia Therapeutics Inc.", ctis.leadSponsor());
        assertEquals(List.of("Medpace Finland Oy"), ctis.collaborators());
        assertEquals("2023-07-10", nct.startDate()); // "July 10, 2023"
        assertEquals(new Age("18 Years", 6574), nct.eligibility().minimumAge());
        assertEquals(List.of("NZ", "SE", "GB"), nct.countries()); // listed twice in the source, once here
    }

    @Test
    void readsDrksTrialsWithTheirIcd10Codes() throws IOException {
        RecordCollector sink = read(RESULTS_2024);
        TrialRecord t = sink.trial("DRKS00030545");
        assertEquals(List.of(new CodedTerm("ICD-10", "E85.0", null), new CodedTerm("ICD-10", "M35.8", null)),
                t.conditionCodes());
        assertEquals(List.of("Non-neuropathic heredofamilial amyloidosis",
                "Other specified systemic involvement of connective tissue"), t.conditions());
        assertEquals("RECRUITING", t.overallStatus());
        assertEquals(List.of("DE"), t.countries());
        TrialRecord proAid = sink.trial("DRKS00032447");
        assertEquals(List.of("AT", "DE"), proAid.countries());
        assertNull(proAid.eligibility().minimumAge()); // "None"
        assertEquals(new Age("18 Years", 6574), proAid.eligibility().maximumAge());
        assertEquals("OBSERVATIONAL", proAid.studyType()); // lower-case "observational"
        // "&#x0D;&lt;br&gt;" in the XML is a line break
        assertEquals("Inclusion criteria: - autoinflammatory disease diagnosed by paediatric rheumatologist\n"
                + "- written informed consent", proAid.texts().getFirst().inclusionCriteria());
    }

    @Test
    void decodesBreaksAndIndentationOfClinicalTrialsGovText() throws IOException {
        TrialRecord t = read(RESULTS_2024).trial("NCT06360289");
        String inclusion = t.texts().getFirst().inclusionCriteria();
        assertTrue(inclusion.startsWith("Inclusion Criteria:\n\n- Carrier of a documented pathogenic TTR variant"),
                inclusion);
        assertFalse(inclusion.contains("<br>") || inclusion.contains("\r"));
    }

    @Test
    void readsEuctrRecordsWithTheirEudraCtNumberAndCountries() throws IOException {
        TrialRecord t = read(RESULTS_2024).trial("EUCTR2021-000037-14-DK");
        assertEquals(List.of(RegistryId.primary(IdScheme.EUCTR, "EUCTR2021-000037-14-DK"),
                RegistryId.secondary(IdScheme.EUDRACT, "2021-000037-14", null),
                RegistryId.secondary(IdScheme.OTHER, "NEOD001-301", null),
                RegistryId.secondary(IdScheme.NCT, "NCT04973137", null),
                RegistryId.secondary(IdScheme.OTHER, "146070", null)), t.ids());
        // "Czechia", "Korea, Republic of", "Türkiye" among 23 countries, all known
        assertEquals(23, t.countries().size());
        assertTrue(t.countries().containsAll(List.of("CZ", "KR", "TR", "HU", "US")));
        assertEquals(List.of(), t.warnings());
        assertEquals(List.of("PHASE3"), t.phases());
        assertEquals("UNKNOWN", t.overallStatus());
        assertEquals("Authorised", t.sourceStatus());
    }

    @Test
    void readsJprnAgesWrittenTheJapaneseWay() throws IOException {
        TrialRecord t = read(RESULTS_2024).trial("JPRN-JRCT2071210009");
        assertEquals(new Age(">= 20age old", 7305), t.eligibility().minimumAge());
        assertEquals(new Age("<= 82age old", 29950), t.eligibility().maximumAge());
        assertEquals(List.of("PHASE3"), t.phases()); // "3"
    }

    /*
     * A full ICTRP export holds hundreds of thousands of trials in one document; the JDK (since 24) would stop after
     * 100,000 characters of it. Here the real 2014 export's trials are repeated in one document (the same records
     * again: the reader does not care) until it is well beyond that.
     */
    @Test
    void readsAnExportFarLongerThanTheJdksEntitySizeLimit() throws IOException {
        String export = java.nio.file.Files.readString(SharedData.path(RESULTS_2014), StandardCharsets.UTF_8);
        int start = export.indexOf("<Trial>");
        int end = export.lastIndexOf("</Trial>") + "</Trial>".length();
        String large = export.substring(0, start) + export.substring(start, end).repeat(6) + export.substring(end);

        RecordCollector sink = readText(large);

        assertEquals(List.of(), sink.problems);
        assertEquals(6 * 174, sink.records.size());
    }

    @Test
    void refusesExternalEntities() throws IOException {
        RecordCollector sink = readText("<?xml version=\"1.0\"?>\n<!DOCTYPE Trials_downloaded_from_ICTRP "
                + "[<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<Trials_downloaded_from_ICTRP><Trial>"
                + "<TrialID>NCT00000001</TrialID><Public_title>&xxe;</Public_title></Trial>"
                + "</Trials_downloaded_from_ICTRP>");
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.getFirst().reason().contains("DOCTYPE"), sink.problems.toString());
    }

    @Test
    void refusesEntityExpansion() throws IOException {
        RecordCollector sink = readText("<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
                + "<Trials_downloaded_from_ICTRP><Trial><TrialID>NCT00000001</TrialID>"
                + "<Public_title>&c;</Public_title></Trial></Trials_downloaded_from_ICTRP>");
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.problems.size());
    }

    @Test
    void reportsATrialWithoutIdAndGoesOn() throws IOException {
        RecordCollector sink = readText("<Trials_downloaded_from_ICTRP><Trial><Public_title>x</Public_title></Trial>"
                + "<Trial><TrialID>DRKS00012345</TrialID><Public_title>A title</Public_title></Trial>"
                + "</Trials_downloaded_from_ICTRP>");
        assertEquals(List.of("DRKS00012345"), sink.nctIds());
        assertEquals(1, sink.problems.size());
        assertEquals("no TrialID", sink.problems.getFirst().reason());
        assertTrue(sink.problems.getFirst().position().startsWith("trial #1"));
    }

    @Test
    void reportsAnEmptyExport() throws IOException {
        RecordCollector sink = new RecordCollector();
        new IctrpXmlReader().read("empty.xml", new ByteArrayInputStream(new byte[0]), sink);
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.problems.size());
    }
}
