package de.dnpm.registry.infrastructure;

import de.dnpm.registry.search.application.StudyIndex;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Owns the one open Lucene study index of this application, from deployment to undeployment. An index that cannot
 * be opened (corrupt files, say) is moved aside and a new, empty one takes its place: the index is derived data, and
 * the indexer rebuilds it from the database.
 */
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
            index = openOrReplace(directory);
            LOG.log(System.Logger.Level.INFO, "Study index opened at {0}", directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the study index at " + directory, e);
        }
    }

    private static StudyIndex openOrReplace(Path directory) throws IOException {
        try {
            return StudyIndex.open(directory);
        } catch (LockObtainFailedException inUse) {
            // another application (or server) holds the index: not broken, and not ours to move
            throw inUse;
        } catch (IOException | RuntimeException e) {
            Path aside = directory.resolveSibling(directory.getFileName() + ".broken-" + Instant.now().toEpochMilli());
            LOG.log(System.Logger.Level.ERROR, "The study index at " + directory + " cannot be opened; moved to "
                    + aside + " and started anew (it will be rebuilt from the database)", e);
            Files.move(directory, aside);
            Files.createDirectories(directory);
            return StudyIndex.open(directory);
        }
    }

    public StudyIndex index() {
        return index;
    }

    /**
     * Closing releases Lucene's write.lock, so a redeployed application can open the index again, and lets the shared
     * concept dictionary and gazetteer go (an application server may keep an undeployed application's classes alive).
     */
    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Closing the study index failed", e);
        } finally {
            ConceptDictionaryLoader.release();
            GazetteerLoader.release();
        }
    }
}
