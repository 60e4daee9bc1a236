package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.application.CanonicalJson;
import de.dnpm.registry.importer.application.ContentHash;
import jakarta.json.JsonObject;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content hash of a ClinicalTrials.gov record, blind to what changes with every download rather than with the
 * record, so that downloading an unchanged study again is recognised as unchanged. The stored content keeps these
 * parts; only the hash leaves them out.
 */
final class CtgovContentHash {

    /*
     * API v2: versionHolder is the date of the data snapshot the study was served from, not a property of the study
     * (https://clinicaltrials.gov/data-api/about-api/study-data-structure, "miscInfoModule"). NCT05911841 in the two
     * dgg32 downloads of June 2023 differs in nothing else.
     */
    private static final Set<String> JSON_DOWNLOAD_ARTEFACTS = Set.of("/derivedSection/miscInfoModule/versionHolder");

    /*
     * Legacy XML: <required_header><download_date> reads "ClinicalTrials.gov processed this data on <date>", the day
     * of the export (public.xsd). The element has text only, so a regular expression finds it safely.
     */
    private static final Pattern DOWNLOAD_DATE = Pattern.compile("<download_date>[^<]*</download_date>");
    private static final Pattern SPACE_BETWEEN_TAGS = Pattern.compile(">\\s+<");
    private static final Pattern LINE_END = Pattern.compile("\r\n?");

    private CtgovContentHash() {
    }

    /** The hash of an API v2 study object: canonical JSON (sorted members, no whitespace) without versionHolder. */
    static String json(JsonObject study) {
        return ContentHash.sha256Hex(CanonicalJson.write(study, JSON_DOWNLOAD_ARTEFACTS));
    }

    /**
     * The hash of a legacy XML document's text without its download date, line ends as XML parsers see them (XML 1.0
     * section 2.11: CR LF and CR are LF) and no whitespace-only text between tags (indentation, which the schema does
     * not give any meaning).
     */
    static String xml(String content) {
        String text = DOWNLOAD_DATE.matcher(content).replaceAll("");
        text = LINE_END.matcher(text).replaceAll("\n");
        text = SPACE_BETWEEN_TAGS.matcher(text).replaceAll("><");
        return ContentHash.sha256Hex(text.strip());
    }
}
