package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.InterventionCode;
import de.dnpm.registry.domain.LeadSponsorType;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.search.domain.SiteLocation;
import de.dnpm.registry.search.domain.SourceRegistry;
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
        return StudyDocument.builder(study.getId())
                .primaryRegistryId(study.getPrimaryRegistryId())
                .registryIds(searchableIds(study))
                .briefTitle(study.getBriefTitle())
                .officialTitle(study.getOfficialTitle())
                .acronym(study.getAcronym())
                .summary(summary)
                .conditions(List.copyOf(study.getConditions()))
                .conditionTerms(study.getConditionCodes().stream().map(ConditionCode::getTerm)
                        .filter(Objects::nonNull).toList())
                .interventions(interventionNames(study))
                .keywords(List.copyOf(study.getKeywords()))
                .eligibilityCriteria(study.getEligibility().getCriteria())
                .overallStatus(study.getOverallStatus())
                .phases(List.copyOf(study.getPhases()))
                .studyType(study.getStudyType())
                .countries(study.getCountries())
                .minimumAgeDays(study.getEligibility().getMinimumAgeDays())
                .maximumAgeDays(study.getEligibility().getMaximumAgeDays())
                .sex(study.getEligibility().getSex())
                .healthyVolunteers(study.getEligibility().getHealthyVolunteers())
                .siteCount(study.getSites().size())
                .lastUpdate(study.getDates().getLastUpdate())
                .version(study.getVersion())
                .texts(otherLanguages(study))
                .siteLocations(siteLocations(study))
                .startDate(study.getDates().getStartDate())
                .registries(study.getEntries().stream().map(entry -> entry.getScheme().name()).distinct().toList())
                .primaryCompletionDate(study.getDates().getPrimaryCompletionDate())
                .completionDate(study.getDates().getCompletionDate())
                .sponsorType(java.util.Optional.ofNullable(LeadSponsorType.of(study.getLeadSponsorClass(),
                        study.getLeadSponsor()))
                        .map(Enum::name).orElse(null))
                .hasResults(study.isHasResults())
                .sources(sources(study))
                .criteria(StudyCriteria.current(study))
                .build();
    }

    /*
     * The registries the study's records came from: a register's record passed on by WHO ICTRP counts as ICTRP (its
     * own registry's record, where imported too, counts as that registry).
     */
    static List<String> sources(Study study) {
        return study.getEntries().stream().map(entry -> switch (entry.getFormat()) {
            case CTGOV_JSON, CTGOV_XML -> SourceRegistry.CTGOV;
            case DRKS_JSON, DRKS_CSV -> SourceRegistry.DRKS;
            case ICTRP_XML, ICTRP_CSV, ICTRP_XLSX -> SourceRegistry.ICTRP;
        }).distinct().sorted().map(Enum::name).toList();
    }

    /*
     * A drug is searched for by any of its names: the registry's name, its brand and code names ("Tagrisso",
     * "AZD9291"), and the MeSH term the registry derived ("osimertinib"). Each once, whatever its case, so a name
     * repeated by its MeSH term does not weigh double.
     */
    private static List<String> interventionNames(Study study) {
        java.util.Set<String> seen = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Stream<String> names = Stream.concat(
                study.getInterventions().stream().flatMap(i -> Stream.concat(Stream.of(i.getName()),
                        i.getOtherNames().stream())),
                study.getInterventionCodes().stream().map(InterventionCode::getTerm));
        return names.filter(Objects::nonNull).filter(name -> !name.isBlank()).filter(seen::add).toList();
    }

    /*
     * The study's top-level texts are its English ones where a registry gave English; the texts of every other
     * language (DRKS's German) are indexed beside them with that language's analysis.
     */
    private static List<StudyDocument.Text> otherLanguages(Study study) {
        return study.getTexts().stream()
                .filter(t -> t.language() != null && !t.language().equalsIgnoreCase("en"))
                .map(t -> new StudyDocument.Text(t.language().toLowerCase(java.util.Locale.ROOT), t.briefTitle(),
                        t.officialTitle(), join(t.briefSummary(), t.detailedDescription()), t.conditions(),
                        join(t.inclusionCriteria(), headed(t.exclusionCriteria()))))
                .toList();
    }

    /* Where the sites are (SitePlaces); sites that cannot be placed are left out of "near me" searches. */
    private static List<SiteLocation> siteLocations(Study study) {
        List<SiteLocation> locations = new java.util.ArrayList<>();
        for (Site site : study.getSites()) {
            boolean recruiting = "RECRUITING".equalsIgnoreCase(site.getStatus());
            SitePlaces.locate(site).ifPresent(place -> locations.add(new SiteLocation(place.point(), place.source(),
                    recruiting, site.getFacility(), place.town(), place.country(), place.admin1())));
        }
        return locations;
    }

    /* The heading EligibilitySections splits at: DRKS gives the exclusion criteria as a text of their own. */
    private static String headed(String exclusionCriteria) {
        return exclusionCriteria == null || exclusionCriteria.isBlank() ? null
                : "Ausschlusskriterien:\n" + exclusionCriteria;
    }

    private static String join(String first, String second) {
        return Stream.of(first, second).filter(Objects::nonNull).reduce((a, b) -> a + "\n\n" + b).orElse(null);
    }
}
