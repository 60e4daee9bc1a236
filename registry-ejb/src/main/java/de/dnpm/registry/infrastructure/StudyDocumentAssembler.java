package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.search.domain.StudyDocument;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Turns a study from the database into what the index stores of it. */
public final class StudyDocumentAssembler {

    /*
     * Every id of the study as stored, plus the form a registry prints where it differs from the normal form: CTIS
     * shows EU CT numbers as "CTIS2023-507385-11-00" (ICTRP too), stored as "2023-507385-11-00".
     */
    private static List<String> searchableIds(Study study) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (RegistryIdentifier id : study.getIdentifiers()) {
            ids.add(id.getValue());
            if (id.scheme() == de.dnpm.registry.domain.RegistryScheme.EU_CT) {
                ids.add("CTIS" + id.getValue());
            }
        }
        return List.copyOf(ids);
    }

    public StudyDocument toDocument(Study study) {
        String summary = Stream.of(study.getBriefSummary(), study.getDetailedDescription())
                .filter(Objects::nonNull).reduce((a, b) -> a + "\n\n" + b).orElse(null);
        return new StudyDocument(
                study.getId(),
                study.getPrimaryRegistryId(),
                searchableIds(study),
                study.getBriefTitle(),
                study.getOfficialTitle(),
                study.getAcronym(),
                summary,
                List.copyOf(study.getConditions()),
                study.getConditionCodes().stream().map(ConditionCode::getTerm).filter(Objects::nonNull).toList(),
                study.getInterventions().stream().map(InterventionEntry::getName).filter(Objects::nonNull).toList(),
                List.copyOf(study.getKeywords()),
                study.getEligibility().getCriteria(),
                study.getOverallStatus(),
                List.copyOf(study.getPhases()),
                study.getStudyType(),
                study.getCountries(),
                study.getEligibility().getMinimumAgeDays(),
                study.getEligibility().getMaximumAgeDays(),
                study.getEligibility().getSex(),
                study.getSites().size(),
                study.getDates().getLastUpdate(),
                study.getVersion());
    }
}
