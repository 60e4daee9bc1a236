package de.dnpm.registry.application;

import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.domain.ImportLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The reading side of an import job: collects the records a reader emits into batches (by count, and by size so a
 * batch of large records stays small in memory) and hands them over a bounded queue to the writing side, which
 * waits for it. Problems travel with the batch they occurred in; only the first {@link ImportLimits#MAX_PROBLEMS_KEPT}
 * are kept in full, the rest are counted.
 */
final class RecordBatches implements RecordSink {

    static final int MAX_RECORDS = 500;
    static final long MAX_CHARS = 8L * 1024 * 1024;

    /**
     * A batch, or the end of the input (records and problems empty, {@code last} true). {@code unchangedUnread}
     * counts records skipped unparsed because their content is stored already.
     */
    record Batch(List<ParsedRecord> records, List<ImportBatchWriter.Problem> problems, long unchangedUnread,
                 long bytesRead, boolean last, Throwable failure) {
    }

    /** Thrown into the reader when the job has been cancelled, to stop it. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("import cancelled", null, false, false);
        }
    }

    private final BlockingQueue<Batch> queue;
    private final AtomicLong problemSequence;
    private final BooleanSupplier cancelled;
    private final Predicate<String> stored;
    private long unchangedUnread;
    private List<ParsedRecord> records = new ArrayList<>();
    private List<ImportBatchWriter.Problem> problems = new ArrayList<>();
    private long chars;
    private volatile long bytesRead;
    private volatile ImportProblem firstProblem;

    /** {@code stored}: whether a content hash is stored already (asked by readers before they parse a record). */
    RecordBatches(BlockingQueue<Batch> queue, AtomicLong problemSequence, BooleanSupplier cancelled,
                  Predicate<String> stored) {
        this.queue = queue;
        this.problemSequence = problemSequence;
        this.cancelled = cancelled;
        this.stored = stored;
    }

    @Override
    public boolean alreadyStored(String contentHash) {
        if (!stored.test(contentHash)) {
            return false;
        }
        unchangedUnread++;
        if (records.size() + unchangedUnread >= MAX_RECORDS) {
            handOver(false, null); // the job's counters move on while a re-import skips record after record
        }
        return true;
    }

    void bytesRead(long bytes) {
        bytesRead = bytes;
    }

    @Override
    public void accept(ParsedRecord record) {
        for (String warning : record.trial().warnings()) {
            warn(new ImportProblem(null, "record", record.raw().sourceId(), warning));
        }
        records.add(record);
        chars += record.raw().content().length();
        if (records.size() >= MAX_RECORDS || chars >= MAX_CHARS) {
            handOver(false, null);
        }
    }

    @Override
    public void reject(ImportProblem problem) {
        if (firstProblem == null) {
            firstProblem = problem;
        }
        add(problem(problemSequence, problem, true));
    }

    /** The first problem the reader reported (null if none): why a job that found no record at all failed. */
    ImportProblem firstProblem() {
        return firstProblem;
    }

    /** A warning is kept like a problem but is no failed record: the record itself arrives through accept. */
    @Override
    public void warn(ImportProblem problem) {
        long number = problemSequence.incrementAndGet();
        add(new ImportBatchWriter.Problem(number, problem, false, number <= ImportLimits.MAX_PROBLEMS_KEPT, true));
    }

    private void add(ImportBatchWriter.Problem problem) {
        problems.add(problem);
        if (problems.size() >= MAX_RECORDS) {
            handOver(false, null);
        }
    }

    static ImportBatchWriter.Problem problem(AtomicLong sequence, ImportProblem problem, boolean record) {
        long number = sequence.incrementAndGet();
        return new ImportBatchWriter.Problem(number, problem, record, number <= ImportLimits.MAX_PROBLEMS_KEPT, false);
    }

    /** The input has been read to its end, or reading failed. */
    void finish(Throwable failure) {
        if (!records.isEmpty() || !problems.isEmpty() || unchangedUnread > 0) {
            handOver(false, null);
        }
        handOver(true, failure);
    }

    private void handOver(boolean last, Throwable failure) {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
        Batch batch = new Batch(records, problems, unchangedUnread, bytesRead, last, failure);
        records = new ArrayList<>();
        problems = new ArrayList<>();
        unchangedUnread = 0;
        chars = 0;
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }
}
