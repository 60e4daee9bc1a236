package de.dnpm.registry.rest;

import jakarta.ws.rs.core.CacheControl;

/** The Cache-Control values of the API: short public caching for studies, none for anything of the admin API. */
final class Caching {

    private Caching() {
    }

    static CacheControl maxAge(int seconds) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(seconds);
        cache.setNoTransform(false);
        return cache;
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoTransform(false);
        return cache;
    }
}
