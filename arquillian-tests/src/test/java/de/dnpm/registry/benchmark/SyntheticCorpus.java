package de.dnpm.registry.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A labelled SYNTHETIC corpus for scale benchmarks, made from the real ClinicalTrials.gov legacy XML records in
 * ../shared/data: each real record is copied several times with a new, non-existent NCT id (NCT9xxxxxxx) and
 * "[synthetic copy k]" before its brief title, and written to one zip of one XML file per study, as
 * ClinicalTrials.gov's AllPublicXML download comes. Nothing in it is a real trial; the zip says so in SYNTHETIC.txt.
 */
final class SyntheticCorpus {

    private static final Pattern NCT_ID = Pattern.compile("<nct_id>(NCT\\d{8})</nct_id>");

    private SyntheticCorpus() {
    }

    /** Writes {@code target} with at least {@code studies} synthetic records; returns how many it wrote. */
    static int write(Path realXmlFolder, Path target, int studies) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(realXmlFolder)) {
            sources = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<String> records = sources.stream().map(SyntheticCorpus::read).toList();
        int copies = (studies + records.size() - 1) / records.size();
        int written = 0;
        Files.createDirectories(target.getParent());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("SYNTHETIC.txt"));
            zip.write(("Synthetic benchmark data: copies of real ClinicalTrials.gov records with invented NCT ids "
                    + "(NCT9xxxxxxx). Not real trials.\n").getBytes(StandardCharsets.UTF_8));
            for (int copy = 1; copy <= copies; copy++) {
                for (String record : records) {
                    Matcher id = NCT_ID.matcher(record);
                    if (!id.find()) {
                        continue;
                    }
                    String syntheticId = "NCT9" + String.format("%07d", ++written);
                    String text = record.replace(id.group(1), syntheticId)
                            .replaceFirst("<brief_title>", "<brief_title>[synthetic copy " + copy + "] ");
                    zip.putNextEntry(new ZipEntry("synthetic/" + syntheticId + ".xml"));
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        return written;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
