package de.dnpm.registry.rest.feed;

import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.rest.SearchRequest;
import de.dnpm.registry.rest.export.ExportTexts;
import de.dnpm.registry.rest.export.ExportedStudy;
import de.dnpm.registry.rest.export.PortalLinks;
import de.dnpm.registry.rest.export.StudyExports;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /api/feeds/studies?<the search's parameters>}: an Atom feed of the studies the search finds, the most
 * recently updated first, at most {@value #ENTRIES}: the first page of the same search ordered by last update
 * ({@code sort=updated}), whatever order the parameters ask for.
 */
@Path("feeds")
@RequestScoped
public class StudyFeedResource {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    /** Entries of one feed: what a feed reader shows, not an export. */
    public static final int ENTRIES = 50;
    private static final int MAX_AGE = 300;

    @Inject
    StudyCatalog catalog;

    @Inject
    StudyExports exports;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Path("studies")
    @Produces(ATOM)
    public Response studies(@BeanParam SearchRequest request) {
        SearchRequest.Parsed parsed = request.parse(catalog::place);
        StudyHits newestFirst = catalog.search(parsed.query().withOrder(StudyQuery.Order.UPDATED).withPage(0, ENTRIES));
        List<Long> newest = newestFirst.hits().stream().map(StudyHit::studyId).toList();
        PortalLinks links = new PortalLinks(uriInfo.getBaseUri());
        List<ExportedStudy> studies = exports.load(newest, links);
        ExportTexts texts = ExportTexts.of(headers);
        String self = uriInfo.getRequestUri().toString();
        String text = parsed.parameters().text();
        AtomFeedWriter.Head head = new AtomFeedWriter.Head(self, self,
                links.searchPage(uriInfo.getRequestUri().getRawQuery()),
                text == null ? texts.text("feed.title") : texts.text("feed.title.search", text),
                texts.text("feed.subtitle", ENTRIES));
        StreamingOutput body = out -> {
            try {
                new AtomFeedWriter(texts).write(head, studies, out);
            } catch (XMLStreamException e) {
                throw new IOException("writing the Atom feed failed", e);
            }
        };
        CacheControl cache = new CacheControl();
        cache.setNoTransform(false);
        // a feed for a patient's description is kept by no cache, as the search itself
        if (parsed.patientNote() == null) {
            cache.setMaxAge(MAX_AGE);
        } else {
            cache.setNoStore(true);
        }
        return Response.ok(body, ATOM).cacheControl(cache).build();
    }
}
