package de.dnpm.registry.quality;

import java.io.IOException;
import java.util.List;

/** A system under evaluation: the NCT numbers it ranks for a topic, best first, at most {@code depth}. */
interface Ranker {
    List<String> rank(String topic, boolean patientNote, int depth) throws IOException;
}
