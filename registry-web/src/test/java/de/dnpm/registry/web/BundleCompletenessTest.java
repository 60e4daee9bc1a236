package de.dnpm.registry.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text exists in German and English: each bundle under src/main/resources comes as a pair (base = English,
 * _de = German) with the same keys, no key written twice in one file, no empty text; and every key a page asks for
 * with {@code #{var['key']}} exists in both languages of the bundle faces-config.xml registers under that var. Works
 * on the files, so a new bundle pair or a new page is checked without touching this test.
 */
class BundleCompletenessTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String GERMAN_SUFFIX = "_de.properties";
    /** A literal key in EL: msg['search.heading'], also inside larger expressions (a ? msg['x'] : msg['y']). */
    private static final Pattern KEY_IN_PAGE = Pattern.compile("\\b([A-Za-z_]\\w*)\\['([^'\\s]+)'\\]");
    private static final Pattern REGISTERED_BUNDLE = Pattern.compile(
            "<resource-bundle>\\s*<base-name>([^<]+)</base-name>\\s*<var>([^<]+)</var>\\s*</resource-bundle>");

    @Test
    void everyBundleHasTheSameKeysInGermanAndEnglish() {
        List<Path> englishFiles = bundleFiles().stream()
                .filter(file -> !file.getFileName().toString().endsWith(GERMAN_SUFFIX)).toList();
        assertTrue(englishFiles.size() >= 3, "messages, info and the REST problems at least: " + englishFiles);
        List<String> differences = new ArrayList<>();
        for (Path english : englishFiles) {
            Path german = germanPartner(english);
            if (!Files.exists(german)) {
                differences.add(RESOURCES.relativize(english) + " has no German partner " + german.getFileName());
                continue;
            }
            Set<String> onlyEnglish = new TreeSet<>(keys(english));
            onlyEnglish.removeAll(keys(german));
            Set<String> onlyGerman = new TreeSet<>(keys(german));
            onlyGerman.removeAll(keys(english));
            if (!onlyEnglish.isEmpty()) {
                differences.add(german.getFileName() + " lacks " + onlyEnglish);
            }
            if (!onlyGerman.isEmpty()) {
                differences.add(english.getFileName() + " lacks " + onlyGerman);
            }
        }
        for (Path file : bundleFiles()) {
            String name = file.getFileName().toString();
            if (name.endsWith(GERMAN_SUFFIX) && !Files.exists(file.resolveSibling(
                    name.substring(0, name.length() - GERMAN_SUFFIX.length()) + ".properties"))) {
                differences.add(RESOURCES.relativize(file) + " has no English base bundle");
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void noKeyIsWrittenTwiceOrLeftEmpty() {
        List<String> problems = new ArrayList<>();
        for (Path file : bundleFiles()) {
            Set<String> seen = new HashSet<>();
            for (String key : keysInOrder(file)) {
                if (!seen.add(key)) {
                    problems.add(file.getFileName() + ": " + key + " twice (the last one silently wins)");
                }
            }
            load(file).forEach((key, value) -> {
                if (value.toString().isBlank()) {
                    problems.add(file.getFileName() + ": " + key + " is empty");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyAPageUsesExistsInBothLanguages() {
        Map<String, String> bundleOfVar = registeredBundles();
        assertTrue(bundleOfVar.keySet().containsAll(Set.of("msg", "info")), bundleOfVar.toString());
        Map<String, Set<String>> englishKeys = new TreeMap<>();
        Map<String, Set<String>> germanKeys = new TreeMap<>();
        bundleOfVar.forEach((var, baseName) -> {
            Path english = RESOURCES.resolve(baseName.replace('.', '/') + ".properties");
            englishKeys.put(var, keys(english));
            germanKeys.put(var, keys(germanPartner(english)));
        });

        List<String> missing = new ArrayList<>();
        int used = 0;
        for (Path page : pages()) {
            Matcher key = KEY_IN_PAGE.matcher(read(page));
            while (key.find()) {
                String var = key.group(1);
                if (!bundleOfVar.containsKey(var)) {
                    continue; // another map or bean, e.g. param['id']
                }
                used++;
                String where = WEBAPP.relativize(page) + ": " + var + "['" + key.group(2) + "']";
                if (!englishKeys.get(var).contains(key.group(2))) {
                    missing.add(where + " missing in English");
                }
                if (!germanKeys.get(var).contains(key.group(2))) {
                    missing.add(where + " missing in German");
                }
            }
        }
        assertTrue(used > 200, "the pages' keys were found: " + used);
        assertEquals(List.of(), missing);
    }

    @Test
    void theKeyPatternFindsKeysInsideLargerExpressions() {
        Matcher matcher = KEY_IN_PAGE.matcher("#{searchView.searched ? msg['search.count'] : info['x.y']} param['id']");
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1) + ":" + matcher.group(2));
        }
        assertEquals(List.of("msg:search.count", "info:x.y", "param:id"), found);
    }

    private static Map<String, String> registeredBundles() {
        Map<String, String> bundles = new TreeMap<>();
        Matcher registered = REGISTERED_BUNDLE.matcher(read(WEBAPP.resolve("WEB-INF/faces-config.xml")));
        while (registered.find()) {
            bundles.put(registered.group(2).strip(), registered.group(1).strip());
        }
        return bundles;
    }

    private static Path germanPartner(Path english) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.substring(0, name.length() - ".properties".length()) + GERMAN_SUFFIX);
    }

    private static List<Path> bundleFiles() {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> pages() {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Path file) {
        return load(file).stringPropertyNames();
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * The keys as written, duplicates kept (Properties keeps only the last): the text before the first '=' or ':' of
     * each logical line, skipping comments and the continuation lines of a value that ends in a backslash.
     */
    private static List<String> keysInOrder(Path file) {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : read(file).split("\\R")) {
            String trimmed = line.strip();
            boolean wasContinuation = continued;
            continued = endsWithUnescapedBackslash(line);
            if (wasContinuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
                end += trimmed.charAt(end) == '\\' ? 2 : 1;
            }
            keys.add(trimmed.substring(0, Math.min(end, trimmed.length())));
        }
        return keys;
    }

    private static boolean endsWithUnescapedBackslash(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
