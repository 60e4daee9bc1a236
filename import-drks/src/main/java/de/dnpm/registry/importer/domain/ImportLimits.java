package de.dnpm.registry.importer.domain;

/**
 * Every size limit of an import, in one place: the readers, the web upload and the problem report all read them from
 * here. Each bounds what one bad or hostile input can make the server hold in memory or store.
 */
public final class ImportLimits {

    /** Largest zip entry read, uncompressed (an entry is held in memory while read; also defuses zip bombs). */
    public static final int MAX_ZIP_ENTRY_BYTES = 50 * 1024 * 1024;

    /** Largest legacy XML study read; the largest real one (AllPublicXML, with results) is under 1 MB. */
    public static final int MAX_XML_DOCUMENT_BYTES = 50 * 1024 * 1024;

    /**
     * Largest ClinicalTrials.gov JSON study object kept, counted in characters of JSON text as the parser reads them
     * (a byte each for ASCII text). The largest real study with results is a few MB; a bigger one becomes a problem.
     */
    public static final int MAX_JSON_STUDY_CHARS = 16 * 1024 * 1024;

    /** Largest ClinicalTrials.gov API page buffered: 1000 full studies (the API's page maximum) are about 30 MB. */
    public static final int MAX_API_PAGE_BYTES = 64 * 1024 * 1024;

    /**
     * Default of the largest file the web layer accepts for import (the whole AllPublicXML zip is about 1.5 GB);
     * configurable as {@code registry.upload.max.bytes}.
     */
    public static final long MAX_UPLOAD_BYTES = 2L * 1024 * 1024 * 1024;

    /** Problems kept in memory (and in the report) per import; a broken file of a million records stops there. */
    public static final int MAX_PROBLEMS_KEPT = 1000;

    /** Longest registry id stored (the database column's length); real ids are under 50 characters. */
    public static final int MAX_REGISTRY_ID_LENGTH = 200;

    /**
     * Largest WHO ICTRP trial read from an XML export, in characters of text; the longest real trials (EUCTR, with
     * their MedDRA lists) are some tens of kB.
     */
    public static final int MAX_ICTRP_TRIAL_CHARS = 4 * 1024 * 1024;

    /** Largest CSV record (DRKS legacy, ICTRP) read, in characters; the largest real DRKS row is about 60 kB. */
    public static final int MAX_CSV_RECORD_CHARS = 4 * 1024 * 1024;

    /**
     * Largest XLSX workbook read (it is copied to a temporary file, since a workbook is a zip read by random access);
     * the ICTRP COVID-19 list of 4098 trials is 3.7 MB.
     */
    public static final long MAX_XLSX_BYTES = 256L * 1024 * 1024;

    /** Rows of one XLSX sheet read before the rest is reported and left; Excel itself stops at 1,048,576. */
    public static final int MAX_SHEET_ROWS = 1_048_576;

    /** Longest cell text of an XLSX sheet: Excel's own limit, so a longer cell did not come from Excel. */
    public static final int MAX_CELL_CHARS = 32_767;

    private ImportLimits() {
    }
}
