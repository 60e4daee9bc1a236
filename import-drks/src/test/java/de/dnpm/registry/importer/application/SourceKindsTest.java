package de.dnpm.registry.importer.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DRKS and ICTRP formats are recognised from their content, as the ClinicalTrials.gov ones are. */
class SourceKindsTest {

    private static final Path XLSX = SharedData.path(
            "drks/ictrp-covid/ebmdatalab-covid_trials_tracker-covid/COVID19-web_7Jul2020.xlsx");
    private static final Path DRKS_JSON = SharedData.path("drks/drks-json/IMISE-DRKS2FHIR/DRKS_trial-DRKS00038775.json");
    private static final Path CTGOV_JSON = SharedData.ctgovJson("dgg32-clinical-trials-public/ctg-studies(2).json");

    private static ContentKind kind(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return ContentKind.sniff(in);
        }
    }

    private static ContentKind kind(String text) throws IOException {
        return ContentKind.sniff(new BufferedInputStream(new ByteArrayInputStream(text.getBytes())));
    }

    @Test
    void tellsAWorkbookFromAZipOfRecords(@TempDir Path dir) throws IOException {
        assertEquals(ContentKind.XLSX, kind(XLSX));
        Path zip = dir.resolve("records.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml")); // a package, but no workbook part
            out.write("<Types/>".getBytes());
            out.putNextEntry(new ZipEntry("DRKS_trial-DRKS00038775.json"));
            out.write(Files.readAllBytes(DRKS_JSON));
        }
        assertEquals(ContentKind.ZIP, kind(zip));
        RecordCollector sink = new RecordCollector();
        new SourceFileReader().read(zip, sink);
        assertEquals(List.of("DRKS00038775"), sink.nctIds()); // the DRKS JSON inside the zip is sniffed as DRKS
        // the stray XML entry is XML of no registry, as in any zip of records
        assertEquals(List.of("[Content_Types].xml"), sink.problems.stream().map(ImportProblem::source).toList());
    }

    @Test
    void tellsDrksJsonFromClinicalTrialsGovJson() throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(DRKS_JSON))) {
            assertEquals(JsonDialect.DRKS, JsonDialect.sniff(in));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(CTGOV_JSON))) {
            assertEquals(JsonDialect.CTGOV, JsonDialect.sniff(in));
        }
    }

    @Test
    void knowsTheCsvExportsByTheirHeaderAndNothingElse() throws IOException {
        assertEquals(ContentKind.DRKS_CSV, kind("drksId;firstDrksPublishDate;x\nDRKS00000186;2009/09/29;y\n"));
        assertEquals(ContentKind.ICTRP_CSV, kind("\uFEFFTrialID,Last Refreshed on\r\nNCT04246242,x\r\n"));
        assertEquals(ContentKind.ICTRP_CSV, kind("\"TrialID\",\"Last Refreshed on\"\r\n"));
        assertEquals(ContentKind.UNKNOWN, kind("NCTId,Title\nNCT00496392,x\n"));
        assertEquals(ContentKind.UNKNOWN, kind("id;drksId\n1;DRKS00000186\n"));
    }

    @Test
    void reportsACsvOfAnotherLayoutAsUnsupported() throws IOException {
        RecordCollector sink = new RecordCollector();
        new SourceFileReader().read("export.csv", new ByteArrayInputStream("Trial;Title\nDRKS00000186;x\n".getBytes()),
                sink);
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.getFirst().reason().startsWith("unsupported content"));
    }

    @Test
    void reportsAWorkbookThatIsNoIctrpExport(@TempDir Path dir) throws IOException {
        // an XLSX-looking zip whose parts are not a workbook: POI's refusal is a problem of the file
        Path fake = dir.resolve("fake.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(fake))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes());
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write("<workbook/>".getBytes());
        }
        assertEquals(ContentKind.XLSX, kind(fake));
        RecordCollector sink = new RecordCollector();
        new SourceFileReader().read(fake, sink);
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.getFirst().reason().startsWith("unreadable workbook"), sink.problems.toString());
    }
}
