package de.dnpm.registry.application;

import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * One file, or every regular file under a folder (or under several) (in path order, hidden files skipped), read as one stream of
 * records: a folder of 4,435 XML files is one job, batched across files.
 */
record FileInput(String name, List<Path> roots) implements ImportInput {

    FileInput(String name, Path path) {
        this(name, List.of(path));
    }

    @Override
    public long size() {
        try {
            long total = 0;
            for (Path root : roots) {
                for (Path file : files(root)) {
                    total += Files.size(file);
                }
            }
            return total;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void read(SourceFileReader reader, RecordSink sink, LongConsumer bytesRead) throws IOException {
        long done = 0;
        for (Path root : roots) {
            for (Path file : files(root)) {
                try (CountingInputStream in = new CountingInputStream(
                        new BufferedInputStream(Files.newInputStream(file), 1 << 16), done, bytesRead)) {
                    reader.read(Files.isDirectory(root) ? root.relativize(file).toString() : name, in, sink);
                    done = in.count();
                }
            }
        }
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> all = Files.walk(path)) {
            // links are not followed: an import folder must not lead anywhere else on the server
            return all.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !hidden(path.relativize(file)))
                    .sorted().toList();
        }
    }

    /* dot files and macOS "._" resource forks are never records */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
