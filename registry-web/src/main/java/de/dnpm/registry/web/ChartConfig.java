package de.dnpm.registry.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * Chart.js configurations as PrimeFaces' {@code <p:chart value="…">} takes them (PrimeFaces 15: raw Chart.js JSON),
 * for one series of counts with a label each. The JSON is written into a script element, so every {@code <} in it
 * (a condition's name as a registry wrote it, say) is escaped: a label cannot end the script.
 */
public final class ChartConfig {

    /** One bar or slice: its label in the reader's language and its count. */
    public record Entry(String label, long count) {
    }

    private static final String BAR_COLOUR = "#174a7c";
    /* Distinguishable, and each at least 3:1 against white (WCAG 1.4.11), for the slices of a doughnut. */
    private static final List<String> SLICE_COLOURS = List.of("#174a7c", "#2f855a", "#b7791f", "#9b2c2c",
            "#6b46c1", "#2c7a7b", "#975a16", "#4a5568", "#c05621", "#2b6cb0");

    private ChartConfig() {
    }

    /** Bars, horizontal when labels are long (conditions, statuses), vertical for years. */
    public static String bars(List<Entry> entries, String seriesLabel, boolean horizontal) {
        JsonObjectBuilder options = common(false);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        options.add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y",
                Json.createObjectBuilder().add("beginAtZero", true).add("ticks",
                        Json.createObjectBuilder().add("precision", 0))));
        return script(Json.createObjectBuilder().add("type", "bar")
                .add("data", data(entries, seriesLabel, Json.createArrayBuilder().add(BAR_COLOUR)))
                .add("options", options).build());
    }

    /** A doughnut, for a few parts of a whole (study types, registries). */
    public static String doughnut(List<Entry> entries, String seriesLabel) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < entries.size(); i++) {
            colours.add(SLICE_COLOURS.get(i % SLICE_COLOURS.size()));
        }
        return script(Json.createObjectBuilder().add("type", "doughnut")
                .add("data", data(entries, seriesLabel, colours))
                .add("options", common(true)).build());
    }

    private static JsonObjectBuilder data(List<Entry> entries, String seriesLabel, JsonArrayBuilder colours) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        entries.forEach(entry -> {
            labels.add(entry.label());
            counts.add(entry.count());
        });
        return Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", seriesLabel).add("data", counts)
                        .add("backgroundColor", colours)));
    }

    /* No animation: the numbers are there at once, and screenshots show them. The page sets each chart's height. */
    private static JsonObjectBuilder common(boolean legend) {
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("display", legend).add("position", "bottom")));
    }

    private static String script(JsonObject config) {
        return config.toString().replace("<", "\\u003c");
    }
}
