package de.dnpm.registry.importer.ctgov;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Keeps requests to one server at least a fixed spacing apart (start to start), so a sync never exceeds the rate the
 * server asks for, and performs the pauses between retries.
 */
final class RequestPacer {

    private final InstantSource clock;
    private final Sleeper sleeper;
    private final Duration spacing;
    private Instant lastStart;

    RequestPacer(InstantSource clock, Sleeper sleeper, Duration spacing) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.spacing = spacing;
    }

    /** Waits until the spacing since the previous request has passed; the caller then sends at once. */
    synchronized void awaitTurn() throws InterruptedException {
        if (lastStart != null) {
            Duration wait = Duration.between(clock.instant(), lastStart.plus(spacing));
            if (wait.isPositive()) {
                sleeper.sleep(wait);
            }
        }
        lastStart = clock.instant();
    }

    void pause(Duration duration) throws InterruptedException {
        sleeper.sleep(duration);
    }
}
