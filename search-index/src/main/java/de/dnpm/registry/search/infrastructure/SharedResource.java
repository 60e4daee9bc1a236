package de.dnpm.registry.search.infrastructure;

import java.util.function.Supplier;

/**
 * A large read-only resource (the concept dictionary, the gazetteer) that every user of this class loader shares:
 * loaded once, on first use, and let go when the application is undeployed ({@link #release()}), since an application
 * server may keep an undeployed application's classes, and so their static fields, alive for a while.
 */
final class SharedResource<T> {

    private final Supplier<T> loader;
    private volatile T value;

    SharedResource(Supplier<T> loader) {
        this.loader = loader;
    }

    T get() {
        T loaded = value;
        if (loaded == null) {
            synchronized (this) {
                loaded = value;
                if (loaded == null) {
                    loaded = loader.get();
                    value = loaded;
                }
            }
        }
        return loaded;
    }

    void release() {
        value = null;
    }
}
