package de.dnpm.registry.importer.ctgov;

import de.dnpm.registry.importer.application.HardenedXml;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.domain.ImportLimits;
import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Set;

/**
 * Reads one legacy ClinicalTrials.gov XML study ({@code <clinical_study>}, one per file as in AllPublicXML) with a
 * hardened StAX parser ({@link HardenedXml}): no DTD, no external entity; a document with a DOCTYPE is refused as a
 * problem.
 */
public final class CtgovXmlReader {

    /** A bigger "study" is refused rather than held in memory. */
    private static final int MAX_DOCUMENT_BYTES = ImportLimits.MAX_XML_DOCUMENT_BYTES;

    private static final System.Logger LOG = System.getLogger(CtgovXmlReader.class.getName());
    private static final String ROOT = "clinical_study";

    private final CtgovXmlMapper mapper = new CtgovXmlMapper();

    /** Reads the study in the stream into the sink, or reports why it cannot. */
    public void read(String source, InputStream in, RecordSink sink) throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            sink.reject(new ImportProblem(source, "file", null,
                    "larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB, not read"));
            return;
        }
        // the hash is taken of the text before anything is parsed: an unchanged record is then skipped unread
        String declared = declaredEncoding(bytes);
        if (StandardCharsets.UTF_8.name().equalsIgnoreCase(declared)
                && sink.alreadyStored(CtgovContentHash.xml(new String(bytes, StandardCharsets.UTF_8)))) {
            return;
        }
        XmlElement root;
        String encoding;
        XMLStreamReader reader = null;
        try {
            reader = hardenedFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            encoding = reader.getEncoding();
            root = XmlElement.read(reader, Set.of("clinical_results"));
        } catch (XMLStreamException e) {
            sink.reject(new ImportProblem(source, where(e.getLocation()), null, "invalid XML: " + message(e)));
            return;
        } finally {
            close(reader);
        }
        if (!root.name().equals(ROOT)) {
            sink.reject(new ImportProblem(source, "document", null,
                    "not a ClinicalTrials.gov study: root element <" + root.name() + ">, expected <" + ROOT + ">"));
            return;
        }
        TrialRecord trial;
        try {
            trial = mapper.map(root);
        } catch (MalformedRecordException e) {
            sink.reject(new ImportProblem(source, "document", e.recordId(), e.getMessage()));
            return;
        } catch (RuntimeException e) {
            // a mapper bug must not abort the import of the other files; the log keeps the stack trace
            String nctId = root.text("id_info", "nct_id");
            LOG.log(System.Logger.Level.ERROR, source + " " + nctId + ": mapping failed", e);
            sink.reject(new ImportProblem(source, "document", nctId, "could not be mapped: " + e));
            return;
        }
        // the raw record is the file's text exactly as delivered (line ends and all), decoded as the parser decoded it;
        // its hash leaves out the download date and layout, so a re-download of an unchanged study hashes the same
        String content = new String(bytes, charset(encoding));
        RawRecord raw = new RawRecord(SourceFormat.CTGOV_XML, trial.primaryId().value(), trial.lastUpdate(), content,
                CtgovContentHash.xml(content));
        sink.accept(new ParsedRecord(raw, trial));
    }

    private static XMLInputFactory hardenedFactory() {
        return HardenedXml.inputFactory();
    }

    /* the encoding the XML declaration names, UTF-8 without one (the XML default); null for UTF-16 */
    private static String declaredEncoding(byte[] bytes) {
        if (bytes.length > 1 && (bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF)) {
            return null;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        int declarationEnd = head.startsWith("<?xml") ? head.indexOf("?>") : -1;
        if (declarationEnd < 0) {
            return StandardCharsets.UTF_8.name();
        }
        java.util.regex.Matcher m = DECLARED_ENCODING.matcher(head.substring(0, declarationEnd));
        return m.find() ? m.group(1) : StandardCharsets.UTF_8.name();
    }

    private static final java.util.regex.Pattern DECLARED_ENCODING =
            java.util.regex.Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private static Charset charset(String encoding) {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 0 ? "document"
                : "line " + location.getLineNumber() + " column " + location.getColumnNumber();
    }

    /** The JDK prefixes the message with "ParseError at [row,col]:[..]\nMessage: "; the position is reported apart. */
    private static String message(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return start < 0 ? message : message.substring(start + "Message: ".length());
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the XML reader failed", e);
            }
        }
    }
}
