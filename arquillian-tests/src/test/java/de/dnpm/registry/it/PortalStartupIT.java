package de.dnpm.registry.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An index error never fails the deployment (issue 8, defect 7): the domain's index is damaged on disk before the
 * application is deployed; the deployment must succeed, the damaged index be moved aside, and the rebuild from the
 * database (on the indexer's own thread) end with the index holding exactly the database's studies. That the rebuild
 * and the sample import run behind the deployment rather than inside it is not asserted here: on a small database
 * both can end before the deployment does, so a timing check would be flaky.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalStartupIT {

    /** The IT domain's data folder (registry.data.dir is not set for the ITs: the default under the domain). */
    private static final Path DATA = Path.of(System.getProperty("glassfish.home",
            "target/glassfish/glassfish8"), "glassfish", "domains", "domain1", "data");

    private static List<Path> brokenBefore;

    @Deployment(testable = false)
    static WebArchive deployment() {
        brokenBefore = movedAside();
        damageIndex();
        return Deployments.withProbe("startup-it.war");
    }

    @ArquillianResource
    URL base;

    @Test
    void aDamagedIndexDoesNotFailTheDeploymentAndIsRebuiltFromTheDatabase() {
        ServerProbe probe = new ServerProbe(base);
        assertTrue(probe.answers(), "the application answers although its index was damaged");

        probe.awaitSettled();

        List<Path> broken = movedAside();
        broken.removeAll(brokenBefore);
        assertEquals(1, broken.size(), () -> "the damaged index was moved aside once: " + broken);
        JsonObject commit = probe.indexCommit();
        assertTrue(commit.containsKey("installation"), () -> "the new index was committed by a rebuild: " + commit);
        JsonObject database = probe.database();
        long studies = database.getJsonNumber("studies").longValue();
        assertTrue(studies > 0, "the database holds studies (earlier test classes', or at least the sample)");
        assertTrue(probe.indexDifferences().startsWith("database " + studies + ", index " + studies + ";"),
                probe::indexDifferences);
    }

    /** Overwrites the commit points of the domain's index with junk, as a disk fault might (or plants one). */
    private static void damageIndex() {
        Path index = DATA.resolve("index");
        try {
            Files.createDirectories(index);
            List<Path> commits;
            try (Stream<Path> files = Files.list(index)) {
                commits = files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList();
            }
            for (Path commit : commits.isEmpty() ? List.of(index.resolve("segments_1")) : commits) {
                Files.writeString(commit, "not a Lucene commit point", StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> movedAside() {
        if (!Files.isDirectory(DATA)) {
            return new java.util.ArrayList<>(); // a new domain
        }
        try (Stream<Path> files = Files.list(DATA)) {
            return new java.util.ArrayList<>(
                    files.filter(f -> f.getFileName().toString().startsWith("index.broken-")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
