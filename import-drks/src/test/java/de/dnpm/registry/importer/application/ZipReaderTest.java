package de.dnpm.registry.importer.application;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZipReaderTest {

    @Test
    void skipsAnEntryLargerThanTheLimitAndReadsTheRest() throws IOException {
        byte[] big = new byte[2000];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            // deflated: the size is unknown until the entry has been read
            out.putNextEntry(new ZipEntry("big-deflated.xml"));
            out.write(big);
            // stored: the size is in the local header, so it is refused unread
            ZipEntry stored = new ZipEntry("big-stored.json");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(big.length);
            CRC32 crc = new CRC32();
            crc.update(big);
            stored.setCrc(crc.getValue());
            out.putNextEntry(stored);
            out.write(big);
            out.putNextEntry(new ZipEntry("small.xml"));
            out.write(new byte[10]);
        }
        RecordCollector sink = new RecordCollector();
        List<String> read = new ArrayList<>();
        new ZipReader(1000).read("a.zip", new ByteArrayInputStream(bytes.toByteArray()), sink,
                (name, content) -> read.add(name + ":" + content.readAllBytes().length));
        assertEquals(List.of("small.xml:10"), read);
        assertEquals(List.of("big-deflated.xml", "big-stored.json"),
                sink.problems.stream().map(ImportProblem::source).toList());
        assertTrue(sink.problems.getFirst().reason().contains("uncompressed"));
    }

    @Test
    void reportsATruncatedArchiveAndKeepsTheEntriesBefore() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("one.xml"));
            out.write("<a/>".getBytes());
            out.putNextEntry(new ZipEntry("two.xml"));
            byte[] incompressible = new byte[5000];
            new java.util.Random(1).nextBytes(incompressible);
            out.write(incompressible);
        }
        byte[] whole = bytes.toByteArray();
        // cut inside the second entry's data (a cut in the central directory is invisible to a streaming reader)
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 1000);
        RecordCollector sink = new RecordCollector();
        List<String> read = new ArrayList<>();
        new ZipReader(1000_000).read("t.zip", new ByteArrayInputStream(truncated), sink,
                (name, content) -> read.add(name));
        assertEquals("one.xml", read.getFirst());
        assertEquals(1, sink.problems.size(), sink.problems.toString());
        assertEquals("t.zip", sink.problems.getFirst().source());
    }
}
