package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.search.domain.StudyDocument;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Turns a study from the database into what the index stores of it. */
public final class StudyDocumentAssembler {

    public StudyDocument toDocument(Study study) {
        String summary = Stream.of(study.getBriefSummary(), study.getDetailedDescription())
                .filter(Objects::nonNull).reduce((a, b) -> a + "\n\n" + b).orElse(null);
        return new StudyDocument(
                study.getId(),
                study.getPrimaryRegistryId(),
                study.getIdentifiers().stream().map(RegistryIdentifier::getValue).distinct().toList(),
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
                study.getSites().stream().map(Site::getCountry).filter(Objects::nonNull).distinct().sorted().toList(),
                study.getEligibility().getMinimumAgeDays(),
                study.getEligibility().getMaximumAgeDays(),
                study.getEligibility().getSex(),
                study.getSites().size(),
                study.getDates().getLastUpdate(),
                study.getVersion());
    }
}
