package de.dnpm.registry.rest;

import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.RegistryScheme;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where a registry shows a study publicly, for the identifiers whose registry has stable study pages. */
public final class RegistryLinks {

    private static final Pattern NCT = Pattern.compile("NCT\\d{8}");
    private static final Pattern DRKS = Pattern.compile("DRKS\\d{8}");
    private static final Pattern ISRCTN = Pattern.compile("ISRCTN\\d{8}");
    private static final Pattern EUDRACT = Pattern.compile("\\d{4}-\\d{6}-\\d{2}");
    /* an EU Clinical Trials Register record: EudraCT number and member state, EUCTR2021-000037-14-DK */
    private static final Pattern EUCTR = Pattern.compile("EUCTR(\\d{4}-\\d{6}-\\d{2})-([A-Z]{2,3})");

    private RegistryLinks() {
    }

    /** The registry page of one identifier, if its scheme has one and the value looks like a valid id. */
    public static Optional<String> pageOf(RegistryScheme scheme, String value) {
        if (scheme == null || value == null) {
            return Optional.empty();
        }
        String id = value.strip();
        return switch (scheme) {
            case NCT -> NCT.matcher(id).matches()
                    ? Optional.of("https://clinicaltrials.gov/study/" + id) : Optional.empty();
            case DRKS -> DRKS.matcher(id).matches()
                    ? Optional.of("https://drks.de/search/en/trial/" + id) : Optional.empty();
            case ISRCTN -> ISRCTN.matcher(id).matches()
                    ? Optional.of("https://www.isrctn.com/" + id) : Optional.empty();
            case EUDRACT -> EUDRACT.matcher(id).matches()
                    ? Optional.of("https://www.clinicaltrialsregister.eu/ctr-search/search?query="
                    + URLEncoder.encode(id, StandardCharsets.UTF_8)) : Optional.empty();
            case EUCTR -> {
                var m = EUCTR.matcher(id);
                yield m.matches() ? Optional.of("https://www.clinicaltrialsregister.eu/ctr-search/trial/" + m.group(1)
                        + "/" + m.group(2)) : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    /**
     * The page of the study's record: that of its own (primary) id, else of the first identifier whose registry has
     * public pages.
     */
    public static Optional<String> recordPageOf(List<RegistryIdentifier> identifiers) {
        return identifiers.stream().filter(RegistryIdentifier::primaryId).map(id -> pageOf(id.scheme(), id.value()))
                .flatMap(Optional::stream).findFirst()
                .or(() -> identifiers.stream().map(id -> pageOf(id.scheme(), id.value())).flatMap(Optional::stream)
                        .findFirst());
    }

    /**
     * Where ClinicalTrials.gov shows the posted results of the study ("hasResults"): the results tab of its NCT
     * record. Empty when the study has no NCT number.
     */
    public static Optional<String> resultsPageOf(List<RegistryIdentifier> identifiers) {
        return identifiers.stream().filter(id -> id.scheme() == RegistryScheme.NCT)
                .sorted(java.util.Comparator.comparing(id -> !id.primaryId()))
                .map(id -> pageOf(id.scheme(), id.value())).flatMap(Optional::stream)
                .map(page -> page + "?tab=results").findFirst();
    }
}
