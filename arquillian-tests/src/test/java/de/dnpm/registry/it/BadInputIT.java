package de.dnpm.registry.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static de.dnpm.registry.it.AdminApi.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input through the admin API, as a careless or hostile uploader would send it: each upload gets a clear answer
 * (a problem per bad record or file, a FAILED job with its reason), the good records beside the bad ones are stored,
 * nothing is read from the server's files, and the server keeps answering. Good records are synthetic copies of a
 * real ClinicalTrials.gov record under unused numbers NCT9990xxxx (labelled as such in their ids).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private static final long MIB = 1024 * 1024;

    private static final String REAL_XML =
            "ctgov/ctgov-xml/reesewang25-enrollment_and_studylength-subset/NCT0000xxxx/NCT00000105.xml";
    private static final String REAL_ID = "NCT00000105";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("bad-input-it.war");
    }

    @ArquillianResource
    URL base;

    private ServerProbe probe;
    private AdminApi admin;

    @BeforeEach
    void settled() {
        probe = new ServerProbe(base);
        probe.awaitSettled();
        admin = AdminApi.administrator(base);
    }

    @AfterEach
    void serverStillAnswers() {
        probe.awaitSettled();
        assertTrue(probe.answers(), "the server keeps answering");
    }

    @Test
    void malformedJsonXmlAndCsvAreReportedAndTheGoodRecordBesideThemIsStored() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("broken.json", "{\"protocolSection\": {\"identificationModule\": {\"nctId\": ");
        entries.put("broken.xml", "<clinical_study><id_info><nct_id>NCT99900601</nct_id></id_info>");
        entries.put("broken-drks.csv", "drksId;title\n\"DRKS00099999;\"unclosed quote\n");
        entries.put("good.xml", copy("NCT99900602"));

        JsonObject job = uploadAndAwait("mixed.zip", ItData.zip(entries));

        assertEquals("COMPLETED", job.getString("state"), job::toString);
        assertEquals(1, count(job, "created"), job::toString);
        List<JsonObject> problems = problems(job);
        for (String broken : List.of("broken.json", "broken.xml", "broken-drks.csv")) {
            assertTrue(problems.stream().anyMatch(p -> p.getString("source", "").contains(broken)),
                    () -> broken + " is named in a problem: " + problems);
        }
        assertStudy("NCT99900602");
    }

    @Test
    void externalEntitiesAndEntityBombsAreRefusedWithoutReadingAnyServerFile() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE clinical_study [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<clinical_study><id_info><nct_id>NCT99900603</nct_id></id_info><brief_title>&secret;</brief_title>"
                + "</clinical_study>";
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        bomb.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        bomb.append("]>\n<clinical_study><id_info><nct_id>NCT99900604</nct_id></id_info><brief_title>&lol9;"
                + "</brief_title></clinical_study>");

        for (String[] file : List.of(new String[]{"xxe.xml", xxe}, new String[]{"bomb.xml", bomb.toString()})) {
            JsonObject job = uploadAndAwait(file[0], ItData.utf8(file[1]));
            assertEquals(0, count(job, "created"), job::toString);
            String listed = problems(job).toString();
            assertFalse(listed.contains("root:"), "nothing of a server file appears: " + listed);
            assertTrue(listed.toLowerCase().contains("doctype") || listed.toLowerCase().contains("entit"),
                    () -> file[0] + " is refused for its DTD: " + listed);
        }
        assertEquals(404, admin.get("api/studies/NCT99900603").statusCode());
        assertEquals(404, admin.get("api/studies/NCT99900604").statusCode());
    }

    @Test
    void aZipBombEntryIsCutOffAndAPathInAZipIsOnlyAName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../../../tmp/bad-input-it-escape.xml"));
            zip.write(ItData.utf8(copy("NCT99900605")));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("zeros.json"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) { // 300 MB of zeros: about 300 KB compressed
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        JsonObject job = uploadAndAwait("bomb.zip", bytes.toByteArray());

        assertEquals(1, count(job, "created"), () -> "the study under the odd name is read as a record: " + job);
        assertTrue(problems(job).stream().anyMatch(p -> p.getString("source", "").contains("zeros.json")),
                () -> "the oversized entry is reported: " + problems(job));
        assertFalse(Files.exists(java.nio.file.Path.of("/tmp/bad-input-it-escape.xml")),
                "an entry's path is never a place to write");
        assertStudy("NCT99900605");
    }

    @Test
    void anUnknownFormatIsAFailedJobWithItsReason() {
        HttpResponse<String> accepted = admin.upload("picture.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10,
                26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertEquals(202, accepted.statusCode(), accepted.body());

        JsonObject job = admin.awaitEnd(AdminApi.json(accepted.body()).getString("url"));

        assertEquals("FAILED", job.getString("state"), job::toString);
        assertTrue(job.getString("message", "").contains("unsupported content"), job::toString);
    }

    @Test
    void aFileInAnotherEncodingThanItDeclaresIsReportedNotGarbled() {
        byte[] latin1 = copy("NCT99900606").replace("<brief_title>", "<brief_title>Müller-Studie: ")
                .getBytes(StandardCharsets.ISO_8859_1); // declares UTF-8, is Latin-1

        JsonObject job = uploadAndAwait("latin1.xml", latin1);

        assertEquals(0, count(job, "created"), job::toString);
        assertEquals(1, count(job, "failed"), job::toString);
        assertEquals(404, admin.get("api/studies/NCT99900606").statusCode(), "no study with a garbled title");
    }

    @Test
    void theSameIdTwiceInOneFileIsOneStudy() {
        String first = copy("NCT99900607");
        String later = first.replaceFirst("<last_update_posted type=\"[^\"]*\">[^<]*</last_update_posted>",
                "<last_update_posted type=\"Actual\">December 31, 2099</last_update_posted>");

        JsonObject job = uploadAndAwait("twice.zip", ItData.zip(Map.of("a/NCT99900607.xml", first,
                "b/NCT99900607.xml", later)));

        assertEquals(2, count(job, "read"), job::toString);
        assertEquals(1, count(job, "created"), job::toString);
        assertEquals(1, count(job, "updated") + count(job, "unchanged") + count(job, "olderVersions"),
                job::toString);
        assertStudy("NCT99900607");
    }

    @Test
    void theSameFileUploadedTwiceAtOnceMakesOneStudyPerRecord() {
        byte[] file = ItData.zip(Map.of("NCT99900608.xml", copy("NCT99900608"), "NCT99900609.xml",
                copy("NCT99900609")));

        CompletableFuture<JsonObject> first = CompletableFuture.supplyAsync(() -> uploadAndAwait("same-1.zip", file));
        CompletableFuture<JsonObject> second = CompletableFuture.supplyAsync(() -> uploadAndAwait("same-2.zip", file));
        JsonObject a = first.join();
        JsonObject b = second.join();

        assertEquals(2, count(a, "created") + count(b, "created"), () -> a + " / " + b);
        assertEquals(2, count(a, "unchanged") + count(b, "unchanged"), () -> a + " / " + b);
        JsonObject database = probe.database();
        assertTrue(database.getJsonArray("registryIdsOfSeveralStudies").isEmpty(), database::toString);
        assertStudy("NCT99900608");
        assertStudy("NCT99900609");
    }

    @Test
    void anUploadBeyondTheConfiguredLimitIsRefusedWhileStreamedAndLeavesNothing() throws IOException {
        JsonObject before = probe.uploads();
        probe.setting("registry.upload.max.bytes", Long.toString(MIB));
        try {
            // 8 MiB in chunks, no declared length: read until the limit is passed, never held whole
            Optional<HttpResponse<String>> streamed = admin.uploadStream("large.xml", () -> zeros(8 * MIB));
            streamed.ifPresent(response -> {
                assertEquals(413, response.statusCode(), response.body());
                assertTrue(response.body().contains("upload-too-large"), response.body());
            });
            // a declared length of 3 GiB is refused before a byte of the body is read
            String refused = rawPost(AdminApi.IMPORTS, 3L * 1024 * MIB);
            assertTrue(refused.startsWith("HTTP/1.1 413"), refused);

            JsonObject after = probe.uploads();
            assertEquals(before.getJsonNumber("spooled").longValue(), after.getJsonNumber("spooled").longValue(),
                    "no part of a refused upload stays on the server's disk");
            assertEquals(before.getJsonNumber("jobs").longValue(), after.getJsonNumber("jobs").longValue(),
                    "a refused upload starts no job");

            JsonObject small = uploadAndAwait("small.xml", copy("NCT99900610").getBytes(StandardCharsets.UTF_8));
            assertEquals(1, count(small, "created"), "an upload within the limit is still imported: " + small);
        } finally {
            probe.setting("registry.upload.max.bytes", null);
        }
    }

    private static InputStream zeros(long bytes) {
        return new InputStream() {
            private long left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? '0' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) '0');
                left -= n;
                return n;
            }
        };
    }

    /** A POST that declares {@code length} bytes and sends none, over a plain socket; returns the response head. */
    private String rawPost(String path, long length) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "POST " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nAuthorization: " + admin.authorization()
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; "
                    + "filename=\"huge.zip\"\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] head = new byte[200];
            int n = socket.getInputStream().read(head);
            return n <= 0 ? "no answer" : new String(head, 0, n, StandardCharsets.US_ASCII);
        }
    }

    private JsonObject uploadAndAwait(String name, byte[] content) {
        HttpResponse<String> accepted = admin.upload(name, content);
        assertEquals(202, accepted.statusCode(), accepted.body());
        return admin.awaitEnd(AdminApi.json(accepted.body()).getString("url"));
    }

    private List<JsonObject> problems(JsonObject job) {
        HttpResponse<String> listed = admin.get(job.getString("problemsUrl") + "?size=100");
        assertEquals(200, listed.statusCode(), listed.body());
        return AdminApi.json(listed.body()).getJsonArray("problems").getValuesAs(JsonObject.class);
    }

    private void assertStudy(String nctId) {
        HttpResponse<String> study = admin.get("api/studies/" + nctId);
        assertEquals(200, study.statusCode(), () -> nctId + ": " + study.body());
    }

    /** The real record under another (unused) number. */
    private static String copy(String nctId) {
        try {
            return Files.readString(Deployments.sharedData(REAL_XML)).replace(REAL_ID, nctId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
