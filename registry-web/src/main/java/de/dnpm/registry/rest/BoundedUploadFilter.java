package de.dnpm.registry.rest;

import de.dnpm.registry.infrastructure.RegistryConfiguration;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses an upload whose declared length exceeds the upload limit ({@code registry.upload.max.bytes}, plus the
 * multipart overhead) before its body is read, and bounds the body of the others as it is read, since a chunked request
 * declares no length. It runs after authorisation, so an anonymous caller is never read at all.
 */
@Provider
@BoundedUpload
public class BoundedUploadFilter implements ContainerRequestFilter {

    @Inject
    RegistryConfiguration configuration;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = configuration.maxUploadBytes();
        long withOverhead = limit + UploadLimit.MULTIPART_OVERHEAD_BYTES;
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared.strip(), withOverhead)) {
            throw UploadLimit.tooLarge(limit);
        }
        request.setEntityStream(UploadLimit.bounded(request.getEntityStream(), withOverhead));
    }

    static boolean exceeds(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength) > limit;
        } catch (NumberFormatException e) {
            // longer than a long, or garbage the container would have refused anyway
            return contentLength.chars().allMatch(Character::isDigit);
        }
    }
}
