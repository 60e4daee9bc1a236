package de.dnpm.registry.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends measured lines to target/benchmarks/results-&lt;db&gt;.md; docs/benchmarks.md quotes them. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static void append(Path directory, String database, String line) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("results-" + database + ".md"), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version");
    }
}
