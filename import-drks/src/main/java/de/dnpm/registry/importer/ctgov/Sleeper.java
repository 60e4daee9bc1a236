package de.dnpm.registry.importer.ctgov;

import java.time.Duration;

/** Waits; {@code Thread::sleep} in production, a fake clock's advance in tests so that they do not really wait. */
@FunctionalInterface
interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
}
