package de.dnpm.registry.importer.application;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The name of an XML source's root element, read from its first bytes with the hardened parser, so each registry's
 * XML goes to its reader ({@code clinical_study}: ClinicalTrials.gov, {@code Trials_downloaded_from_ICTRP}: WHO ICTRP).
 */
final class XmlRoot {

    private XmlRoot() {
    }

    /** The root element's local name, or null if the start does not show it (the reader then reports why). */
    static String sniff(InputStream in) throws IOException {
        in.mark(ContentKind.SNIFF_LIMIT);
        byte[] head;
        try {
            head = in.readNBytes(ContentKind.SNIFF_LIMIT);
        } finally {
            in.reset();
        }
        XMLStreamReader reader = null;
        try {
            reader = HardenedXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(head));
            while (reader.hasNext()) {
                int event = reader.next();
                // a DOCTYPE is passed over here (the parser does not process it): the reader refuses it with its reason
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return reader.getLocalName();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            return null;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing to release
                }
            }
        }
    }
}
