package de.dnpm.registry.importer.domain;

/** The document formats a source record can come in; stored with every raw document so it can be re-parsed. */
public enum SourceFormat {
    CTGOV_JSON, CTGOV_XML,
    /** DRKS JSON (schema 2.0.19): one trial object as drks.de exports it. */
    DRKS_JSON,
    /** One row of the old drks_web search export (semicolon CSV), stored with its header line. */
    DRKS_CSV,
    /** One {@code <Trial>} of a WHO ICTRP XML export. */
    ICTRP_XML,
    /** One row of a WHO ICTRP CSV export, stored with its header line. */
    ICTRP_CSV,
    /** One row of a WHO ICTRP XLSX export, stored as CSV text with its header line. */
    ICTRP_XLSX
}
