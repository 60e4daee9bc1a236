package de.dnpm.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;

/**
 * The portal's settings in one place. Each is read from a system property (set with {@code asadmin
 * create-system-properties} or {@code -D}), then from the environment, then falls back to a documented default.
 * <ul>
 *   <li>{@code registry.data.dir} / {@code REGISTRY_DATA_DIR}: where the Lucene index lives; default
 *       {@code <domain>/data} beside the H2 database, or {@code <tmp>/registry-data} outside GlassFish.</li>
 *   <li>{@code registry.sample.import} / {@code REGISTRY_SAMPLE_IMPORT}: import the bundled sample of real studies
 *       when the database is empty; default {@code true}.</li>
 * </ul>
 */
@ApplicationScoped
public class RegistryConfiguration {

    public Path dataDirectory() {
        String configured = setting("registry.data.dir", "REGISTRY_DATA_DIR");
        if (configured != null) {
            return Path.of(configured);
        }
        String domain = System.getProperty("com.sun.aas.instanceRoot");
        return domain != null ? Path.of(domain, "data") : Path.of(System.getProperty("java.io.tmpdir"), "registry-data");
    }

    public Path indexDirectory() {
        return dataDirectory().resolve("index");
    }

    public boolean sampleImportEnabled() {
        String configured = setting("registry.sample.import", "REGISTRY_SAMPLE_IMPORT");
        return configured == null || Boolean.parseBoolean(configured);
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
