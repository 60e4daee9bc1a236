package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.RegistryId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects one record's identifiers for the DRKS and ICTRP readers: the primary id first, then secondary ids, each
 * classified by {@link RegistryIdClassifier} where it is a public-registry number and each value only once.
 */
public final class RegistryIds {

    private final List<RegistryId> ids = new ArrayList<>();
    private final Set<String> seenValues = new HashSet<>();

    public RegistryIds(RegistryId primary) {
        add(primary);
        linkEudraCt(primary);
    }

    /**
     * A secondary id as the source wrote it: a registry number recognised in it wins (a "Primary Registry-ID" field
     * may hold an NCT or EudraCT number); otherwise it is kept under {@code fallback} with its issuer.
     */
    public void secondary(String text, IdScheme fallback, String issuer) {
        if (text == null || text.isBlank()) {
            return;
        }
        RegistryId id = RegistryIdClassifier.recognise(text)
                .orElseGet(() -> RegistryId.secondary(fallback, text.strip(), blankToNull(issuer)));
        add(id);
        linkEudraCt(id);
    }

    /* an EUCTR record is one member state's copy of a EudraCT trial: the EudraCT number links the copies */
    private void linkEudraCt(RegistryId id) {
        if (id.scheme() == IdScheme.EUCTR) {
            RegistryIdClassifier.recognise(id.value().substring("EUCTR".length())).ifPresent(this::add);
        }
    }

    public void add(RegistryId id) {
        if (seenValues.add(id.value().toUpperCase(Locale.ROOT))) {
            ids.add(id);
        }
    }

    public List<RegistryId> toList() {
        return List.copyOf(ids);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
