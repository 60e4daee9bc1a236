package de.dnpm.registry.rest;

import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.ImportProblemView;
import de.dnpm.registry.domain.ImportJobState;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pins the admin API's JSON: the field names and order a client (and the browser test) relies on. */
class ImportJobJsonTest {

    private static final Instant CREATED = Instant.parse("2026-11-29T07:28:19Z");

    @Test
    void aJobCarriesStateCountersProgressAndItsUrls() throws Exception {
        ImportJobView running = new ImportJobView(12, "ctg-studies.zip", ImportJobState.RUNNING, "admin", CREATED,
                CREATED.plusSeconds(1), null, 722, 707, 7, 7, 1, 0, 3, 512, 1024, 104.7, null);
        ImportJobDetail detail = ImportJobAssembler.toDetail(running, "http://h/api/admin/imports/12",
                "http://h/api/admin/imports/12/problems");
        try (Jsonb jsonb = JsonbBuilder.create()) {
            assertEquals("{\"id\":12,\"source\":\"ctg-studies.zip\",\"state\":\"RUNNING\",\"startedBy\":\"admin\","
                    + "\"createdAt\":\"2026-11-29T07:28:19Z\",\"startedAt\":\"2026-11-29T07:28:20Z\",\"read\":722,"
                    + "\"created\":707,\"updated\":7,\"unchanged\":7,\"olderVersions\":1,\"failed\":0,\"warnings\":3,"
                    + "\"bytesRead\":512,"
                    + "\"bytesTotal\":1024,\"percent\":50,\"recordsPerSecond\":104.7,"
                    + "\"url\":\"http://h/api/admin/imports/12\",\"problemsUrl\":\"http://h/api/admin/imports/12/problems\"}",
                    jsonb.toJson(detail));
        }
    }

    @Test
    void anEndedJobIsAtHundredPercentAndHasNoNaNSpeed() throws Exception {
        ImportJobView empty = new ImportJobView(3, "empty.json", ImportJobState.FAILED, "admin", CREATED, CREATED,
                CREATED, 0, 0, 0, 0, 0, 0, 0, 0, 0, Double.NaN, "no records found");
        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(ImportJobAssembler.toDetail(empty, "u", "p"));
        }
        assertTrue(json.contains("\"state\":\"FAILED\""), json);
        assertTrue(json.contains("\"percent\":100,\"recordsPerSecond\":0.0,\"message\":\"no records found\""), json);
    }

    @Test
    void listsAndProblemsHaveTheirEnvelopes() throws Exception {
        ImportProblemView problem = new ImportProblemView(1, "ctg-studies.zip", "entry NCT1.json", "NCT00000001",
                "no nctId", "ERROR");
        try (Jsonb jsonb = JsonbBuilder.create()) {
            assertEquals("{\"total\":0,\"page\":1,\"size\":20,\"jobs\":[]}",
                    jsonb.toJson(new ImportJobPage(0, 1, 20, List.of())));
            assertEquals("{\"jobId\":12,\"page\":0,\"size\":2,\"problems\":[{\"sequence\":1,\"severity\":\"ERROR\","
                    + "\"source\":\"ctg-studies.zip\","
                    + "\"position\":\"entry NCT1.json\",\"recordId\":\"NCT00000001\",\"reason\":\"no nctId\"}],"
                    + "\"csvUrl\":\"c\"}",
                    jsonb.toJson(new ImportProblemPage(12, 0, 2, List.of(ImportJobAssembler.toProblem(problem)), "c")));
            assertEquals("{\"rebuilding\":true,\"pendingChanges\":3}", jsonb.toJson(new IndexStatusDetail(true, 3)));
        }
    }

    @Test
    void theCsvDownloadIsAnAttachmentNamedAfterTheJob() {
        assertEquals("attachment; filename=\"import-12-problems.csv\"", ImportJobResource.problemsAttachment(12));
        assertEquals("text/csv;charset=UTF-8", ImportJobResource.CSV);
    }
}
