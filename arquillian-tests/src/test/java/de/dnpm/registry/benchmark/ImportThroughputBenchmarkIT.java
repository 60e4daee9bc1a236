package de.dnpm.registry.benchmark;

import de.dnpm.registry.application.ImportReport;
import de.dnpm.registry.application.StudyImporter;
import jakarta.inject.Inject;
import de.dnpm.registry.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Import throughput of every shared ClinicalTrials.gov record (all API v2 JSON files, then all legacy XML files) into
 * the configured database, measured inside GlassFish through the real import service, first into an empty database
 * (the bundled sample is left out of this WAR), then once more (all records unchanged). Run with -Pbenchmark.
 */
@ExtendWith(ArquillianExtension.class)
class ImportThroughputBenchmarkIT {

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("war.file"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "import-benchmark.war").importFrom(war)
                .as(WebArchive.class);
        archive.delete("WEB-INF/classes/sample-data/files.txt");
        archive = Deployments.forDatabase(archive);
        String settings = Path.of(System.getProperty("shared.data")).toAbsolutePath().normalize() + "\n"
                + Path.of(System.getProperty("benchmark.dir")).toAbsolutePath() + "\n" + System.getProperty("it.db");
        return archive.addAsResource(new StringAsset(settings), "benchmark/settings.txt")
                .addClass(BenchmarkReport.class);
    }

    @Inject
    StudyImporter importer;

    @Test
    void importAllSharedClinicalTrialsGovRecords() throws IOException {
        List<String> settings = settings();
        Path data = Path.of(settings.get(0));
        List<Path> files = files(data.resolve("ctgov/ctgov-v2-json"), ".json");
        List<Path> xml = files(data.resolve("ctgov/ctgov-xml"), ".xml");

        Run json = run(files);
        Run legacy = run(xml);
        Run again = run(Stream.concat(files.stream(), xml.stream()).toList());

        assertEquals(0, json.problems + legacy.problems, "the shared data imports without problems");
        assertEquals(json.records + legacy.records, again.unchanged, "re-import changes nothing");
        Path out = Path.of(settings.get(1));
        String db = settings.get(2);
        BenchmarkReport.append(out, db, "| %s | API v2 JSON, %d files, empty database | %d records (%d new studies) | %.1f s | %.0f records/s |"
                .formatted(db, files.size(), json.records, json.created, json.seconds, json.records / json.seconds));
        BenchmarkReport.append(out, db, "| %s | legacy XML, %d files | %d records (%d new studies) | %.1f s | %.0f records/s |"
                .formatted(db, xml.size(), legacy.records, legacy.created, legacy.seconds, legacy.records / legacy.seconds));
        BenchmarkReport.append(out, db, "| %s | all again (unchanged) | %d records | %.1f s | %.0f records/s |"
                .formatted(db, again.records, again.seconds, again.records / again.seconds));
    }

    private Run run(List<Path> files) throws IOException {
        Run run = new Run();
        long start = System.nanoTime();
        for (Path file : files) {
            ImportReport report = importer.importFile(file);
            run.records += report.accepted();
            run.created += report.created();
            run.unchanged += report.unchanged();
            run.problems += report.problems().size();
        }
        run.seconds = (System.nanoTime() - start) / 1e9;
        return run;
    }

    private static List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static List<String> settings() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("benchmark/settings.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static final class Run {
        int records;
        int created;
        int unchanged;
        int problems;
        double seconds;
    }
}
