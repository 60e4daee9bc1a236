package de.dnpm.registry.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses an upload whose declared length exceeds {@link UploadLimit#MAX_BYTES} (plus the multipart overhead) before
 * its body is read, and bounds the body of the others as it is read, since a chunked request declares no length.
 * It runs after authorisation, so an anonymous caller is never read at all.
 */
@Provider
@BoundedUpload
public class BoundedUploadFilter implements ContainerRequestFilter {

    static final long LIMIT = UploadLimit.MAX_BYTES + UploadLimit.MULTIPART_OVERHEAD_BYTES;

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared.strip())) {
            throw UploadLimit.tooLarge();
        }
        request.setEntityStream(UploadLimit.bounded(request.getEntityStream(), LIMIT));
    }

    static boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength) > LIMIT;
        } catch (NumberFormatException e) {
            // longer than a long, or garbage the container would have refused anyway
            return contentLength.chars().allMatch(Character::isDigit);
        }
    }
}
