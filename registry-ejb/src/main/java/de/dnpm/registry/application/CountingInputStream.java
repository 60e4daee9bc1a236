package de.dnpm.registry.application;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells how many bytes have been read through it, for an import's progress bar. */
final class CountingInputStream extends FilterInputStream {

    private final LongConsumer progress;
    private long count;

    CountingInputStream(InputStream in, long alreadyRead, LongConsumer progress) {
        super(in);
        this.count = alreadyRead;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            progress.accept(++count);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            progress.accept(count);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        progress.accept(count);
        return skipped;
    }

    long count() {
        return count;
    }
}
