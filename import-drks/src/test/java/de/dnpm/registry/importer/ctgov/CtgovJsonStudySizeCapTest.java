package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.application.RecordCollector;
import de.dnpm.registry.importer.application.SharedData;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CtgovJsonStudySizeCapTest {

    /** Far above the real studies used here (the largest of the ten is about 60 kB), far below the padding. */
    private static final int CAP = 256 * 1024;
    private static final int PADDING = 1024 * 1024;

    @Test
    void skipsAStudyOverTheCapAsAProblemAndReadsTheNextOne() throws IOException {
        List<JsonObject> real = realStudies();
        // synthetic: the second real study with a padding member of one huge string
        JsonObject oversized = Json.createObjectBuilder(real.get(1))
                .add("syntheticPadding", "x".repeat(PADDING)).build();
        String array = "[" + real.get(0) + ",\n" + oversized + ",\n" + real.get(2) + "]";

        RecordCollector sink = read(array);
        assertEquals(List.of(nctId(real.get(0)), nctId(real.get(2))), sink.nctIds());
        assertEquals(1, sink.problems.size());
        assertEquals("study #2 at line 2", sink.problems.getFirst().position());
        assertTrue(sink.problems.getFirst().reason().contains("larger than " + CAP), sink.problems.getFirst().reason());
    }

    @Test
    void skipsAStudyOverTheCapMadeOfManySmallValuesToo() throws IOException {
        List<JsonObject> real = realStudies();
        // synthetic: padding of 100,000 short strings, so the cap is reached between values rather than inside one
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 100_000; i++) {
            many.add("padding " + i);
        }
        JsonObject oversized = Json.createObjectBuilder(real.get(1)).add("syntheticPadding", many).build();
        String page = "{\"studies\": [" + real.get(0) + ",\n" + oversized + ",\n" + real.get(2)
                + "], \"nextPageToken\": \"synthetic\"}";

        RecordCollector sink = read(page);
        assertEquals(List.of(nctId(real.get(0)), nctId(real.get(2))), sink.nctIds());
        assertEquals(1, sink.problems.size());
        assertEquals("study #2 at line 2", sink.problems.getFirst().position());
    }

    @Test
    void aSingleStudyOverTheCapIsOneProblem() throws IOException {
        JsonObject oversized = Json.createObjectBuilder(realStudies().getFirst())
                .add("syntheticPadding", "x".repeat(PADDING)).build();
        RecordCollector sink = read(oversized.toString());
        assertEquals(List.of(), sink.records);
        assertEquals(1, sink.problems.size());
        assertEquals("study #1", sink.problems.getFirst().position());
    }

    @Test
    void studiesUnderTheCapAreReadWhole() throws IOException {
        List<JsonObject> real = realStudies();
        RecordCollector sink = read(real.toString());
        assertEquals(List.of(), sink.problems);
        assertEquals(10, sink.records.size());
        // not cut: the longest text of NCT05911841 survives as it is in the file
        JsonObject lilly = real.stream().filter(s -> nctId(s).equals("NCT05911841")).findFirst().orElseThrow();
        assertEquals(lilly.getJsonObject("protocolSection").getJsonObject("eligibilityModule")
                .getString("eligibilityCriteria"), sink.trial("NCT05911841").eligibility().criteria());
    }

    /** The ten real studies of a dgg32 download. */
    private static List<JsonObject> realStudies() throws IOException {
        try (JsonReader reader = Json.createReader(Files.newInputStream(
                SharedData.ctgovJson("dgg32-clinical-trials-public/ctg-studies.json")))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static String nctId(JsonObject study) {
        return study.getJsonObject("protocolSection").getJsonObject("identificationModule").getString("nctId");
    }

    private static RecordCollector read(String json) throws IOException {
        RecordCollector sink = new RecordCollector();
        new CtgovJsonReader(CAP).read("synthetic.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink);
        return sink;
    }
}
