package de.dnpm.registry.importer.drks;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The official DRKS JSON Schema 2.0.19 (draft 2020-12), loaded once from the class path (see
 * {@code DRKS_Schema-2.0.19.PROVENANCE.txt} beside it), and what it says about one trial object.
 */
final class DrksSchema {

    static final String RESOURCE = "DRKS_Schema-2.0.19.json";

    /** One schema violation: where in the trial (a JSON Pointer, RFC 6901; "" for the trial itself) and what. */
    record Violation(String pointer, String message) {
    }

    private static final Schema SCHEMA = load();

    private DrksSchema() {
    }

    /** The violations of one trial object given as JSON text; an empty list for a valid trial. */
    static List<Violation> validate(String trialJson) {
        List<Violation> violations = new ArrayList<>();
        for (Error error : SCHEMA.validate(trialJson, InputFormat.JSON)) {
            violations.add(new Violation(pointer(error.getInstanceLocation()), error.getMessage()));
        }
        return List.copyOf(violations);
    }

    /*
     * The schema has "$schema": draft 2020-12, whose meta-schema the validator carries itself; all its $refs are local
     * ("#/$defs/..."), so validation never reaches the network. "format" (date) is only annotated, as draft 2020-12
     * says by default; dates are checked where they are mapped.
     */
    private static Schema load() {
        try (InputStream in = DrksSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The location as a JSON Pointer, whatever path notation the validator is configured with. */
    private static String pointer(NodePath path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            s.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }
}
