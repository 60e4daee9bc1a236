package de.dnpm.registry.rest.export;

import java.io.IOException;

/**
 * Writes studies in one export format as they arrive, so an export of many studies is streamed and never held whole.
 * Call {@link #begin} once, {@link #write} per study, {@link #end} once; the writer does not close the stream.
 */
public interface StudyWriter {

    void begin(ExportSummary summary) throws IOException;

    void write(ExportedStudy study) throws IOException;

    void end() throws IOException;
}
