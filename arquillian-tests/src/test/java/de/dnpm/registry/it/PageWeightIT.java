package de.dnpm.registry.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a first visit to the search page transfers, as a browser that accepts gzip would: the page, its style sheets
 * and scripts, and the web fonts the style sheets name, fetched once each. The budget is 500 KB (1.36 MB before the
 * domain compressed its responses: scripts/harden-domain.sh). Bodies only; headers add a few hundred bytes each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWeightIT {

    private static final long BUDGET_BYTES = 500 * 1024;
    /** Below this GlassFish does not compress (compression-min-size-bytes in harden-domain.sh). */
    private static final long COMPRESSION_THRESHOLD_BYTES = 1024;
    private static final Pattern TAG = Pattern.compile("<(link|script)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+\\.woff2[^'\")]*)['\"]?\\s*\\)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("page-weight-it.war");
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theSearchPageFirstLoadTransfersAtMost500KilobytesAndEveryTextResourceIsCompressed() {
        new ServerProbe(base).awaitSettled(); // the start page lists the bundled sample's studies
        URI page = URI.create(base.toString() + "index.xhtml");
        Transfer html = fetch(page);
        List<Transfer> transfers = new ArrayList<>(List.of(html));
        for (URI resource : resourcesOf(page, html.text())) {
            Transfer transfer = fetch(resource);
            transfers.add(transfer);
            if (transfer.contentType().startsWith("text/css")) {
                fontsOf(resource, transfer.text()).forEach(font -> transfers.add(fetch(font)));
            }
        }

        String table = String.join("\n", transfers.stream().map(Transfer::describe).toList());
        long total = transfers.stream().mapToLong(Transfer::transferredBytes).sum();
        assertTrue(transfers.stream().anyMatch(t -> t.uri().toString().contains(".js")), "scripts found:\n" + table);
        assertTrue(transfers.stream().anyMatch(t -> t.contentType().startsWith("text/css")), "styles found:\n" + table);
        List<String> uncompressed = transfers.stream()
                .filter(t -> t.compressible() && t.bodyBytes() >= COMPRESSION_THRESHOLD_BYTES && !t.gzipped())
                .map(Transfer::describe).toList();
        assertEquals(List.of(), uncompressed, "text sent uncompressed; all transfers:\n" + table);
        assertTrue(total <= BUDGET_BYTES, total + " bytes transferred, budget " + BUDGET_BYTES + ":\n" + table);
        // the measured weight in the test's output, for the benchmarks and notes
        System.out.println("first load of the search page: " + total + " bytes transferred\n" + table);
    }

    /** Style sheets, icons and scripts with a source, in page order, without repeats. */
    private static Set<URI> resourcesOf(URI page, String html) {
        Set<URI> resources = new LinkedHashSet<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String attributes = tag.group(2);
            boolean linked = attribute(attributes, "rel").matches("(?i).*\\b(stylesheet|icon)\\b.*");
            String url = tag.group(1).equalsIgnoreCase("script") ? attribute(attributes, "src")
                    : linked ? attribute(attributes, "href") : "";
            if (!url.isEmpty()) {
                resources.add(page.resolve(url.replace("&amp;", "&")));
            }
        }
        return resources;
    }

    private static Set<URI> fontsOf(URI styleSheet, String css) {
        Set<URI> fonts = new LinkedHashSet<>();
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            fonts.add(styleSheet.resolve(url.group(1).strip()));
        }
        return fonts;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE)
                .matcher(attributes);
        return value.find() ? value.group(1) : "";
    }

    private Transfer fetch(URI uri) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip")
                    .header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), uri.toString());
            return new Transfer(uri, response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Encoding").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One response as it came over the wire: the body as sent (compressed or not). */
    private record Transfer(URI uri, String contentType, String contentEncoding, byte[] body) {

        long transferredBytes() {
            return body.length;
        }

        boolean gzipped() {
            return contentEncoding.equalsIgnoreCase("gzip");
        }

        boolean compressible() {
            return contentType.matches("(?i)(text/.*|application/(javascript|json|xml).*|image/svg\\+xml.*)");
        }

        /** The size before compression. */
        long bodyBytes() {
            return decoded().length;
        }

        String text() {
            return new String(decoded(), StandardCharsets.UTF_8);
        }

        private byte[] decoded() {
            if (!gzipped()) {
                return body;
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String describe() {
            return String.format("%9d bytes %-5s %-35s %s", body.length,
                    contentEncoding.isEmpty() ? "-" : contentEncoding, contentType, uri);
        }
    }
}
