package de.dnpm.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exports and the Atom feed of the real WAR over HTTP, on the bundled sample: a search's result set as CSV, JSON
 * and RIS with the limit headers, one study as FHIR ResearchStudy, and the feed of a search.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportFeedIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("export-it.war");
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void sampleImportedAndIndexed() {
        new ServerProbe(base).awaitSettled();
    }

    @Test
    void csvExportOfASearchHasOneRowPerHitBehindAByteOrderMark() throws Exception {
        long total = json(get("api/studies?q=EGFR&size=1", "application/json").body()).getJsonNumber("total")
                .longValue();

        HttpResponse<byte[]> response = getBytes("api/studies/export?q=EGFR&format=csv&columns=id,title,status,url");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals(Long.toString(total), response.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals("1000", response.headers().firstValue("X-Export-Limit").orElseThrow());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            rows = parser.getRecords();
        }
        assertEquals(List.of("Registry ID", "Title", "Status", "Study page"), rows.getFirst().toList());
        assertEquals(Math.min(total, 1000), rows.size() - 1);
        assertTrue(rows.get(1).get(3).contains("study.xhtml?id="), rows.get(1).toString());
    }

    @Test
    void jsonExportOfAllStudiesIsCutAtTheLimitAndSaysSo() throws Exception {
        HttpResponse<String> response = get("api/studies/export?format=json", "application/json");

        assertEquals(200, response.statusCode());
        JsonObject export = json(response.body());
        long total = export.getJsonNumber("total").longValue();
        assertEquals(Math.min(total, 1000), export.getInt("exported"));
        assertEquals(total > 1000, export.getBoolean("truncated"));
        assertEquals(export.getInt("exported"), export.getJsonArray("studies").size());
    }

    @Test
    void risExportHasOneRecordPerHit() throws Exception {
        HttpResponse<String> response = get("api/studies/export?q=EGFR&format=ris&status=RECRUITING", "*/*");

        assertEquals(200, response.statusCode());
        String[] lines = response.body().split("\r\n");
        long records = java.util.Arrays.stream(lines).filter(line -> line.equals("TY  - DBASE")).count();
        assertEquals(Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow()), records);
        assertTrue(java.util.Arrays.stream(lines).allMatch(line -> line.matches("[A-Z][A-Z0-9]  - .*")));
    }

    @Test
    void badExportParametersAreProblems() throws Exception {
        assertEquals(400, get("api/studies/export?format=pdf", "*/*").statusCode());
        assertEquals(400, get("api/studies/export?columns=id,secret", "*/*").statusCode());
        assertEquals(404, get("api/studies/NCT99999999/export?format=fhir", "*/*").statusCode());
    }

    @Test
    void oneStudyAsFhirResearchStudy() throws Exception {
        HttpResponse<String> response = get("api/studies/NCT06576635/export?format=fhir", "application/fhir+json");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+json"));
        JsonObject study = json(response.body());
        assertEquals("ResearchStudy", study.getString("resourceType"));
        assertEquals("active", study.getString("status"));
        assertTrue(study.getJsonArray("identifier").getValuesAs(JsonObject.class).stream()
                .anyMatch(id -> "https://clinicaltrials.gov".equals(id.getString("system", null))
                        && "NCT06576635".equals(id.getString("value"))));
        assertTrue(study.getJsonArray("site").size() >= 1);
    }

    @Test
    void atomFeedOfASearchListsTheNewestUpdatesFirst() throws Exception {
        HttpResponse<byte[]> response = getBytes("api/feeds/studies?q=EGFR");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() > 0 && entries.getLength() <= 50);
        OffsetDateTime previous = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            OffsetDateTime updated = OffsetDateTime.parse(entry.getElementsByTagNameNS(ATOM, "updated").item(0)
                    .getTextContent());
            assertTrue(previous == null || !updated.isAfter(previous), "newest first");
            previous = updated;
            assertTrue(entry.getElementsByTagNameNS(ATOM, "id").getLength() == 1);
            assertTrue(entry.getElementsByTagNameNS(ATOM, "title").getLength() == 1);
        }
    }

    @Test
    void searchPageOffersTheExportsOfItsSearch() throws Exception {
        HttpResponse<String> page = get("index.xhtml?q=EGFR&status=RECRUITING", "text/html");

        assertEquals(200, page.statusCode());
        java.util.regex.Matcher csv = java.util.regex.Pattern
                .compile("href=\"([^\"]*/api/studies/export\\?[^\"]*format=csv)\"").matcher(page.body());
        assertTrue(csv.find(), "a CSV link on the search page");
        String href = csv.group(1).replace("&amp;", "&");
        assertTrue(href.contains("q=EGFR") && href.contains("status=RECRUITING"), href);
        assertTrue(page.body().contains("/api/feeds/studies?q=EGFR"), "a feed link");

        HttpResponse<byte[]> export = getBytes(href.substring(href.indexOf("api/studies/export")));
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString() + path)).header("Accept", accept)
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString() + path)).header("Accept", "*/*")
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
