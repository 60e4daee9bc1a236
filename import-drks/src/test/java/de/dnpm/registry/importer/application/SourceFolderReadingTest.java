package de.dnpm.registry.importer.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A folder is read as one stream of records, file by file in path order. */
class SourceFolderReadingTest {

    private static final String TREC_SAMPLE = "ctgov/ctgov-xml/hantswilliams-clinicaltrials_trec_2022-sample";
    private static final String SUBSET = "reesewang25-enrollment_and_studylength-subset/";

    private final SourceFileReader reader = new SourceFileReader();

    @Test
    void readsAnXmlFolderOfTheSharedDataAsOneStreamInPathOrder() throws IOException {
        Path folder = SharedData.path(TREC_SAMPLE);
        List<String> fileNames;
        try (Stream<Path> files = Files.list(folder)) {
            fileNames = files.map(f -> f.getFileName().toString().replace(".xml", "")).sorted().toList();
        }
        RecordCollector sink = new RecordCollector();
        reader.readFolder(folder, sink);
        assertEquals(List.of(), sink.problems);
        assertEquals(65, sink.records.size());
        assertEquals(fileNames, sink.nctIds());
    }

    @Test
    void readsSubfoldersAndLeavesOutHiddenFilesAndOtherDocuments(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("import"));
        copy(SUBSET + "NCT0000xxxx/NCT00004635.xml", folder.resolve("b/NCT00004635.xml"));
        copy(SUBSET + "NCT00496392.xml", folder.resolve("a/NCT00496392.xml"));
        Files.copy(SharedData.ctgovJson("dgg32-clinical-trials-public/ctg-studies(2).json"), folder.resolve("c.txt"));
        copy(SUBSET + "SELECTION.tsv", folder.resolve("SELECTION.tsv"));
        // hidden: a version-control folder and a macOS resource fork; neither is read
        copy(SUBSET + "NCT00496392.xml", folder.resolve(".git/NCT00496392.xml"));
        Files.write(folder.resolve("a/._NCT00496392.xml"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0});

        RecordCollector sink = new RecordCollector();
        reader.readFolder(folder, sink);
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of("NCT00496392", "NCT00004635", "NCT02663973"), sink.nctIds());
    }

    @Test
    void followsSymbolicLinksOnlyInsideTheFolder(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("import"));
        Path inside = copy(SUBSET + "NCT00496392.xml", folder.resolve("a/NCT00496392.xml"));
        Files.createSymbolicLink(folder.resolve("b-link-inside.xml"), inside);
        Files.createSymbolicLink(folder.resolve("c-link-outside.xml"), SharedData.ctgovXml(SUBSET + "NCT00496392.xml"));
        Files.createSymbolicLink(folder.resolve("d-linked-folder"), SharedData.path(TREC_SAMPLE));

        RecordCollector sink = new RecordCollector();
        reader.readFolder(folder, sink);
        assertEquals(List.of("NCT00496392", "NCT00496392"), sink.nctIds());
        // the links out of the folder, to a file and to a whole folder of studies, are refused and reported
        assertEquals(List.of(
                new ImportProblem("c-link-outside.xml", "file", null, "symbolic link out of the folder, not followed"),
                new ImportProblem("d-linked-folder", "file", null, "symbolic link out of the folder, not followed")),
                sink.problems);
    }

    private static Path copy(String sharedXml, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(SharedData.ctgovXml(sharedXml), target);
    }
}
