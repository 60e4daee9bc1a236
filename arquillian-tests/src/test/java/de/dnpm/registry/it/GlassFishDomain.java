package de.dnpm.registry.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The managed GlassFish domain as its operating system sees it, for a test that kills it and starts it again. The
 * restarted domain is the one Arquillian manages (same domain1, same admin port, the deployed application in
 * its domain.xml, the heap size the adapter wrote there), so Arquillian undeploys and stops it as usual afterwards.
 * asadmin runs with this JVM's environment, which failsafe gave AS_JAVA and REGISTRY_ADMIN_PASSWORD.
 */
final class GlassFishDomain {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path home = Path.of(System.getProperty("glassfish.home", "target/glassfish/glassfish8"));

    long pid() throws IOException {
        return Long.parseLong(Files.readString(domain().resolve("config/pid")).strip());
    }

    /** SIGKILL on Linux: no shutdown hook, no @PreDestroy, nothing flushed. Returns when the process is gone. */
    void kill() throws IOException, InterruptedException {
        long pid = pid();
        ProcessHandle server = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("no GlassFish process " + pid));
        server.destroyForcibly();
        try {
            server.onExit().get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("GlassFish process " + pid + " did not die", e);
        }
    }

    /** {@code asadmin start-domain domain1}; returns when asadmin reports the domain started. */
    void start() throws IOException, InterruptedException {
        Path log = home.getParent().resolve("start-domain-after-kill.log");
        Process asadmin = new ProcessBuilder(home.resolve("bin/asadmin").toString(), "start-domain", "domain1")
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!asadmin.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            asadmin.destroyForcibly();
            throw new IllegalStateException("asadmin start-domain did not return: " + Files.readString(log));
        }
        if (asadmin.exitValue() != 0) {
            throw new IllegalStateException("asadmin start-domain failed: " + Files.readString(log));
        }
    }

    /**
     * The server's threads ({@code jcmd <pid> Thread.print}), written to {@code target/} and returned, for a test that
     * must say where the server was stuck before it kills it.
     */
    String threadDump(String name) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "Thread.print")
                .redirectErrorStream(true).start();
        String dump = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor(1, TimeUnit.MINUTES);
        Files.writeString(home.getParent().resolve(name), dump);
        return dump;
    }

    private Path domain() {
        return home.resolve("glassfish/domains/domain1");
    }
}
