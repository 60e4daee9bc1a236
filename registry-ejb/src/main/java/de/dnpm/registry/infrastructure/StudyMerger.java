package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.InterventionCode;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.domain.StudyText;
import de.dnpm.registry.importer.domain.TrialRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The view of a study that several registries describe, by the rule of decision 003, the same whatever order the
 * entries arrived in:
 * <ul>
 *   <li>the <em>lead</em> entry is the one its registry updated last (then by registry order and id); its record gives
 *       every single-valued field (status, design, dates, eligibility, sponsor, contacts, outcomes);</li>
 *   <li>texts per language: German from a DRKS entry where there is one, every other language from the lead entry
 *       where it has it, else from the first entry that has it; the study's main (English) texts follow;</li>
 *   <li>sites from the entry that lists most (ClinicalTrials.gov's sites with addresses beat DRKS's institute list);</li>
 *   <li>conditions, coded conditions, coded interventions and countries: all entries' together, without
 *       repeats.</li>
 * </ul>
 * Which entry gave which part is recorded in {@link Study#getFieldSources()}.
 */
public final class StudyMerger {

    /** An entry with the record of the version it shows. */
    public record EntryRecord(RegistryEntry entry, TrialRecord record) {
    }

    private final TrialRecordMapper mapper = new TrialRecordMapper();

    public void merge(Study study, List<EntryRecord> entries) {
        List<EntryRecord> ordered = entries.stream().sorted(LEAD_FIRST).toList();
        EntryRecord lead = ordered.getFirst();
        mapper.applyTo(lead.record(), study, lead.entry());
        List<String> sources = new ArrayList<>();
        sources.add("content=" + lead.entry().getRegistryId());

        Map<String, StudyText> texts = new LinkedHashMap<>();
        for (EntryRecord e : ordered) {
            for (StudyText text : TrialRecordMapper.texts(e.record())) {
                String language = text.language() == null ? "" : text.language().toLowerCase(Locale.ROOT);
                texts.putIfAbsent(language, text);
            }
        }
        for (String language : List.copyOf(texts.keySet())) {
            EntryRecord from = textSource(ordered, language);
            texts.put(language, TrialRecordMapper.texts(from.record()).stream()
                    .filter(t -> language.equals(t.language() == null ? "" : t.language().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow());
            sources.add("texts." + (language.isEmpty() ? "unknown" : language) + "=" + from.entry().getRegistryId());
        }
        study.setTexts(List.copyOf(texts.values()));
        Optional.ofNullable(texts.get("en")).ifPresent(english -> {
            study.setTitles(english.briefTitle(), firstNonNull(english.officialTitle(), study.getOfficialTitle()),
                    firstNonNull(english.acronym(), study.getAcronym()));
            study.setSummaries(firstNonNull(english.briefSummary(), study.getBriefSummary()),
                    firstNonNull(english.detailedDescription(), study.getDetailedDescription()));
        });

        EntryRecord mostSites = ordered.stream()
                .max(Comparator.comparingInt((EntryRecord e) -> e.record().sites().size())
                        .thenComparing(LEAD_FIRST.reversed()))
                .orElseThrow();
        if (mostSites != lead) {
            mapper.applySites(mostSites.record(), study);
        }
        sources.add("sites=" + mostSites.entry().getRegistryId());

        List<String> conditions = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<ConditionCode> codes = new ArrayList<>();
        TreeSet<String> seenCodes = new TreeSet<>();
        List<InterventionCode> interventionCodes = new ArrayList<>();
        TreeSet<String> seenInterventionCodes = new TreeSet<>();
        List<String> countries = new ArrayList<>();
        for (EntryRecord e : ordered) {
            e.record().conditions().stream().filter(Objects::nonNull).filter(seen::add).forEach(conditions::add);
            e.record().conditionCodes().stream()
                    .filter(c -> seenCodes.add(c.system() + "|" + c.code() + "|" + c.term()))
                    .forEach(c -> codes.add(new ConditionCode(c.system(), c.code(), c.term())));
            // a drug's MeSH term from the ClinicalTrials.gov copy still finds a study its DRKS entry leads
            e.record().interventionCodes().stream()
                    .filter(c -> seenInterventionCodes.add(c.system() + "|" + c.code() + "|" + c.term()))
                    .forEach(c -> interventionCodes.add(new InterventionCode(c.system(), c.code(), c.term())));
            countries.addAll(e.record().countries());
        }
        study.getSites().stream().map(Site::getCountry).filter(Objects::nonNull).forEach(countries::add);
        study.setTopics(conditions, codes, study.getKeywords(), study.getInterventions(), interventionCodes);
        study.setRecruitment(study.getSourceStatus(), countries);
        study.choosePrimaryId();
        study.setFieldSources(sources);
    }

    /** Latest registry update first (undated last), then registry order, then id: a total order. */
    static final Comparator<EntryRecord> LEAD_FIRST = Comparator
            .comparing((EntryRecord e) -> Optional.ofNullable(e.entry().getVersionDate()).orElse(""),
                    Comparator.reverseOrder())
            .thenComparing(e -> e.entry().getScheme())
            .thenComparing(e -> e.entry().getRegistryId());

    /* German from the German register where it has it, every language else from the first entry in lead order */
    private static EntryRecord textSource(List<EntryRecord> ordered, String language) {
        List<EntryRecord> having = ordered.stream().filter(e -> e.record().texts().stream()
                .anyMatch(t -> language.equals(t.language() == null ? "" : t.language().toLowerCase(Locale.ROOT))))
                .toList();
        return having.stream().filter(e -> "de".equals(language) && e.entry().getScheme() == RegistryScheme.DRKS)
                .findFirst().orElse(having.getFirst());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
