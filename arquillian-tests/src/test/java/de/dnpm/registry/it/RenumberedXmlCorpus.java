package de.dnpm.registry.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SYNTHETIC: a copy of a folder of real AllPublicXML records (one NCTnnnnnnnn.xml file each) in which every record's
 * own NCT number NCT00xxxxxx becomes NCT98xxxxxx, a range ClinicalTrials.gov has not reached. The content is otherwise
 * the real records', byte for byte; only a test that needs records no other test (and no earlier run) has imported
 * uses it, so its expected counts are exact.
 */
final class RenumberedXmlCorpus {

    private static final Pattern OWN_FILE = Pattern.compile("NCT00(\\d{6})\\.xml");

    private RenumberedXmlCorpus() {
    }

    /** Copies the records under {@code source} into {@code target}; returns the new NCT numbers. */
    static Set<String> copy(Path source, Path target) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Matcher own = OWN_FILE.matcher(file.getFileName().toString());
                if (!own.matches()) {
                    continue;
                }
                String realId = "NCT00" + own.group(1);
                String syntheticId = "NCT98" + own.group(1);
                String xml = Files.readString(file, StandardCharsets.UTF_8);
                if (!xml.contains("<nct_id>" + realId + "</nct_id>")) {
                    throw new IllegalStateException(file + " is not the record " + realId);
                }
                Path copy = target.resolve(source.relativize(file)).resolveSibling(syntheticId + ".xml");
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, xml.replace(realId, syntheticId), StandardCharsets.UTF_8);
                ids.add(syntheticId);
            }
        }
        return ids;
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
