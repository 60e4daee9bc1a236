package de.dnpm.registry.rest;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/**
 * The REST API under {@code /api}, and the application's default database: an H2 file beside the GlassFish domain.
 * An operator (or the PostgreSQL integration tests) replaces the data source by a {@code <data-source>} of the same
 * name in {@code WEB-INF/web.xml}, which takes precedence over this annotation. Jersey's generated WADL
 * ({@code /api/application.wadl}, and the answer to OPTIONS) is switched off: it would describe the admin API to anyone.
 */
@ApplicationPath("api")
@DataSourceDefinition(
        name = "java:app/jdbc/registry",
        // a plain driver, not H2's XA data source: with XA, transactions cut off by a crash were left holding locks
        className = "org.h2.Driver",
        // WRITE_DELAY=0: a committed batch is on disk when the commit returns, so kill -9 cannot take it back
        url = "jdbc:h2:file:${com.sun.aas.instanceRoot}/data/registry;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
        user = "sa",
        password = "sa")
public class RegistryApplication extends Application {

    static final String DISABLE_WADL = "jersey.config.server.wadl.disableWadl";

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(DISABLE_WADL, true);
    }
}
