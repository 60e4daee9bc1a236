package de.dnpm.registry.rest.export;

import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.search.domain.matching.Verdict;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The output of {@code ResearchStudy/$match}: a FHIR R4 Bundle of type searchset whose entries are the matched studies
 * as ResearchStudy resources (the export's, {@link FhirResearchStudy}) in rank order, each with {@code search.mode}
 * match and {@code search.score} in 0..1. The score falls with the rank, so a client ordering by it keeps the portal's
 * order: studies the patient may join (eligible, possibly eligible) score above 0.5, those not eligible below.
 */
final class FhirMatchBundle {

    private static final JsonBuilderFactory JSON = FhirValues.JSON;

    private FhirMatchBundle() {
    }

    /** {@code details}: the matched studies' exports by primary registry id (a study gone meanwhile is left out). */
    static JsonObject of(MatchResult result, Map<String, ExportedStudy> details) {
        List<MatchResult.StudyMatch> shown = result.studies().stream()
                .filter(study -> details.containsKey(study.primaryRegistryId())).toList();
        long joinable = shown.stream().filter(FhirMatchBundle::joinable).count();
        long ineligible = shown.size() - joinable;
        JsonArrayBuilder entries = JSON.createArrayBuilder();
        int joinableRank = 0;
        int ineligibleRank = 0;
        for (MatchResult.StudyMatch study : shown) {
            double score = joinable(study) ? 1.0 - 0.5 * joinableRank++ / joinable
                    : 0.45 - 0.45 * ineligibleRank++ / ineligible;
            JsonObject resource = FhirResearchStudy.of(details.get(study.primaryRegistryId()).detail());
            entries.add(JSON.createObjectBuilder()
                    .add("fullUrl", "urn:uuid:" + UUID.nameUUIDFromBytes(study.primaryRegistryId()
                            .getBytes(StandardCharsets.UTF_8)))
                    .add("resource", resource)
                    .add("search", JSON.createObjectBuilder().add("mode", "match")
                            .add("score", Math.round(score * 1000) / 1000.0)));
        }
        return JSON.createObjectBuilder()
                .add("resourceType", "Bundle")
                .add("type", "searchset")
                .add("total", shown.size())
                .add("entry", entries)
                .build();
    }

    private static boolean joinable(MatchResult.StudyMatch study) {
        return study.verdict() != Verdict.NOT_ELIGIBLE;
    }
}
