package de.dnpm.registry.benchmark;

import de.dnpm.registry.application.ImportInput;
import de.dnpm.registry.application.ImportJobRunner;
import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.StudyIndexer;
import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobState;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One timed import job: from submission until it is COMPLETED and the indexer is idle (every change searchable). */
final class BenchmarkRun {

    private final ImportJobRunner runner;
    private final ImportJobStore store;
    private final StudyIndexer indexer;

    BenchmarkRun(ImportJobRunner runner, ImportJobStore store, StudyIndexer indexer) {
        this.runner = runner;
        this.store = store;
        this.indexer = indexer;
    }

    Run run(String what, ImportInput input) throws InterruptedException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportJobView job = runner.submit(ImportJob.Kind.SERVER_PATH, input, what, "benchmark");
        while (!job.state().isFinal()) {
            Thread.sleep(20);
            job = store.find(job.id()).orElseThrow();
        }
        assertEquals(ImportJobState.COMPLETED, job.state(), job.toString());
        while (!indexer.isIdle()) {
            Thread.sleep(20);
        }
        return new Run(job, (System.nanoTime() - start) / 1e9, peakHeapMb());
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    record Run(ImportJobView job, double seconds, long peakHeapMb) {
        String line(String db, String what) {
            return "| %s | %s | %,d records (%,d new, %,d updated, %,d unchanged, %,d failed, %,d warnings) | %.1f s | %,.0f records/s | %,d MB |"
                    .formatted(db, what, job.read(), job.created(), job.updated(), job.unchanged(), job.failed(),
                            job.warnings(), seconds, job.read() / seconds, peakHeapMb);
        }
    }
}
