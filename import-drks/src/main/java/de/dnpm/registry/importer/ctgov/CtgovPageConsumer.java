package de.dnpm.registry.importer.ctgov;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives each page the {@link CtgovApiClient} fetches, in order, as the JSON the API sent ({@code {"studies": [...],
 * "nextPageToken": ...}}); typically it hands the page to {@code SourceFileReader.read(pageName, body, sink)}.
 */
@FunctionalInterface
public interface CtgovPageConsumer {
    void accept(String pageName, InputStream body) throws IOException;
}
