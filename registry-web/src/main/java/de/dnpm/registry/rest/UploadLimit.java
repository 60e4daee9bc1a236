package de.dnpm.registry.rest;

import de.dnpm.registry.application.ImportSourceException;
import de.dnpm.registry.importer.domain.ImportLimits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that enforces the upload limit ({@code registry.upload.max.bytes}, default
 * {@link ImportLimits#MAX_UPLOAD_BYTES}, 2 GiB) while a request body is read. The import service enforces the limit
 * when it stores an upload; the interfaces check it early so that an oversized request is refused before it fills the
 * disk (the multipart parser buffers parts to temporary files). web.xml's {@code multipart-config} of the pages caps
 * form uploads at the default, as XML cannot refer to a setting.
 */
public final class UploadLimit {

    /** Room for the multipart boundaries and part headers around the file itself. */
    public static final long MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

    private UploadLimit() {
    }

    /** A view of {@code in} that throws ImportSourceException (TOO_LARGE) once more than {@code limit} bytes come. */
    public static InputStream bounded(InputStream in, long limit) {
        return new Bounded(in, limit);
    }

    static ImportSourceException tooLarge(long limit) {
        return new ImportSourceException(ImportSourceException.Reason.TOO_LARGE,
                "the upload is larger than " + limit + " bytes");
    }

    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
