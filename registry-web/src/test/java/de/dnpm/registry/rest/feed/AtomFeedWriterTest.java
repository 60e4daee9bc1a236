package de.dnpm.registry.rest.feed;

import de.dnpm.registry.rest.StudyDetail;
import de.dnpm.registry.rest.StudyDetailAssembler;
import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.DocumentFormat;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.domain.StudyDates;
import de.dnpm.registry.rest.export.ExportTexts;
import de.dnpm.registry.rest.export.ExportedStudy;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Atom feed read back by a namespace-aware parser hardened against external entities: the elements RFC 4287
 * requires of a feed and of each entry, escaped registry text, categories with labels.
 */
class AtomFeedWriterTest {

    private static final String ATOM = AtomFeedWriter.ATOM;
    private static final Instant PORTAL_UPDATE = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void feedAndEntriesHaveTheRequiredElements() throws Exception {
        List<ExportedStudy> studies = List.of(
                study("NCT06576635", "LUNG-05 <b>bold</b> & \u0007bell", "RECRUITING", List.of("PHASE2"), "2025-11-06",
                        "Summary with <script>alert(1)</script>"),
                study("DRKS00038775", "Osteologie", "NOT_YET_RECRUITING", List.of(), null, null));

        Document feed = parse(write(Locale.GERMAN, studies));

        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("de", root.getAttribute("xml:lang"));
        assertEquals("tag:portal.example,2026:feeds/studies", text(root, "id"));
        assertTrue(text(root, "title").startsWith("Studienregister"));
        // the newest entry's update: the second study's record has no date, so the portal's later one counts
        assertEquals(PORTAL_UPDATE.toString(), text(root, "updated"));
        assertNotNull(OffsetDateTime.parse(text(root, "updated")));
        assertEquals("Studienregister", text(child(root, "author"), "name"));
        assertEquals("http://portal.example/api/feeds/studies?q=lung", link(root, "self"));

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("http://portal.example/study.xhtml?id=NCT06576635", text(first, "id"));
        assertEquals("LUNG-05 <b>bold</b> &  bell", text(first, "title"), "markup kept as text, control removed");
        assertEquals("2025-11-06T00:00:00Z", text(first, "updated"));
        assertEquals("http://portal.example/study.xhtml?id=NCT06576635", link(first, "alternate"));
        assertEquals("Summary with <script>alert(1)</script>", text(first, "summary"));
        assertEquals("text", child(first, "summary").getAttribute("type"));
        NodeList categories = first.getElementsByTagNameNS(ATOM, "category");
        assertEquals(2, categories.getLength());
        assertEquals("RECRUITING", ((Element) categories.item(0)).getAttribute("term"));
        assertEquals(AtomFeedWriter.STATUS_SCHEME, ((Element) categories.item(0)).getAttribute("scheme"));
        assertEquals("Phase 2", ((Element) categories.item(1)).getAttribute("label"));
        Element second = (Element) entries.item(1);
        assertEquals(PORTAL_UPDATE.toString(), text(second, "updated"), "no record date: the portal's update");
    }

    @Test
    void anEmptyFeedIsStillAValidFeed() throws Exception {
        Element root = parse(write(Locale.ENGLISH, List.of())).getDocumentElement();

        assertNotNull(OffsetDateTime.parse(text(root, "updated")));
        assertEquals("Study Registry: recently updated studies", text(root, "title"));
        assertEquals(0, root.getElementsByTagNameNS(ATOM, "entry").getLength());
    }

    @Test
    void theTestParserRefusesExternalEntities() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">&x;</feed>";
        assertThrows(Exception.class, () -> parse(hostile.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static byte[] write(Locale locale, List<ExportedStudy> studies) throws Exception {
        ExportTexts texts = ExportTexts.of(locale);
        AtomFeedWriter.Head head = new AtomFeedWriter.Head("tag:portal.example,2026:feeds/studies",
                "http://portal.example/api/feeds/studies?q=lung", "http://portal.example/index.xhtml?q=lung",
                texts.text("feed.title"), texts.text("feed.subtitle", 50));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AtomFeedWriter(texts).write(head, studies, out);
        return out.toByteArray();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static ExportedStudy study(String id, String title, String status, List<String> phases, String lastUpdate,
                                       String summary) {
        Study study = new Study(RegistryScheme.NCT, id, PORTAL_UPDATE);
        new RegistryEntry(study, id.startsWith("NCT") ? RegistryScheme.NCT : RegistryScheme.DRKS, id,
                DocumentFormat.CTGOV_JSON, new RecordVersion(lastUpdate, "hash"), PORTAL_UPDATE);
        study.setTitles(title, null, null);
        study.setSummaries(summary, null);
        study.setDesign("INTERVENTIONAL", phases, status, null, null);
        study.setDates(new StudyDates(null, null, null, null, lastUpdate));
        StudyDetail detail = StudyDetailAssembler.toDetail(study, "/s");
        return new ExportedStudy(detail, "http://portal.example/study.xhtml?id=" + id, PORTAL_UPDATE);
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return (Element) nodes.item(i);
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    private static String link(Element parent, String rel) {
        NodeList links = parent.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getParentNode() == parent && link.getAttribute("rel").equals(rel)) {
                return link.getAttribute("href");
            }
        }
        throw new AssertionError("no link " + rel);
    }
}
