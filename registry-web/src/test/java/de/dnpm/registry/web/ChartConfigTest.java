package de.dnpm.registry.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Chart.js configurations PrimeFaces' p:chart draws. */
class ChartConfigTest {

    private static final List<ChartConfig.Entry> STATUSES = List.of(new ChartConfig.Entry("Rekrutierend", 120),
            new ChartConfig.Entry("Abgeschlossen", 80));

    @Test
    void horizontalBarsCarryLabelsAndCountsInOrder() {
        JsonObject config = read(ChartConfig.bars(STATUSES, "Studien", true));

        assertEquals("bar", config.getString("type"));
        assertEquals("y", config.getJsonObject("options").getString("indexAxis"));
        assertEquals(List.of("Rekrutierend", "Abgeschlossen"), config.getJsonObject("data").getJsonArray("labels")
                .getValuesAs(jakarta.json.JsonString::getString));
        JsonObject series = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("Studien", series.getString("label"));
        assertEquals(120, series.getJsonArray("data").getJsonNumber(0).longValue());
        assertTrue(config.getJsonObject("options").getJsonObject("scales").containsKey("x"), "counts along x");
    }

    @Test
    void verticalBarsAndDoughnutsHaveNoIndexAxis() {
        assertFalse(read(ChartConfig.bars(STATUSES, "Studies", false)).getJsonObject("options")
                .containsKey("indexAxis"));
        JsonObject doughnut = read(ChartConfig.doughnut(STATUSES, "Studies"));
        assertEquals("doughnut", doughnut.getString("type"));
        assertEquals(2, doughnut.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("backgroundColor").size(), "a colour per slice");
    }

    @Test
    void aLabelCannotEndTheScriptItIsWrittenInto() {
        String config = ChartConfig.bars(List.of(new ChartConfig.Entry("</script><script>alert(1)</script>", 1)),
                "Studies", true);

        assertFalse(config.contains("<"), config);
        assertEquals("</script><script>alert(1)</script>", read(config).getJsonObject("data")
                .getJsonArray("labels").getString(0), "still the same text for Chart.js");
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
