package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.application.ContentHash;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.ctgov.MalformedRecordException;
import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the fields of one ICTRP trial, in whichever layout they came, into a record for the sink (or a problem):
 * the mapping, the raw record and its content hash, shared by the XML, CSV and XLSX readers.
 */
final class IctrpRecords {

    private static final System.Logger LOG = System.getLogger(IctrpRecords.class.getName());

    private final SourceFormat format;
    private final IctrpMapper mapper = new IctrpMapper();

    IctrpRecords(SourceFormat format) {
        this.format = format;
    }

    void emit(String source, String position, IctrpFields fields, String content, RecordSink sink) {
        emit(source, position, fields, content, List.of(), sink);
    }

    void emit(String source, String position, IctrpFields fields, String content, List<String> warnings,
              RecordSink sink) {
        TrialRecord trial;
        try {
            trial = mapper.map(fields, warnings);
        } catch (MalformedRecordException e) {
            sink.reject(new ImportProblem(source, position, e.recordId(), e.getMessage()));
            return;
        } catch (RuntimeException e) {
            // a mapper bug must not abort the import of the other trials; the log keeps the stack trace
            String id = IctrpMapper.trialId(fields);
            LOG.log(System.Logger.Level.ERROR, source + " " + position + " " + id + ": mapping failed", e);
            sink.reject(new ImportProblem(source, position, id, "could not be mapped: " + e));
            return;
        }
        RawRecord raw = new RawRecord(format, trial.primaryId().value(), trial.lastUpdate(), content, hash(fields));
        sink.accept(new ParsedRecord(raw, trial));
    }

    /*
     * The hash is taken of the fields (names as keys, values stripped, in name order) without Export_date: the day of
     * the download, not of the record (FORMATS.md §4), so a re-download of an unchanged trial hashes the same whatever
     * the layout's order or padding.
     */
    static String hash(IctrpFields fields) {
        Map<String, String> sorted = new TreeMap<>();
        fields.all().forEach((name, value) -> {
            String key = IctrpFields.key(name);
            if (!key.equals("exportdate")) {
                sorted.put(key, value == null ? "" : value.strip());
            }
        });
        StringBuilder canonical = new StringBuilder();
        sorted.forEach((k, v) -> canonical.append(k).append('=').append(v.replace("\n", "\\n")).append('\n'));
        return ContentHash.sha256Hex(canonical.toString());
    }

    /**
     * A trial of the XML export as XML text: its flat children in source order, each value exactly as the parser
     * delivered it (with &, <, > and CR escaped), so the record keeps the data of the export though not its
     * indentation.
     */
    static String xmlContent(IctrpFields fields) {
        StringBuilder xml = new StringBuilder("<Trial>\n");
        fields.all().forEach((name, value) -> xml.append("  <").append(name).append('>').append(escape(value))
                .append("</").append(name).append(">\n"));
        return xml.append("</Trial>\n").toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#x0D;");
    }
}
