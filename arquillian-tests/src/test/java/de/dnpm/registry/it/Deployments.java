package de.dnpm.registry.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The real WAR as built by registry-web, for the database named by the system property {@code it.db}: h2 (the
 * embedded default, unchanged) or postgres, where a copy of the WAR's own web.xml gains a {@code <data-source>} of the
 * same JNDI name, which replaces the H2 {@code @DataSourceDefinition} (STACK.md §4, §6). The database (and the
 * domain's index) is shared by every IT class of one pass, so each test uses its own records or ids.
 */
public final class Deployments {

    private Deployments() {
    }

    static WebArchive realWar(String name) {
        File war = new File(System.getProperty("war.file", "target/deployments/registry-web.war"));
        return forDatabase(ShrinkWrap.create(ZipImporter.class, name).importFrom(war).as(WebArchive.class));
    }

    /**
     * The real WAR for tests that run inside GlassFish: with the helpers they share and the absolute path of the
     * shared data folder (the server runs on this machine, so a job can read a folder of it directly).
     */
    static WebArchive inContainer(String name) {
        return realWar(name)
                .addClasses(Awaits.class, ServerActivity.class, ItData.class, CtgovJson.class, ItDatabase.class,
                        DatabaseCounts.class)
                .addAsResource(new StringAsset(sharedData("").toAbsolutePath().normalize().toString()),
                        ItData.SHARED_DATA_PATH);
    }

    /**
     * The real WAR plus the test-only probe under {@code /api/it} ({@link ItProbeResource}), through which tests
     * that run outside the server wait for imports and the index and read database counts.
     */
    static WebArchive withProbe(String name) {
        return realWar(name).addClasses(ItProbeResource.class, ServerActivity.class, ItDatabase.class,
                DatabaseCounts.class);
    }

    /** Points a copy of the real WAR at the database under test. */
    public static WebArchive forDatabase(WebArchive archive) {
        if (usesPostgres()) {
            String webXml = read(archive, "WEB-INF/web.xml");
            archive.delete("WEB-INF/web.xml");
            archive.addAsWebInfResource(new StringAsset(webXml.replace("</web-app>", postgresDataSource() + "</web-app>")),
                    "web.xml");
        }
        return archive;
    }

    static boolean usesPostgres() {
        return "postgres".equals(System.getProperty("it.db"));
    }

    static Path sharedData(String relative) {
        return Path.of(System.getProperty("shared.data", "../../shared/data")).resolve(relative);
    }

    private static String postgresDataSource() {
        String port = System.getProperty("it.pg.port", "55432");
        return """
                  <data-source>
                    <name>java:app/jdbc/registry</name>
                    <class-name>org.postgresql.ds.PGSimpleDataSource</class-name>
                    <url>jdbc:postgresql://127.0.0.1:%s/registry?reWriteBatchedInserts=true</url>
                    <user>registry</user>
                    <password>registry</password>
                  </data-source>
                """.formatted(port);
    }

    private static String read(WebArchive archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
