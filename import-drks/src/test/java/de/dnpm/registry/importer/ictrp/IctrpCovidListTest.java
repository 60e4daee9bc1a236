package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.application.RecordCollector;
import de.dnpm.registry.importer.domain.Age;
import de.dnpm.registry.importer.domain.CodedTerm;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The WHO ICTRP COVID-19 list as CSV (clean UTF-8) and as XLSX (been through Excel: serial dates, mojibake). */
class IctrpCovidListTest {

    private static final String FOLDER = "drks/ictrp-covid/ebmdatalab-covid_trials_tracker-covid/";
    private static RecordCollector csv;
    private static RecordCollector xlsx;

    @BeforeAll
    static void readBoth() throws IOException {
        csv = IctrpXmlReaderTest.read(FOLDER + "COVID19-1135-trials.csv");
        xlsx = IctrpXmlReaderTest.read(FOLDER + "COVID19-web_7Jul2020.xlsx");
    }

    private static Map<IdScheme, Integer> schemes(RecordCollector sink) {
        Map<IdScheme, Integer> schemes = new TreeMap<>();
        sink.records.forEach(r -> schemes.merge(r.trial().primaryId().scheme(), 1, Integer::sum));
        return schemes;
    }

    @Test
    void readsEveryRowOfTheCsvUnderItsRegistry() {
        assertEquals(List.of(), csv.problems);
        assertEquals(1135, csv.records.size());
        assertTrue(csv.records.stream().allMatch(r -> r.raw().format() == SourceFormat.ICTRP_CSV));
        // counted by TrialID prefix with Python's csv module
        assertEquals(Map.of(IdScheme.CHICTR, 602, IdScheme.NCT, 438, IdScheme.EUCTR, 42, IdScheme.ANZCTR, 13,
                IdScheme.ISRCTN, 12, IdScheme.NTR, 12, IdScheme.IRCT, 8, IdScheme.JPRN, 5, IdScheme.TCTR, 2,
                IdScheme.DRKS, 1), schemes(csv));
    }

    @Test
    void readsTheDrksTrialOfTheCsvFieldByField() {
        TrialRecord t = csv.trial("DRKS00021134");
        assertEquals(List.of(new CodedTerm("ICD-10", "J12.8", "Other viral pneumonia")), t.conditionCodes());
        assertEquals(List.of("Other viral pneumonia"), t.conditions());
        assertEquals(new Age("18 Years", 6574), t.eligibility().minimumAge());
        assertNull(t.eligibility().maximumAge()); // "no maximum age"
        assertEquals("ALL", t.eligibility().sex()); // "Both, male and female"
        assertEquals(List.of("DE"), t.countries());
        assertEquals("UNKNOWN", t.overallStatus());
        assertEquals("Not Recruiting", t.sourceStatus());
        assertEquals("2020-03-19", t.firstPosted());
        assertEquals("2020-03-20", t.startDate());
        assertEquals("2020-03-23", t.lastUpdate());
        assertEquals(60, t.enrollment());
        assertEquals(List.of("NA"), t.phases());
        assertEquals("Klinik für Anästhesiologie und Intensivtherapie; Universitätsklinikum Leipzig", t.leadSponsor());
        assertEquals(List.of(), t.warnings()); // clean UTF-8
    }

    @Test
    void readsEveryRowOfTheWorkbook() {
        assertEquals(List.of(), xlsx.problems);
        assertEquals(4098, xlsx.records.size());
        assertTrue(xlsx.records.stream().allMatch(r -> r.raw().format() == SourceFormat.ICTRP_XLSX));
        Map<IdScheme, Integer> expected = new TreeMap<>(Map.of(IdScheme.NCT, 2300, IdScheme.CHICTR, 733,
                IdScheme.IRCT, 234, IdScheme.EUCTR, 228, IdScheme.CTRI, 209, IdScheme.DRKS, 109, IdScheme.ISRCTN, 67,
                IdScheme.ANZCTR, 61, IdScheme.NTR, 49, IdScheme.JPRN, 50));
        expected.putAll(Map.of(IdScheme.REBEC, 16, IdScheme.RPCEC, 15, IdScheme.TCTR, 11, IdScheme.PACTR, 9,
                IdScheme.CRIS, 3, IdScheme.LBCTR, 2, IdScheme.SLCTR, 1, IdScheme.REPEC, 1));
        assertEquals(expected, schemes(xlsx));
    }

    @Test
    void turnsExcelSerialDatesIntoIsoDates() {
        TrialRecord t = xlsx.trial("DRKS00021439");
        assertEquals("2020-04-20", t.firstPosted()); // Date registration3 20200420
        assertEquals("2020-04-20", t.startDate()); // serial 43941
        assertEquals(List.of("DE"), t.countries());
    }

    @Test
    void warnsAboutMojibakeAndKeepsTheTextAsDelivered() {
        TrialRecord t = xlsx.trial("DRKS00021439");
        assertEquals("Klinik f√ºr Neurologie und Neurophysiologie Universit√§tsklinikum Freiburg", t.leadSponsor());
        assertTrue(t.warnings().contains("Primary sponsor looks mis-encoded (mojibake: UTF-8 read as x-MacRoman, "
                + "'√º' would be 'ü'); kept as delivered"), t.warnings().toString());
        // FORMATS.md §5 counts 98 of the 109 DRKS rows with garbled umlauts ("√º"); four more carry garbled
        // punctuation only: "¬∞C" (°C) in DRKS00021585 and DRKS00022203, "‚Äô" (’) in DRKS00021582, "‚Ä¢" (•) in
        // DRKS00021626 (checked with Python on the sheet's shared strings)
        assertEquals(102, xlsx.records.stream().filter(r -> r.trial().primaryId().scheme() == IdScheme.DRKS)
                .filter(r -> r.trial().warnings().stream().anyMatch(w -> w.contains("mojibake"))).count());
    }
}
