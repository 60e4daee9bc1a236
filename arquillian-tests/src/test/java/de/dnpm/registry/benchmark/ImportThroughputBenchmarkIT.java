package de.dnpm.registry.benchmark;

import de.dnpm.registry.application.ImportInput;
import de.dnpm.registry.application.ImportInputs;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobState;
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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
                .addClasses(BenchmarkReport.class, SyntheticCorpus.class);
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

        run("warm-up", ImportInputs.file("warm-up: API v2 JSON", data.resolve("ctgov/ctgov-v2-json")));
        Run shared = run("shared corpus", ImportInputs.folders("shared corpus",
                List.of(data.resolve("ctgov/ctgov-v2-json"), data.resolve("ctgov/ctgov-xml"))));
        Run scale = run("synthetic corpus", ImportInputs.file(synthetic.getFileName().toString(), synthetic));
        Run again = run("synthetic corpus again", ImportInputs.file(synthetic.getFileName().toString(), synthetic));

        assertEquals(generated, scale.job.created(), "every synthetic study is new");
        assertEquals(generated, again.job.unchanged(), "re-import changes nothing");
        BenchmarkReport.append(out, db, shared.line(db, "whole shared CT.gov corpus (JSON + XML folders), one job"));
        BenchmarkReport.append(out, db, scale.line(db, "synthetic corpus from the real XML records, one zip"));
        BenchmarkReport.append(out, db, again.line(db, "synthetic corpus again (all unchanged)"));
    }

    private Run run(String what, ImportInput input) throws InterruptedException {
        resetPeakHeap();
        long start = System.nanoTime();
        ImportJobView job = runner.submit(ImportJob.Kind.SERVER_PATH, input, what, "benchmark");
        while (!job.state().isFinal()) {
            Thread.sleep(100);
            job = store.find(job.id()).orElseThrow();
        }
        assertEquals(ImportJobState.COMPLETED, job.state(), job.toString());
        while (!indexer.isIdle()) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(job, seconds, peakHeapMb());
    }

    private record Run(ImportJobView job, double seconds, long peakHeapMb) {
        String line(String db, String what) {
            return "| %s | %s | %,d records (%,d new, %,d updated, %,d unchanged, %,d failed) | %.1f s | %,.0f records/s | %,d MB |"
                    .formatted(db, what, job.read(), job.created(), job.updated(), job.unchanged(), job.failed(),
                            seconds, job.read() / seconds, peakHeapMb);
        }
    }

    private static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static List<String> settings() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("benchmark/settings.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
