package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.TrialRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** A sink that keeps everything it is given, for tests. */
public final class RecordCollector implements RecordSink {

    public final List<ParsedRecord> records = new ArrayList<>();
    public final List<ImportProblem> problems = new ArrayList<>();
    public final List<ImportProblem> warnings = new ArrayList<>();

    @Override
    public void accept(ParsedRecord record) {
        records.add(record);
    }

    @Override
    public void reject(ImportProblem problem) {
        problems.add(problem);
    }

    @Override
    public void warn(ImportProblem problem) {
        warnings.add(problem);
    }

    public ParsedRecord record(String nctId) {
        return records.stream().filter(r -> r.raw().sourceId().equals(nctId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(nctId + " not read; problems: " + problems));
    }

    public TrialRecord trial(String nctId) {
        return record(nctId).trial();
    }

    public List<String> nctIds() {
        return records.stream().map(r -> r.raw().sourceId()).toList();
    }
}
