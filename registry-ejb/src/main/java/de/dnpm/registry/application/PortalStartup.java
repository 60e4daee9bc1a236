package de.dnpm.registry.application;

import de.dnpm.registry.infrastructure.RegistryConfiguration;
import de.dnpm.registry.infrastructure.StudyRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Brings a new installation to life: on an empty database it imports the bundled sample of real studies (listed in
 * {@code sample-data/files.txt} on the class path), and it rebuilds the index when it is missing or stale.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalStartup {

    private static final System.Logger LOG = System.getLogger(PortalStartup.class.getName());
    static final String SAMPLE_LIST = "sample-data/files.txt";

    @Inject
    RegistryConfiguration configuration;

    @Inject
    StudyRepository studies;

    @Inject
    StudyImporter importer;

    @Inject
    StudyIndexer indexer;

    @PostConstruct
    void start() {
        if (configuration.sampleImportEnabled() && studies.count() == 0) {
            importSample();
        }
        indexer.rebuildIfStale();
    }

    private void importSample() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String file : sampleFiles(loader)) {
            try (InputStream in = loader.getResourceAsStream("sample-data/" + file)) {
                if (in == null) {
                    LOG.log(System.Logger.Level.WARNING, "Sample file {0} is listed but missing", file);
                    continue;
                }
                importer.importStream(file, in);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Importing sample file " + file + " failed", e);
            }
        }
    }

    private static List<String> sampleFiles(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(SAMPLE_LIST)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "Cannot read " + SAMPLE_LIST, e);
            return List.of();
        }
    }
}
