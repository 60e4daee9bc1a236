package de.dnpm.registry.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Real ClinicalTrials.gov legacy XML study files of the shared data ({@code NCTnnnnnnnn.xml}), and zips of them made
 * byte for byte, as an administrator would upload an AllPublicXML excerpt.
 */
final class XmlStudyFiles {

    private XmlStudyFiles() {
    }

    /** The study files of a shared-data folder (not its subfolders), by name. */
    static List<Path> in(String sharedFolder) {
        try (Stream<Path> files = Files.list(Deployments.sharedData(sharedFolder))) {
            return files.filter(file -> file.getFileName().toString().matches("NCT\\d{8}\\.xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nctId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".xml".length());
    }

    /** A zip holding the files unchanged under {@code folder/}. */
    static byte[] zip(String folder, List<Path> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(folder + "/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
