package de.dnpm.registry.importer.ictrp;

import de.dnpm.registry.importer.application.HardenedXml;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.domain.ImportLimits;
import de.dnpm.registry.importer.domain.SourceFormat;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a WHO ICTRP XML export ({@code <Trials_downloaded_from_ICTRP>} with one flat {@code <Trial>} per record,
 * both the 2014 and the 2024 layout, FORMATS.md §4) with the hardened StAX parser: one trial in memory at a time, at
 * most {@link ImportLimits#MAX_ICTRP_TRIAL_CHARS} characters of text; the "all trials" export is about 500 MB.
 */
public final class IctrpXmlReader {

    public static final String ROOT = "Trials_downloaded_from_ICTRP";

    private final IctrpRecords records = new IctrpRecords(SourceFormat.ICTRP_XML);
    private final long maxTrialChars;

    public IctrpXmlReader() {
        this(ImportLimits.MAX_ICTRP_TRIAL_CHARS);
    }

    /** A reader with another trial size cap (tests). */
    IctrpXmlReader(long maxTrialChars) {
        this.maxTrialChars = maxTrialChars;
    }

    public void read(String source, InputStream in, RecordSink sink) throws IOException {
        XMLStreamReader reader = null;
        int trials = 0;
        try {
            reader = HardenedXml.inputFactory().createXMLStreamReader(in);
            if (!root(reader, source, sink)) {
                return;
            }
            while (next(reader) != XMLStreamConstants.END_DOCUMENT) {
                if (reader.isStartElement()) {
                    if (reader.getLocalName().equals("Trial")) {
                        trials++;
                        trial(reader, source, "trial #" + trials + " at line " + reader.getLocation().getLineNumber(),
                                sink);
                    } else {
                        skip(reader);
                    }
                }
            }
        } catch (XMLStreamException e) {
            sink.reject(new ImportProblem(source, where(e.getLocation()) + (trials == 0 ? "" : " (trial #" + trials
                    + ")"), null, "invalid XML: " + message(e)));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held that closing could release
                }
            }
        }
    }

    private static boolean root(XMLStreamReader reader, String source, RecordSink sink) throws XMLStreamException {
        while (next(reader) != XMLStreamConstants.START_ELEMENT) {
            if (reader.getEventType() == XMLStreamConstants.END_DOCUMENT) {
                sink.reject(new ImportProblem(source, "document", null, "no root element"));
                return false;
            }
        }
        if (!reader.getLocalName().equals(ROOT)) {
            sink.reject(new ImportProblem(source, "document", null, "not a WHO ICTRP export: root element <"
                    + reader.getLocalName() + ">, expected <" + ROOT + ">"));
            return false;
        }
        return true;
    }

    /** Positioned at {@code <Trial>}: reads its flat children up to {@code </Trial>}. */
    private void trial(XMLStreamReader reader, String source, String position, RecordSink sink)
            throws XMLStreamException {
        IctrpFields fields = new IctrpFields();
        StringBuilder text = new StringBuilder();
        String field = null;
        long chars = 0;
        boolean tooLarge = false;
        int depth = 1;
        while (depth > 0) {
            int event = next(reader);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    field = depth == 2 ? reader.getLocalName() : field;
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    chars += reader.getTextLength();
                    tooLarge |= chars > maxTrialChars;
                    if (depth == 2 && !tooLarge) {
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 2 && field != null && !tooLarge) {
                        fields.put(field, text.toString());
                    }
                    depth--;
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
        if (tooLarge) {
            sink.reject(new ImportProblem(source, position, IctrpMapper.trialId(fields),
                    "trial larger than " + maxTrialChars + " characters: skipped"));
            return;
        }
        records.emit(source, position, fields, IctrpRecords.xmlContent(fields), sink);
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next(reader);
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    /** The next event; a DOCTYPE is refused, since we never process DTDs or entities. */
    private static int next(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("DOCTYPE declarations are not accepted (no DTD, no entity is processed)",
                    reader.getLocation());
        }
        return event;
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 0 ? "document"
                : "line " + location.getLineNumber() + " column " + location.getColumnNumber();
    }

    private static String message(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return start < 0 ? message : message.substring(start + "Message: ".length());
    }
}
