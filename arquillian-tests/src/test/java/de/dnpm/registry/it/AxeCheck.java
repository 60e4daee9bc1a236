package de.dnpm.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core run in the page a browser shows. The script is the npm package's axe.min.js, fetched by the build
 * (arquillian-tests/pom.xml, profile axe-core; the CLI would download its own chromedriver: STACK.md §8), injected
 * through WebDriver, which the page's Content-Security-Policy does not apply to (a script tag would be refused).
 */
final class AxeCheck {

    /** Everything axe checks by default (WCAG 2.x A and AA, best practices), reported as plain data. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(result => done(JSON.stringify({
                rulesPassed: result.passes.length,
                violations: result.violations.map(v => ({
                  rule: v.id, impact: v.impact || 'unknown', help: v.help, helpUrl: v.helpUrl,
                  targets: v.nodes.map(node => node.target.flat(Infinity).join(' '))
                }))
              })))
              .catch(error => done(JSON.stringify({error: String(error)})));
            """;

    private final String axeSource;

    private AxeCheck(String axeSource) {
        this.axeSource = axeSource;
    }

    /** The axe.min.js the build fetched (system property axe.script, set by failsafe). */
    static AxeCheck fromBuild() {
        Path script = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("axe-core is missing at " + script + "; mvn verify fetches it with npm "
                    + "(profile axe-core in arquillian-tests/pom.xml)");
        }
        try {
            return new AxeCheck(Files.readString(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations on the page now shown; fails when axe itself could not run, so a silent no-op cannot pass. */
    List<AxeViolation> check(WebDriver browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(axeSource);
        }
        JsonObject result;
        try (JsonReader reader = Json.createReader(new StringReader((String) page.executeAsyncScript(RUN)))) {
            result = reader.readObject();
        }
        if (result.containsKey("error") || result.getInt("rulesPassed") == 0) {
            throw new IllegalStateException("axe did not run on " + browser.getCurrentUrl() + ": " + result);
        }
        return result.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> new AxeViolation(v.getString("rule"), v.getString("impact"), v.getString("help"),
                        v.getString("helpUrl"), v.getJsonArray("targets").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString).toList()))
                .toList();
    }
}
