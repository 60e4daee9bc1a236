package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.application.RecordCollector;
import de.dnpm.registry.importer.application.SharedData;
import de.dnpm.registry.importer.domain.RawRecord;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CtgovContentHashTest {

    private static final String DGG32 = "dgg32-clinical-trials-public/";

    @Test
    void aReDownloadOfAnUnchangedStudyHashesTheSame() throws IOException {
        // NCT05911841 was downloaded on 2023-06-28 and 2023-06-29; the two copies differ only in versionHolder
        RawRecord first = readJson(SharedData.ctgovJson(DGG32 + "ctg-studies.json")).record("NCT05911841").raw();
        RawRecord second = readJson(SharedData.ctgovJson(DGG32 + "ctg-studies(5).json")).record("NCT05911841").raw();
        assertEquals("2023-06-28", first.versionDate());
        assertEquals("2023-06-29", second.versionDate());
        assertNotEquals(first.content(), second.content());
        assertEquals(first.contentHash(), second.contentHash());
    }

    @Test
    void aRealChangeBetweenDownloadsChangesTheHash() throws IOException {
        // NCT05923281 in the same two downloads: its first-posted and last-update dates went from ESTIMATED to ACTUAL
        RawRecord first = readJson(SharedData.ctgovJson(DGG32 + "ctg-studies.json")).record("NCT05923281").raw();
        RawRecord second = readJson(SharedData.ctgovJson(DGG32 + "ctg-studies(5).json")).record("NCT05923281").raw();
        assertEquals("ESTIMATED", lastUpdateType(first));
        assertEquals("ACTUAL", lastUpdateType(second));
        assertNotEquals(first.contentHash(), second.contentHash());
        // NCT05913115: only an intervention browse leaf's asFound changed ("Tissue Bank" to "Tizanidine")
        assertNotEquals(readJson(SharedData.ctgovJson(DGG32 + "ctg-studies.json")).record("NCT05913115").raw()
                        .contentHash(),
                readJson(SharedData.ctgovJson(DGG32 + "ctg-studies(5).json")).record("NCT05913115").raw()
                        .contentHash());
    }

    @Test
    void memberOrderAndWhitespaceDoNotChangeTheHash() throws IOException {
        RawRecord original = readJson(SharedData.ctgovJson(DGG32 + "ctg-studies(2).json")).records.getFirst().raw();
        JsonObject study = Json.createReader(new StringReader(original.content())).readObject();
        // the same study with every object's members in reverse order, pretty-printed
        String reordered = prettyPrinted(reversed(study));
        assertNotEquals(original.content(), reordered);
        RawRecord copy = readJson("reordered.json", reordered).records.getFirst().raw();
        assertEquals("NCT02663973", copy.sourceId());
        assertEquals(original.contentHash(), copy.contentHash());
    }

    @Test
    void xmlHashIgnoresTheDownloadDateLineEndsAndIndentationButNotTheRecord() throws IOException {
        // the real file has CRLF line ends and "processed this data on May 09, 2023"
        Path file = SharedData.ctgovXml("hantswilliams-clinicaltrials_trec_2022-sample/NCT00056407.xml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        RawRecord original = readXml(text);

        // derived from it: downloaded on another day, written with LF line ends and tab indentation
        String redownloaded = text.replace("processed this data on May 09, 2023", "processed this data on June 1, 2024")
                .replace("\r\n", "\n").replace("\n  <", "\n\t<");
        RawRecord again = readXml(redownloaded);
        assertEquals(redownloaded, again.content());
        assertEquals(original.contentHash(), again.contentHash());

        // derived from it: the study's status really changed
        String changed = text.replace("<overall_status>Completed</overall_status>",
                "<overall_status>Terminated</overall_status>");
        assertNotEquals(text, changed);
        assertNotEquals(original.contentHash(), readXml(changed).contentHash());
    }

    private static String lastUpdateType(RawRecord raw) {
        return Json.createReader(new StringReader(raw.content())).readObject().getJsonObject("protocolSection")
                .getJsonObject("statusModule").getJsonObject("lastUpdatePostDateStruct").getString("type");
    }

    private static RecordCollector readJson(Path file) throws IOException {
        RecordCollector sink = new RecordCollector();
        try (InputStream in = Files.newInputStream(file)) {
            new CtgovJsonReader().read(file.getFileName().toString(), in, sink);
        }
        assertEquals(List.of(), sink.problems);
        return sink;
    }

    private static RecordCollector readJson(String name, String json) throws IOException {
        RecordCollector sink = new RecordCollector();
        new CtgovJsonReader().read(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink);
        assertEquals(List.of(), sink.problems);
        return sink;
    }

    private static RawRecord readXml(String text) throws IOException {
        RecordCollector sink = new RecordCollector();
        new CtgovXmlReader().read("NCT00056407.xml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                sink);
        assertEquals(List.of(), sink.problems);
        return sink.records.getFirst().raw();
    }

    private static JsonValue reversed(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonValue>> members = new ArrayList<>(value.asJsonObject().entrySet());
                JsonObjectBuilder builder = Json.createObjectBuilder();
                for (int i = members.size() - 1; i >= 0; i--) {
                    builder.add(members.get(i).getKey(), reversed(members.get(i).getValue()));
                }
                return builder.build();
            }
            case ARRAY -> {
                JsonArrayBuilder builder = Json.createArrayBuilder();
                value.asJsonArray().forEach(element -> builder.add(reversed(element)));
                return builder.build();
            }
            default -> {
                return value;
            }
        }
    }

    private static String prettyPrinted(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }
}
