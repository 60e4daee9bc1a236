package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceFileReaderTest {

    private static final String SUBSET = "reesewang25-enrollment_and_studylength-subset/";

    private final SourceFileReader reader = new SourceFileReader();

    @Test
    void importsEveryRecordOfTheSharedData() throws IOException {
        RecordCollector json = readTree(SharedData.path("ctgov/ctgov-v2-json"));
        assertEquals(List.of(), json.problems);
        // 534 study objects in 17 files; some studies are in several files (API pages overlap, two dgg32 downloads)
        assertEquals(534, json.records.size());
        assertEquals(519, Set.copyOf(json.nctIds()).size());
        assertTrue(json.records.stream().allMatch(r -> r.raw().format() == SourceFormat.CTGOV_JSON));

        RecordCollector xml = xmlCorpus();
        assertEquals(List.of(), xml.problems);
        assertEquals(4435, xml.records.size());
        assertEquals(4435, Set.copyOf(xml.nctIds()).size());
        assertEquals(317, xml.records.stream().filter(r -> r.trial().hasResults()).count());
        // 187 studies with a German site, as counted with Python's xml.etree
        assertEquals(187, xml.records.stream()
                .filter(r -> r.trial().sites().stream().anyMatch(s -> "DE".equals(s.country()))).count());
        // every legacy status, phase and type became a v2 code
        Set<String> statuses = xml.records.stream().map(r -> r.trial().overallStatus()).collect(Collectors.toSet());
        assertEquals(Set.of("COMPLETED", "UNKNOWN", "TERMINATED", "WITHDRAWN", "RECRUITING", "ACTIVE_NOT_RECRUITING",
                "SUSPENDED", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "NO_LONGER_AVAILABLE"), statuses);
        Set<String> phases = xml.records.stream().flatMap(r -> r.trial().phases().stream()).collect(Collectors.toSet());
        assertEquals(Set.of("EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA"), phases);
        assertTrue(xml.records.stream().allMatch(r -> r.raw().versionDate().matches("\\d{4}-\\d{2}-\\d{2}")));
    }

    @Test
    void countsTheRegistryIdsFoundInSecondaryIds() throws IOException {
        RecordCollector xml = xmlCorpus();
        Map<IdScheme, Long> schemes = xml.records.stream().flatMap(r -> r.trial().ids().stream())
                .filter(id -> !id.primary()).collect(Collectors.groupingBy(RegistryId::scheme, Collectors.counting()));
        // Python: 21 bare + 14 labelled EudraCT secondary_ids, 2 as org_study_id; 21 ISRCTN; 2 UTN; 112 nct_alias
        assertEquals(37, schemes.get(IdScheme.EUDRACT));
        assertEquals(21, schemes.get(IdScheme.ISRCTN));
        assertEquals(2, schemes.get(IdScheme.UTN));
        assertEquals(112, schemes.get(IdScheme.NCT));
    }

    @Test
    void readsEveryXmlAndJsonEntryOfAZip(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("studies.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "xml/NCT00496392.xml", SharedData.ctgovXml(SUBSET + "NCT00496392.xml"));
            add(out, "xml/NCT00004635.xml", SharedData.ctgovXml(SUBSET + "NCT0000xxxx/NCT00004635.xml"));
            add(out, "xml/NCT00056407.xml",
                    SharedData.ctgovXml("hantswilliams-clinicaltrials_trec_2022-sample/NCT00056407.xml"));
            add(out, "json/search_keytruda.json",
                    SharedData.ctgovJson("genomoncology-biomcp-api-responses/search_keytruda_limit3_20260811.json"));
            out.putNextEntry(new ZipEntry("README.txt"));
            out.write("not a record".getBytes());
            out.putNextEntry(new ZipEntry("__MACOSX/xml/._NCT00496392.xml"));
            out.write(new byte[] {0, 5, 22, 7, 0, 2});
            out.putNextEntry(new ZipEntry("empty/"));
        }
        RecordCollector sink = new RecordCollector();
        reader.read(zip, sink);
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of("NCT00496392", "NCT00004635", "NCT00056407", "NCT05431270", "NCT03590054", "NCT04795661"),
                sink.nctIds());
        // the same records as from the files themselves
        RecordCollector direct = new RecordCollector();
        reader.read(SharedData.ctgovXml(SUBSET + "NCT00496392.xml"), direct);
        assertEquals(direct.records.getFirst(), sink.record("NCT00496392"));
    }

    @Test
    void reportsProblemsInsideAZipUnderTheEntryName(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("mixed.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("broken.xml"));
            out.write("<clinical_study><id_info>".getBytes());
            out.putNextEntry(new ZipEntry("inner.zip"));
            out.write(emptyZip());
            add(out, "NCT00496392.xml", SharedData.ctgovXml(SUBSET + "NCT00496392.xml"));
        }
        RecordCollector sink = new RecordCollector();
        reader.read(zip, sink);
        assertEquals(List.of("NCT00496392"), sink.nctIds());
        assertEquals(List.of("broken.xml", "inner.zip"), sink.problems.stream().map(ImportProblem::source).toList());
    }

    @Test
    void reportsACorruptOrFakeZip() throws IOException {
        RecordCollector notAZip = new RecordCollector();
        reader.read("fake.zip", new ByteArrayInputStream("just text".getBytes()), notAZip);
        assertEquals(1, notAZip.problems.size());
        assertEquals("fake.zip", notAZip.problems.getFirst().source());
    }

    @Test
    void reportsAFileOfUnsupportedContentOnce() throws IOException {
        RecordCollector sink = new RecordCollector();
        reader.read(SharedData.path("ctgov/ctgov-xml/" + SUBSET + "SELECTION.tsv"), sink);
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.problems.size());
        assertEquals("SELECTION.tsv", sink.problems.getFirst().source());
        assertEquals("unsupported content: expected ClinicalTrials.gov, DRKS or WHO ICTRP JSON, XML, CSV or XLSX, or a zip of them",
                sink.problems.getFirst().reason());
    }

    @Test
    void sameInputGivesTheSameHashAndADifferentInputAnother() throws IOException {
        Path json = SharedData.ctgovJson("dgg32-clinical-trials-public/ctg-studies.json");
        RecordCollector first = new RecordCollector();
        RecordCollector second = new RecordCollector();
        reader.read(json, first);
        reader.read(json, second);
        assertEquals(first.records.stream().map(r -> r.raw().contentHash()).toList(),
                second.records.stream().map(r -> r.raw().contentHash()).toList());
        assertEquals(10, new HashSet<>(first.records.stream().map(r -> r.raw().contentHash()).toList()).size());

        Path xml = SharedData.ctgovXml(SUBSET + "NCT00496392.xml");
        RecordCollector x1 = new RecordCollector();
        RecordCollector x2 = new RecordCollector();
        reader.read(xml, x1);
        reader.read(xml, x2);
        assertEquals(x1.records.getFirst().raw().contentHash(), x2.records.getFirst().raw().contentHash());
        assertEquals(64, x1.records.getFirst().raw().contentHash().length());
        assertNotEquals(first.records.getFirst().raw().contentHash(), x1.records.getFirst().raw().contentHash());
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        var in = new ByteArrayInputStream("[]".getBytes()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        reader.read("empty.json", in, new RecordCollector());
        assertEquals(false, closed[0]);
    }

    /** The 4,435 legacy studies are read once for the tests that look at all of them. */
    private static RecordCollector xmlCorpus;

    private static synchronized RecordCollector xmlCorpus() throws IOException {
        if (xmlCorpus == null) {
            xmlCorpus = readTree(SharedData.path("ctgov/ctgov-xml"));
        }
        return xmlCorpus;
    }

    /* the whole tree as one stream; SELECTION.tsv beside the XML files is no record and passed over */
    private static RecordCollector readTree(Path root) throws IOException {
        RecordCollector sink = new RecordCollector();
        new SourceFileReader().readFolder(root, sink);
        return sink;
    }

    private static byte[] emptyZip() throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        new ZipOutputStream(bytes).close();
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        Files.copy(file, (OutputStream) out);
        out.closeEntry();
    }
}
