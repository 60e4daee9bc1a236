package de.dnpm.registry.rest.feed;

import de.dnpm.registry.rest.StudyDetail;
import de.dnpm.registry.rest.export.ExportTexts;
import de.dnpm.registry.rest.export.ExportedStudy;
import de.dnpm.registry.rest.export.XmlText;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Writes an Atom feed (RFC 4287) of studies with XMLStreamWriter, which escapes registry text; characters XML forbids
 * are removed first ({@link XmlText}). Each entry has the elements RFC 4287 requires (id, title, updated) and a link to
 * the study page, the summary as plain text, and status and phases as categories with readable labels; the feed has
 * its id, title, updated, author, and self and alternate links.
 */
public final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    /* ClinicalTrials.gov's published vocabularies of the status and phase codes the categories use */
    static final String STATUS_SCHEME = "https://clinicaltrials.gov/data-api/about-api/study-data-structure#enum-Status";
    static final String PHASE_SCHEME = "https://clinicaltrials.gov/data-api/about-api/study-data-structure#enum-Phase";
    /** Summaries longer than this are cut: a feed reader shows a teaser, the study page the whole text. */
    static final int SUMMARY_LENGTH = 1000;

    private final ExportTexts texts;

    public AtomFeedWriter(ExportTexts texts) {
        this.texts = texts;
    }

    /** The feed's own data: its permanent id and self link, the search page it follows, and its title. */
    public record Head(String id, String selfUrl, String searchPageUrl, String title, String subtitle) {
    }

    public void write(Head head, List<ExportedStudy> studies, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", texts.locale().getLanguage());
        element(xml, "id", head.id());
        element(xml, "title", head.title());
        element(xml, "subtitle", head.subtitle());
        // the feed changed when its newest entry did; an empty feed is as new as this answer
        element(xml, "updated", studies.stream().map(AtomFeedWriter::updated).max(Comparator.naturalOrder())
                .orElse(Instant.now()).toString());
        link(xml, "self", "application/atom+xml", head.selfUrl());
        link(xml, "alternate", "text/html", head.searchPageUrl());
        xml.writeStartElement("author");
        element(xml, "name", texts.text("app.title"));
        xml.writeEndElement();
        for (ExportedStudy study : studies) {
            entry(xml, study);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void entry(XMLStreamWriter xml, ExportedStudy study) throws XMLStreamException {
        StudyDetail detail = study.detail();
        xml.writeStartElement("entry");
        element(xml, "id", study.pageUrl());
        element(xml, "title", Objects.requireNonNullElse(detail.title() != null ? detail.title()
                : detail.officialTitle(), detail.id()));
        element(xml, "updated", updated(study).toString());
        link(xml, "alternate", "text/html", study.pageUrl());
        String summary = detail.briefSummary();
        if (summary != null && !summary.isBlank()) {
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(XmlText.clean(shorten(summary.strip())));
            xml.writeEndElement();
        }
        if (detail.status() != null) {
            category(xml, detail.status(), STATUS_SCHEME, texts.labels().code("status", detail.status()));
        }
        for (String phase : detail.phases()) {
            category(xml, phase, PHASE_SCHEME, texts.labels().code("phase", phase));
        }
        xml.writeEndElement();
    }

    /**
     * When the study last changed: the record's last-update date (registries give a day, sometimes only a month) at
     * midnight UTC, else when the portal last changed it.
     */
    static Instant updated(ExportedStudy study) {
        String date = study.detail().lastUpdate();
        if (date != null) {
            try {
                String value = date.strip();
                LocalDate day = value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
                return day.atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notIso) {
                // fall through to the portal's own time
            }
        }
        return study.portalUpdatedAt();
    }

    private static String shorten(String text) {
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH).strip() + " …";
    }

    private static void category(XMLStreamWriter xml, String term, String scheme, String label)
            throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", XmlText.clean(term));
        xml.writeAttribute("scheme", scheme);
        xml.writeAttribute("label", XmlText.clean(label));
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        xml.writeStartElement(name);
        if (name.equals("title") || name.equals("subtitle")) {
            xml.writeAttribute("type", "text");
        }
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }
}
