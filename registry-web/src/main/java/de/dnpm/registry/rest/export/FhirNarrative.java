package de.dnpm.registry.rest.export;

import jakarta.json.JsonObject;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/**
 * A FHIR narrative ({@code text}): plain registry text as XHTML paragraphs, one a line, written by XMLStreamWriter so
 * that the text is never read as markup.
 */
final class FhirNarrative {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private FhirNarrative() {
    }

    /** {@code status} is FHIR's narrative status: generated (from the structured data) or additional (beyond it). */
    static JsonObject of(String status, String text) {
        return FhirValues.JSON.createObjectBuilder().add("status", status).add("div", xhtml(text)).build();
    }

    static String xhtml(String text) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartElement("div");
            xml.writeDefaultNamespace(XHTML);
            for (String line : text.split("\\R")) {
                String paragraph = XmlText.clean(line).strip();
                if (!paragraph.isEmpty()) {
                    xml.writeStartElement("p");
                    xml.writeCharacters(paragraph);
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XHTML to memory failed", e);
        }
        return out.toString();
    }
}
