package de.dnpm.registry.application;

import java.util.Set;

/** Fired inside a transaction that changed these studies; observers act once it has committed. */
public record StudiesChanged(Set<Long> studyIds) {
}
