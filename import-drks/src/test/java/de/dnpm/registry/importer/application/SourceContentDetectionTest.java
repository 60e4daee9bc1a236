package de.dnpm.registry.importer.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The format of a source is recognised from its content; the name only says where a problem is. */
class SourceContentDetectionTest {

    private static final Path ONE_STUDY_JSON = SharedData.ctgovJson("dgg32-clinical-trials-public/ctg-studies(2).json");
    private static final Path API_PAGE_JSON =
            SharedData.ctgovJson("genomoncology-biomcp-api-responses/search_keytruda_limit3_20260811.json");
    private static final Path STUDY_XML =
            SharedData.ctgovXml("reesewang25-enrollment_and_studylength-subset/NCT00496392.xml");

    private final SourceFileReader reader = new SourceFileReader();

    @Test
    void readsJsonWhateverTheFileIsCalled(@TempDir Path dir) throws IOException {
        Path renamed = Files.copy(ONE_STUDY_JSON, dir.resolve("download.txt"));
        RecordCollector sink = new RecordCollector();
        reader.read(renamed, sink);
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of("NCT02663973"), sink.nctIds());
    }

    @Test
    void readsXmlCalledJsonAsXml() throws IOException {
        RecordCollector sink = new RecordCollector();
        try (InputStream in = Files.newInputStream(STUDY_XML)) {
            reader.read("NCT00496392.json", in, sink);
        }
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of("NCT00496392"), sink.nctIds());
    }

    @Test
    void passesOverAByteOrderMarkAndLeadingBlanks() throws IOException {
        byte[] page = Files.readAllBytes(API_PAGE_JSON);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\r', '\n', '\t'});
        withBom.write(page);
        RecordCollector sink = new RecordCollector();
        reader.read("page", new ByteArrayInputStream(withBom.toByteArray()), sink);
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of("NCT05431270", "NCT03590054", "NCT04795661"), sink.nctIds());
    }

    @Test
    void readsAZipWhateverItAndItsEntriesAreCalled(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("export.dat");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "studies.txt", Files.readAllBytes(ONE_STUDY_JSON));
            add(out, "record", Files.readAllBytes(STUDY_XML));
            // entries that are no records are passed over silently, whatever they are called
            add(out, "README.json", "Downloaded from ClinicalTrials.gov".getBytes());
            add(out, "ids.xml", "nct_id,reason\nNCT00496392,oncology\n".getBytes());
            add(out, "empty.json", new byte[0]);
        }
        RecordCollector sink = new RecordCollector();
        reader.read(zip, sink);
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of("NCT02663973", "NCT00496392"), sink.nctIds());
    }

    @Test
    void reportsAnEmptyOrBlankFile() throws IOException {
        for (String content : new String[] {"", " \n\t"}) {
            RecordCollector sink = new RecordCollector();
            reader.read("studies.json", new ByteArrayInputStream(content.getBytes()), sink);
            assertEquals(1, sink.problems.size());
            assertEquals("empty file", sink.problems.getFirst().reason());
        }
    }

    @Test
    void reportsContentOfNoSupportedFormatWhateverTheName() throws IOException {
        RecordCollector sink = new RecordCollector();
        // what an HTML-less error page or a CSV export saved as ".json" looks like
        reader.read("studies.json", new ByteArrayInputStream("NCTId,Title\nNCT00496392,x\n".getBytes()), sink);
        assertEquals(List.of(), sink.records);
        assertEquals(List.of(new ImportProblem("studies.json", "file", null,
                "unsupported content: expected ClinicalTrials.gov, DRKS or WHO ICTRP JSON, XML, CSV or XLSX, or a zip of them")), sink.problems);
    }

    private static void add(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
