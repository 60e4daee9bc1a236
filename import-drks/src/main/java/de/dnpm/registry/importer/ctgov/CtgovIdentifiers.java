package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.application.RegistryIdClassifier;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.RegistryId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Collects one study's identifiers from the ClinicalTrials.gov id fields (both formats): the NCT number first, then
 * old NCT aliases, the sponsor's own id and the secondary ids, each classified and each value only once.
 */
final class CtgovIdentifiers {

    private final List<RegistryId> ids = new ArrayList<>();
    private final Set<String> seenValues = new HashSet<>();
    private final Set<String> sponsorNames = new HashSet<>();

    CtgovIdentifiers(String nctId, String... sponsorNames) {
        add(RegistryId.primary(IdScheme.NCT, nctId.strip()));
        for (String name : sponsorNames) {
            if (name != null) {
                this.sponsorNames.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** An NCT number this study was also registered under (v2 nctIdAliases, XML nct_alias). */
    void alias(String nctId) {
        if (nctId != null && !nctId.isBlank()) {
            add(RegistryId.secondary(IdScheme.NCT, nctId.strip(), null));
        }
    }

    /** The sponsor's own study id; a EudraCT, EU CT, DRKS... number written there is recognised as such. */
    void orgStudyId(String id, String organisation) {
        if (id != null && !id.isBlank()) {
            add(publicRegistryId(id).orElse(RegistryId.secondary(IdScheme.SPONSOR, id.strip(), organisation)));
        }
    }

    /**
     * A secondary id. {@code type} is the v2 SecondaryIdType (null in the legacy XML), {@code domain} the v2 free-text
     * issuer. A registry number recognisable in the text wins over the declared type, since sponsors often file CTIS
     * numbers as OTHER or REGISTRY.
     */
    void secondaryId(String id, String type, String domain) {
        if (id == null || id.isBlank()) {
            return;
        }
        String value = id.strip();
        Optional<RegistryId> recognised = publicRegistryId(value);
        if (recognised.isPresent()) {
            add(recognised.get());
            return;
        }
        String issuer = domain == null || domain.isBlank() ? null : domain.strip();
        RegistryId classified = switch (Objects.requireNonNullElse(type, "OTHER")) {
            case "EUDRACT_NUMBER" -> RegistryId.secondary(IdScheme.EUDRACT, value, null);
            case "CTIS" -> RegistryId.secondary(IdScheme.EU_CT, value, null);
            // US funders' grant numbers: the type names the funder when no domain is given
            case "NIH", "FDA", "VA", "CDC", "AHRQ", "SAMHSA" ->
                    RegistryId.secondary(IdScheme.OTHER, value, issuer == null ? type : issuer);
            default -> issuer != null && sponsorNames.contains(issuer.toLowerCase(Locale.ROOT))
                    ? RegistryId.secondary(IdScheme.SPONSOR, value, issuer)
                    : RegistryId.secondary(IdScheme.OTHER, value, issuer);
        };
        add(classified);
    }

    List<RegistryId> toList() {
        return List.copyOf(ids);
    }

    /*
     * A CT.gov record never lists its own number among its secondary ids, so an NCT number there names another
     * (parent or follow-up) study: it must not become an NCT id of this one, or the two would be linked as one trial.
     */
    private static Optional<RegistryId> publicRegistryId(String text) {
        return RegistryIdClassifier.recognise(text).filter(id -> id.scheme() != IdScheme.NCT);
    }

    private void add(RegistryId id) {
        if (seenValues.add(id.value().toUpperCase(Locale.ROOT))) {
            ids.add(id);
        }
    }
}
