package de.dnpm.registry.importer.application;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files of a folder tree to import, in path order: hidden files and folders (".git", macOS "._" resource forks)
 * left out, symbolic links followed only to files inside the folder.
 */
final class SourceFolder {

    /**
     * One file as listed ({@code path}), where to read it from (the link target for a link), its name relative to the
     * folder for problems, and why it is not read (null if it is).
     */
    record Entry(Path path, Path readFrom, String name, String refusal) {
    }

    private SourceFolder() {
    }

    static List<Entry> list(Path folder) throws IOException {
        Path root = folder.toRealPath();
        List<Entry> entries = new ArrayList<>();
        // walkFileTree without FOLLOW_LINKS does not descend into linked folders: a link cannot pull in another tree
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isHidden(file)) {
                    Entry entry = entry(root, file, attrs);
                    if (entry != null) {
                        entries.add(entry);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
    }

    /** The entry for one file, or null for what is no file to read (a link to a folder, a socket, a device). */
    private static Entry entry(Path root, Path file, BasicFileAttributes attrs) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (attrs.isRegularFile()) {
            return new Entry(file, file, name, null);
        }
        if (!attrs.isSymbolicLink()) {
            return null;
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            return new Entry(file, null, name, "symbolic link to a missing file, not read");
        }
        if (!target.startsWith(root)) {
            return new Entry(file, null, name, "symbolic link out of the folder, not followed");
        }
        return Files.isRegularFile(target) ? new Entry(file, target, name, null) : null;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
