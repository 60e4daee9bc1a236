package de.dnpm.registry.application.board;

import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * How a case's profile and a shortlisted study's assessment are stored: JSON of the shared records, written and read
 * with JSON-B, so that the stored form follows the records as they grow. Only for storage; never logged.
 */
public final class CaseDocuments {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private CaseDocuments() {
    }

    public static String write(PatientProfile profile) {
        return JSONB.toJson(profile);
    }

    public static PatientProfile readProfile(String json) {
        return JSONB.fromJson(json, PatientProfile.class);
    }

    public static String write(MatchResult.StudyMatch assessment) {
        return JSONB.toJson(assessment);
    }

    public static MatchResult.StudyMatch readAssessment(String json) {
        return json == null || json.isBlank() ? null : JSONB.fromJson(json, MatchResult.StudyMatch.class);
    }
}
