package de.dnpm.registry.benchmark;

import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.it.Deployments;
import jakarta.inject.Inject;
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
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Import throughput end to end (read, parse, store in the database, index and make searchable), measured inside
 * GlassFish (heap 1 GB) through the real import jobs: the whole shared ClinicalTrials.gov corpus as one job, then a
 * labelled synthetic corpus of about 100,000 studies made from the real records (see {@link SyntheticCorpus}), then
 * the synthetic corpus again (all unchanged). A warm-up import runs first and is not counted. Run with -Pbenchmark.
 */
@ExtendWith(ArquillianExtension.class)
class ImportThroughputBenchmarkIT {

    static final int SYNTHETIC_STUDIES = Integer.getInteger("benchmark.synthetic", 100_000);

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("war.file"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "import-benchmark.war").importFrom(war)
                .as(WebArchive.class);
        archive.delete("WEB-INF/classes/sample-data/files.txt");
        archive = Deployments.forDatabase(archive);
        String settings = Path.of(System.getProperty("shared.data")).toAbsolutePath().normalize() + "\n"
                + Path.of(System.getProperty("benchmark.dir")).toAbsolutePath() + "\n" + System.getProperty("it.db")
                + "\n" + SYNTHETIC_STUDIES;
        return archive.addAsResource(new StringAsset(settings), "benchmark/settings.txt")
                .addClasses(BenchmarkReport.class, SyntheticCorpus.class, BenchmarkRun.class);
    }

    @Inject
    ImportJobRunner runner;

    @Inject
    ImportJobStore store;

    @Inject
    StudyIndexer indexer;

    @Test
    void importTheSharedCorpusAndASyntheticHundredThousand() throws Exception {
        List<String> settings = settings();
        Path data = Path.of(settings.get(0));
        Path out = Path.of(settings.get(1));
        String db = settings.get(2);
        Path synthetic = out.resolve("synthetic-" + settings.get(3) + ".zip");
        int generated = SyntheticCorpus.write(data.resolve("ctgov/ctgov-xml"), synthetic,
                Integer.parseInt(settings.get(3)));

        BenchmarkRun runs = new BenchmarkRun(runner, store, indexer);
        runs.run("warm-up", ImportInputs.file("warm-up: API v2 JSON", data.resolve("ctgov/ctgov-v2-json")));
        BenchmarkRun.Run shared = runs.run("shared corpus", ImportInputs.folders("shared corpus",
                List.of(data.resolve("ctgov/ctgov-v2-json"), data.resolve("ctgov/ctgov-xml"))));
        BenchmarkRun.Run scale = runs.run("synthetic corpus", ImportInputs.file(synthetic.getFileName().toString(), synthetic));
        BenchmarkRun.Run again = runs.run("synthetic corpus again", ImportInputs.file(synthetic.getFileName().toString(), synthetic));

        assertEquals(generated, scale.job().created(), "every synthetic study is new");
        assertEquals(generated, again.job().unchanged(), "re-import changes nothing");
        BenchmarkReport.append(out, db, shared.line(db, "whole shared CT.gov corpus (JSON + XML folders), one job"));
        BenchmarkReport.append(out, db, scale.line(db, "synthetic corpus from the real XML records, one zip"));
        BenchmarkReport.append(out, db, again.line(db, "synthetic corpus again (all unchanged)"));
    }

    private static List<String> settings() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("benchmark/settings.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
