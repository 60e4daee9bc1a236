package de.dnpm.registry.rest;

import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.RegistryStatistics;
import de.dnpm.registry.search.domain.RegistryStatistics.RecruitingPlace;
import de.dnpm.registry.search.domain.RegistryStatistics.StateCount;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pins the JSON of GET /api/statistics: field names and order, codes not labels. */
class StatisticsJsonTest {

    @Test
    void givesTheCountsUnderTheFacetsCodes() throws Exception {
        RegistryStatistics statistics = new RegistryStatistics(2, List.of(new FacetCount("RECRUITING", 2)),
                List.of(new FacetCount("PHASE2", 1)), List.of(new FacetCount("INTERVENTIONAL", 2)),
                List.of(new FacetCount("NCT", 2)), List.of(new FacetCount("2024", 2)),
                List.of(new FacetCount("Melanoma", 1)), List.of(new StateCount("DE-BW", 1, 1)),
                List.of(new RecruitingPlace(new GeoPoint(49.41, 8.69), "Heidelberg", "DE-BW", 1)));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            assertEquals("{\"studies\":2,\"status\":[{\"value\":\"RECRUITING\",\"count\":2}],"
                    + "\"phase\":[{\"value\":\"PHASE2\",\"count\":1}],"
                    + "\"type\":[{\"value\":\"INTERVENTIONAL\",\"count\":2}],"
                    + "\"registry\":[{\"value\":\"NCT\",\"count\":2}],"
                    + "\"startYear\":[{\"value\":\"2024\",\"count\":2}],"
                    + "\"conditions\":[{\"value\":\"Melanoma\",\"count\":1}],"
                    + "\"recruitingByState\":[{\"state\":\"DE-BW\",\"sites\":1,\"studies\":1}],"
                    + "\"recruitingPlaces\":[{\"lat\":49.41,\"lon\":8.69,\"city\":\"Heidelberg\",\"state\":\"DE-BW\","
                    + "\"studies\":1}]}", jsonb.toJson(StatisticsResponse.of(statistics)));
        }
    }
}
