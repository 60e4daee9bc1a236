package de.dnpm.registry.search.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sixteen German states (Länder) by their ISO 3166-2 code, with the GeoNames admin1 code the gazetteer's postal
 * codes and towns carry ("01" … "16", see the geo resources' PROVENANCE.md). Names are the interface's to give, in
 * the reader's language (bundle keys {@code state.DE-BW}).
 */
public enum GermanState {
    BW("01"), BY("02"), HB("03"), HH("04"), HE("05"), NI("06"), NW("07"), RP("08"), SL("09"), SH("10"), BB("11"),
    MV("12"), SN("13"), ST("14"), TH("15"), BE("16");

    private final String geoNamesCode;

    GermanState(String geoNamesCode) {
        this.geoNamesCode = geoNamesCode;
    }

    /** "DE-BW": the code statistics and the API give a state by. */
    public String isoCode() {
        return "DE-" + name();
    }

    /** The state of a GeoNames admin1 code of Germany; empty for anything else (an empty or foreign code). */
    public static Optional<GermanState> ofGeoNamesCode(String admin1) {
        return Arrays.stream(values()).filter(state -> state.geoNamesCode.equals(admin1)).findFirst();
    }

    /** The state of an ISO 3166-2 code ("DE-BY"); empty for anything else. */
    public static Optional<GermanState> ofIsoCode(String isoCode) {
        return Arrays.stream(values()).filter(state -> state.isoCode().equals(isoCode)).findFirst();
    }
}
