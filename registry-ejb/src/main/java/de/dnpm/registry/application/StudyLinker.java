package de.dnpm.registry.application;

import de.dnpm.registry.domain.EntryGrouping;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.SourceDocument;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.StoredRecordParser;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import de.dnpm.registry.infrastructure.StudyMerger;
import de.dnpm.registry.infrastructure.StudyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes one study of the entries that describe one trial, in the transaction that wrote them: after a batch, every
 * entry it wrote is grouped again with all entries that share a public registry id with it ({@link EntryGrouping}),
 * studies are merged (or split) so that each group is one study, and a study of several entries gets the merged view
 * of {@link StudyMerger}. The groups depend only on the entries, never on the order they were imported in.
 */
@ApplicationScoped
public class StudyLinker {

    private static final System.Logger LOG = System.getLogger(StudyLinker.class.getName());
    /* a chain of shared ids longer than this is a data error (an id used for everything), not one trial */
    static final int MAX_ROUNDS = 8;

    @Inject
    StudyRepository studies;

    private final StudyMerger merger = new StudyMerger();
    private final StoredRecordParser parser = new StoredRecordParser();

    /** What linking changed: studies whose view changed and studies it removed (both for the index). */
    public record Outcome(Set<Study> changed, Set<Long> removed) {
    }

    /** Links the entries this batch wrote; {@code records} are the records they now show. */
    public Outcome link(Map<RegistryEntry, TrialRecord> records, Instant now) {
        if (nothingToLink(records.keySet())) {
            return new Outcome(Set.of(), Set.of());
        }
        List<RegistryEntry> entries = closure(records.keySet());
        Map<EntryGrouping.Node, RegistryEntry> byNode = new HashMap<>();
        entries.forEach(entry -> byNode.put(entry.node(), entry));
        List<List<EntryGrouping.Node>> groups = EntryGrouping.groups(List.copyOf(byNode.keySet()));
        Set<Study> changed = new LinkedHashSet<>();
        Set<Study> claimed = new HashSet<>();
        for (List<EntryGrouping.Node> group : groups) {
            List<RegistryEntry> members = group.stream().map(byNode::get).toList();
            Study target = members.stream().map(RegistryEntry::getStudy).filter(s -> !claimed.contains(s))
                    .min(Comparator.comparing(Study::getId)).orElseGet(() -> newStudy(members.getFirst(), now));
            claimed.add(target);
            boolean moved = false;
            for (RegistryEntry member : members) {
                if (member.getStudy() != target) {
                    changed.add(member.getStudy());
                    member.moveTo(target);
                    moved = true;
                }
            }
            boolean written = members.stream().anyMatch(records::containsKey);
            if (moved || (written && target.getEntries().size() > 1)) {
                merge(target, records);
                target.markUpdated(target.getPrimaryScheme(), target.getPrimaryRegistryId(), now);
                changed.add(target);
            }
        }
        Set<Long> removed = new HashSet<>();
        for (Study study : List.copyOf(changed)) {
            if (study.getEntries().isEmpty()) {
                changed.remove(study);
                removed.add(study.getId());
                studies.remove(study);
            } else if (!claimed.contains(study)) {
                merge(study, records); // it kept entries outside this batch's groups: its view is theirs now
            }
        }
        return new Outcome(changed, removed);
    }

    /*
     * The common case, answered with two queries: no written entry shares an id with another entry (of the batch or
     * stored), and each is its study's only entry. (Almost every ClinicalTrials.gov record.)
     */
    private boolean nothingToLink(Collection<RegistryEntry> written) {
        Set<String> keys = new HashSet<>();
        written.forEach(entry -> keys.addAll(entry.node().keys()));
        Set<Long> ownStudies = new HashSet<>();
        for (RegistryEntry entry : written) {
            if (entry.getStudy().getEntries().size() != 1) {
                return false;
            }
            ownStudies.add(entry.getStudy().getId());
        }
        boolean alone = EntryGrouping.groups(written.stream().map(RegistryEntry::node).toList()).stream()
                .allMatch(group -> group.size() == 1);
        return alone && ownStudies.containsAll(studies.studiesSharing(keys));
    }

    /* every entry sharing an id with the written ones, and theirs, ..., with their studies' other entries */
    private List<RegistryEntry> closure(Collection<RegistryEntry> written) {
        Set<RegistryEntry> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        found.addAll(written);
        Set<String> asked = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Set<String> keys = new HashSet<>();
            found.forEach(entry -> keys.addAll(entry.node().keys()));
            keys.removeAll(asked);
            if (keys.isEmpty()) {
                return List.copyOf(found);
            }
            asked.addAll(keys);
            found.addAll(studies.entriesOf(studies.studiesSharing(keys)));
        }
        LOG.log(System.Logger.Level.WARNING, "Linking stopped after {0} rounds of shared ids ({1} entries): a "
                + "registry id may be used by unrelated records", MAX_ROUNDS, found.size());
        return List.copyOf(found);
    }

    private Study newStudy(RegistryEntry first, Instant now) {
        Study study = new Study(first.getScheme(), first.getRegistryId(), now);
        studies.add(study);
        return study;
    }

    private void merge(Study study, Map<RegistryEntry, TrialRecord> records) {
        List<StudyMerger.EntryRecord> shown = new ArrayList<>();
        for (RegistryEntry entry : study.getEntries()) {
            TrialRecord record = records.containsKey(entry) ? records.get(entry) : stored(entry).orElse(null);
            if (record != null) {
                shown.add(new StudyMerger.EntryRecord(entry, record));
            }
        }
        if (!shown.isEmpty()) {
            merger.merge(study, shown);
        }
    }

    private Optional<TrialRecord> stored(RegistryEntry entry) {
        Optional<SourceDocument> document = studies.shownDocument(entry);
        Optional<TrialRecord> record = document.flatMap(d ->
                parser.parse(SourceFormat.valueOf(d.getFormat().name()), d.getContent()));
        if (record.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "The stored version of {0} cannot be read again; the study''s view "
                    + "leaves it out", entry.getRegistryId());
        }
        return record;
    }
}
