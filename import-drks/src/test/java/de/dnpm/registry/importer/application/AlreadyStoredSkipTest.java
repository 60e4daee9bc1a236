package de.dnpm.registry.importer.application;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A record whose content the sink already stores is skipped before it is mapped, and only then: the hash asked about
 * is exactly the one a parsed record carries, so an unchanged re-import is recognised without parsing.
 */
class AlreadyStoredSkipTest {

    /** Knows the hashes of a first read; counts what it was asked. */
    private static final class KnowingSink implements RecordSink {
        final Set<String> stored = new HashSet<>();
        final RecordCollector collected = new RecordCollector();
        int skipped;

        @Override
        public void accept(ParsedRecord record) {
            collected.accept(record);
        }

        @Override
        public void reject(ImportProblem problem) {
            collected.reject(problem);
        }

        @Override
        public void warn(ImportProblem problem) {
            collected.warn(problem);
        }

        @Override
        public boolean alreadyStored(String contentHash) {
            boolean known = stored.contains(contentHash);
            skipped += known ? 1 : 0;
            return known;
        }
    }

    @Test
    void knownCtgovXmlAndJsonRecordsAreSkippedUnknownOnesRead() throws IOException {
        for (Path source : List.of(SharedData.path("ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json"),
                SharedData.path("ctgov/ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT0000xxxx"))) {
            RecordCollector first = new RecordCollector();
            read(source, first);
            assertTrue(first.records.size() > 5, source::toString);

            KnowingSink again = new KnowingSink();
            first.records.subList(0, first.records.size() / 2).forEach(r -> again.stored.add(r.raw().contentHash()));
            read(source, again);

            assertEquals(first.records.size() / 2, again.skipped, source + ": every stored record is recognised");
            assertEquals(first.records.size() - again.skipped, again.collected.records.size(),
                    source + ": the others are read as before");
            assertEquals(List.of(), again.collected.problems);
        }
    }

    private static void read(Path source, RecordSink sink) throws IOException {
        if (source.toFile().isDirectory()) {
            new SourceFileReader().readFolder(source, sink);
        } else {
            new SourceFileReader().read(source, sink);
        }
    }
}
