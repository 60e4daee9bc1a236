package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.StudyDetail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RIS, the exchange format of reference managers (Zotero, EndNote, Citavi, Mendeley): per study one record
 * {@code TY  - DBASE} (an entry of an online database, as trial registrations are cited) with title (TI), the registry
 * id as accession number and id (AN, ID), links to the registry's page and this portal's (UR), the registration date
 * (DA {@code YYYY/MM/DD/} and PY), the conditions as keywords (KW), the summary (AB), the registry's name (DB) and the
 * sponsor as publisher (PB), closed by {@code ER  - }. Each line is a tag, two spaces, a hyphen and a space; values are
 * kept to one line, since a line break would end the field for every reader.
 */
public final class RisStudyWriter implements StudyWriter {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?.*");
    /* C0 controls except tab, and the line and paragraph separators some readers also break at */
    private static final Pattern LINE_BREAKS_AND_CONTROLS = Pattern.compile("[\\r\\n\\u0000-\\u0008\\u000B-\\u001F"
            + "\\u007F\\u2028\\u2029]+");
    private static final Map<String, String> REGISTRY_NAMES = Map.ofEntries(
            Map.entry("NCT", "ClinicalTrials.gov"),
            Map.entry("DRKS", "Deutsches Register Klinischer Studien (DRKS)"),
            Map.entry("EU_CT", "EU Clinical Trials Information System (CTIS)"),
            Map.entry("EUCTR", "EU Clinical Trials Register"),
            Map.entry("EUDRACT", "EU Clinical Trials Register"),
            Map.entry("ISRCTN", "ISRCTN registry"),
            Map.entry("ANZCTR", "Australian New Zealand Clinical Trials Registry (ANZCTR)"),
            Map.entry("CHICTR", "Chinese Clinical Trial Registry (ChiCTR)"),
            Map.entry("CTRI", "Clinical Trials Registry - India (CTRI)"),
            Map.entry("IRCT", "Iranian Registry of Clinical Trials (IRCT)"),
            Map.entry("JPRN", "Japan Primary Registries Network (JPRN)"),
            Map.entry("CRIS", "Clinical Research Information Service (CRiS)"),
            Map.entry("PACTR", "Pan African Clinical Trials Registry (PACTR)"),
            Map.entry("REBEC", "Brazilian Clinical Trials Registry (ReBEC)"),
            Map.entry("SLCTR", "Sri Lanka Clinical Trials Registry (SLCTR)"),
            Map.entry("TCTR", "Thai Clinical Trials Registry (TCTR)"),
            Map.entry("NTR", "Overview of Medical Research in the Netherlands (OMON)"),
            Map.entry("LBCTR", "Lebanese Clinical Trials Registry (LBCTR)"),
            Map.entry("ITMCTR", "International Traditional Medicine Clinical Trial Registry (ITMCTR)"),
            Map.entry("RPCEC", "Cuban Public Registry of Clinical Trials (RPCEC)"),
            Map.entry("REPEC", "Peruvian Clinical Trial Registry (REPEC)"));

    private final Writer out;

    public RisStudyWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(ExportSummary summary) {
        // RIS has no header: a file is a sequence of records
    }

    @Override
    public void write(ExportedStudy study) throws IOException {
        StudyDetail detail = study.detail();
        line("TY", "DBASE");
        line("TI", detail.title() != null ? detail.title() : detail.officialTitle());
        if (detail.officialTitle() != null && !detail.officialTitle().equals(detail.title())) {
            line("T2", detail.officialTitle());
        }
        line("AN", detail.id());
        line("ID", detail.id());
        line("UR", detail.sourceUrl());
        line("UR", study.pageUrl());
        String registered = detail.dates().firstPosted();
        Matcher date = registered == null ? null : ISO_DATE.matcher(registered);
        if (date != null && date.matches()) {
            line("PY", date.group(1));
            // RIS dates are YYYY/MM/DD/other, with empty parts where unknown
            line("DA", date.group(1) + "/" + nullToEmpty(date.group(2)) + "/" + nullToEmpty(date.group(3)) + "/");
        }
        for (String condition : detail.conditions()) {
            line("KW", condition);
        }
        line("AB", detail.briefSummary());
        line("DB", registryName(detail));
        line("PB", detail.leadSponsor());
        out.write("ER  - \r\n");
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    /** The name of the registry that gave the study its id, or of WHO's search portal for the other registries. */
    static String registryName(StudyDetail detail) {
        return detail.identifiers().stream().filter(id -> id.primary() && id.value().equals(detail.id()))
                .map(StudyDetail.Identifier::scheme).filter(REGISTRY_NAMES::containsKey).findFirst()
                .map(REGISTRY_NAMES::get).orElse("WHO International Clinical Trials Registry Platform (ICTRP)");
    }

    private void line(String tag, String value) throws IOException {
        if (value == null) {
            return;
        }
        String oneLine = LINE_BREAKS_AND_CONTROLS.matcher(value).replaceAll(" ").strip();
        if (!oneLine.isEmpty()) {
            out.write(tag + "  - " + oneLine + "\r\n");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
