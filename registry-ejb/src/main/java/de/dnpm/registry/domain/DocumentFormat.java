package de.dnpm.registry.domain;

/** The formats a stored source document is kept in, with the media type it is served as. */
public enum DocumentFormat {
    CTGOV_JSON("application/json"), CTGOV_XML("application/xml"),
    DRKS_JSON("application/json"),
    /** a CSV row with its header line */
    DRKS_CSV("text/csv"),
    ICTRP_XML("application/xml"),
    ICTRP_CSV("text/csv"),
    /** a spreadsheet row, kept as CSV text with its header line */
    ICTRP_XLSX("text/csv");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether documents of this format are a trial register's records as passed on by WHO ICTRP, not the register's own. */
    public boolean isRegistryCopy() {
        return this == ICTRP_XML || this == ICTRP_CSV || this == ICTRP_XLSX;
    }
}
