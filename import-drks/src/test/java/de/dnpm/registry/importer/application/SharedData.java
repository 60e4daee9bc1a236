package de.dnpm.registry.importer.application;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the shared real records: the system property {@code shared.data} that surefire sets. */
public final class SharedData {

    private SharedData() {
    }

    public static Path path(String relative) {
        String root = System.getProperty("shared.data");
        if (root == null) {
            throw new IllegalStateException("system property shared.data is not set (surefire sets it from the parent pom)");
        }
        Path path = Path.of(root).resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("missing shared test data: " + path);
        }
        return path;
    }

    public static Path ctgovJson(String relative) {
        return path("ctgov/ctgov-v2-json/" + relative);
    }

    public static Path ctgovXml(String relative) {
        return path("ctgov/ctgov-xml/" + relative);
    }
}
