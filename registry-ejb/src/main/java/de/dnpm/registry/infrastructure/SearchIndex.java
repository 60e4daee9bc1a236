package de.dnpm.registry.infrastructure;

import de.dnpm.registry.search.application.StudyIndex;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Owns the one open Lucene study index of this application, from deployment to undeployment. */
@ApplicationScoped
public class SearchIndex {

    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());

    @Inject
    RegistryConfiguration configuration;

    private StudyIndex index;

    @PostConstruct
    void open() {
        Path directory = configuration.indexDirectory();
        try {
            Files.createDirectories(directory);
            index = StudyIndex.open(directory);
            LOG.log(System.Logger.Level.INFO, "Study index opened at {0}", directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the study index at " + directory, e);
        }
    }

    public StudyIndex index() {
        return index;
    }

    /** Closing releases Lucene's write.lock, so a redeployed application can open the index again. */
    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Closing the study index failed", e);
        }
    }
}
