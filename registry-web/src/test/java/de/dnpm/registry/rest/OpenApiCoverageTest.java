package de.dnpm.registry.rest;

import de.dnpm.registry.rest.DeclaredOperations.Operation;
import de.dnpm.registry.rest.DeclaredOperations.Param;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the hand-written {@code openapi.json} true to the code: every operation and parameter the JAX-RS resources of
 * this package declare (also inside {@code @BeanParam} classes) is described, with a description; nothing described
 * is gone; media types and roles agree. Each failure names what to add or remove in the document.
 */
class OpenApiCoverageTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");
    private static final String SECURITY_SCHEME = "basicAuth";

    private final JsonObject spec = OpenApiResource.stored();
    private final Map<String, Operation> declared = DeclaredOperations.inPackageOf(RegistryApplication.class);

    @Test
    void findsTheResourcesOfThePackageWithTheirBeanParameters() {
        Operation search = declared.get("get /studies");
        assertTrue(search.params().containsAll(List.of(new Param("query", "q"), new Param("query", "patient"),
                new Param("query", "radiusKm"))), "the @BeanParam SearchRequest is read: " + search.params());
        Operation upload = declared.get("post /admin/imports");
        assertEquals(Set.of("application/octet-stream", "multipart/form-data", "application/json"), upload.consumes());
        assertEquals(Set.of("ADMIN"), upload.roles());
        assertTrue(declared.containsKey("get /studies/{id}/sources/{versionId}"), "templates lose their regex");
        assertTrue(declared.containsKey("get /openapi.json"));
    }

    @Test
    void isOpenApi31() {
        assertTrue(spec.getString("openapi").startsWith("3.1."), spec.getString("openapi"));
        assertTrue(spec.getJsonObject("components").getJsonObject("securitySchemes").containsKey(SECURITY_SCHEME));
    }

    @Test
    void describesEveryOperationOfTheCode() {
        List<String> missing = new ArrayList<>();
        declared.forEach((key, operation) -> {
            JsonObject described = described(operation.method(), operation.path());
            if (described == null) {
                missing.add(operation + ": not in openapi.json");
                return;
            }
            for (String field : List.of("summary", "description", "operationId")) {
                if (blank(described, field)) {
                    missing.add(operation + ": no " + field);
                }
            }
            if (!described.containsKey("responses") || described.getJsonObject("responses").isEmpty()) {
                missing.add(operation + ": no responses");
            }
        });
        assertTrue(missing.isEmpty(), "openapi.json lacks:\n" + String.join("\n", missing));
    }

    @Test
    void describesEveryParameterWithADescriptionAndASchema() {
        List<String> missing = new ArrayList<>();
        declared.values().forEach(operation -> {
            JsonObject described = described(operation.method(), operation.path());
            if (described == null) {
                return; // reported by describesEveryOperationOfTheCode
            }
            Map<Param, JsonObject> parameters = describedParameters(operation.path(), described);
            for (Param param : operation.params()) {
                JsonObject parameter = parameters.get(param);
                if (parameter == null) {
                    missing.add(operation + ": " + param + " is not described");
                } else if (blank(parameter, "description")) {
                    missing.add(operation + ": " + param + " has no description");
                } else if (!parameter.containsKey("schema")) {
                    missing.add(operation + ": " + param + " has no schema");
                }
            }
        });
        assertTrue(missing.isEmpty(), "openapi.json lacks:\n" + String.join("\n", missing));
    }

    @Test
    void describesNothingThatIsGone() {
        List<String> gone = new ArrayList<>();
        JsonObject paths = spec.getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (!HTTP_METHODS.contains(method)) {
                    continue;
                }
                Operation operation = declared.get(DeclaredOperations.key(method, path));
                if (operation == null) {
                    gone.add(method.toUpperCase() + " " + path + ": no resource method has it any more");
                    continue;
                }
                for (Param param : describedParameters(path, paths.getJsonObject(path).getJsonObject(method))
                        .keySet()) {
                    if (!operation.params().contains(param)) {
                        gone.add(operation + ": " + param + " is no parameter of the code");
                    }
                }
            }
        }
        assertTrue(gone.isEmpty(), "openapi.json describes what the code no longer has:\n" + String.join("\n", gone));
    }

    @Test
    void securityNamesExactlyTheRolesTheCodeRequires() {
        List<String> wrong = new ArrayList<>();
        declared.values().forEach(operation -> {
            JsonObject described = described(operation.method(), operation.path());
            if (described == null) {
                return;
            }
            Set<String> roles = describedRoles(described);
            if (!roles.equals(operation.roles())) {
                wrong.add(operation + ": security names roles " + roles + ", the code requires " + operation.roles());
            }
            JsonObject responses = described.getJsonObject("responses");
            if (!operation.roles().isEmpty() && !(responses.containsKey("401") && responses.containsKey("403"))) {
                wrong.add(operation + ": needs a role but describes no 401 and 403");
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void mediaTypesAreThoseTheCodeConsumesAndProduces() {
        List<String> wrong = new ArrayList<>();
        declared.values().forEach(operation -> {
            JsonObject described = described(operation.method(), operation.path());
            if (described == null) {
                return;
            }
            Set<String> bodyTypes = described.containsKey("requestBody")
                    ? resolve(described.getJsonObject("requestBody")).getJsonObject("content").keySet() : Set.of();
            if (!bodyTypes.equals(operation.consumes())) {
                wrong.add(operation + ": request body types " + bodyTypes + ", the code consumes "
                        + operation.consumes());
            }
            Set<String> produced = successTypes(described);
            for (String type : operation.produces()) {
                if (!type.contains("*") && !produced.contains(type)) {
                    wrong.add(operation + ": produces " + type + ", no 2xx response describes it " + produced);
                }
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyReferenceResolves() {
        List<String> broken = new ArrayList<>();
        collectBrokenReferences(spec, broken);
        assertTrue(broken.isEmpty(), "unresolved $ref: " + broken);
    }

    @Test
    void servedDocumentNamesTheBasePathItWasReachedThrough() {
        JsonArray servers = OpenApiResource.withServer("/registry/api/").getJsonArray("servers");
        assertEquals(1, servers.size());
        assertEquals("/registry/api", servers.getJsonObject(0).getString("url"));
        assertEquals(spec.getJsonObject("paths"), OpenApiResource.withServer("/api/").getJsonObject("paths"));
    }

    private JsonObject described(String method, String path) {
        JsonObject item = spec.getJsonObject("paths").getJsonObject(path);
        return item == null ? null : item.getJsonObject(method);
    }

    /** Path-level and operation-level parameters, and the fields of a form body as "form" parameters. */
    private Map<Param, JsonObject> describedParameters(String path, JsonObject operation) {
        Map<Param, JsonObject> parameters = new LinkedHashMap<>();
        JsonObject item = spec.getJsonObject("paths").getJsonObject(path);
        for (JsonObject holder : List.of(item, operation)) {
            if (holder.containsKey("parameters")) {
                for (JsonObject parameter : holder.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                    JsonObject p = resolve(parameter);
                    parameters.put(new Param(p.getString("in"), p.getString("name")), p);
                }
            }
        }
        if (operation.containsKey("requestBody")) {
            JsonObject content = resolve(operation.getJsonObject("requestBody")).getJsonObject("content");
            for (String type : List.of("application/x-www-form-urlencoded")) {
                if (content.containsKey(type)) {
                    JsonObject schema = resolve(content.getJsonObject(type).getJsonObject("schema"));
                    JsonObject properties = schema.getJsonObject("properties");
                    properties.forEach((name, property) -> parameters.put(new Param("form", name),
                            resolve(property.asJsonObject())));
                }
            }
        }
        return parameters;
    }

    private static Set<String> describedRoles(JsonObject operation) {
        Set<String> roles = new TreeSet<>();
        if (operation.containsKey("security")) {
            for (JsonObject requirement : operation.getJsonArray("security").getValuesAs(JsonObject.class)) {
                if (requirement.containsKey(SECURITY_SCHEME)) {
                    requirement.getJsonArray(SECURITY_SCHEME).getValuesAs(JsonString.class)
                            .forEach(role -> roles.add(role.getString()));
                }
            }
        }
        return roles;
    }

    private Set<String> successTypes(JsonObject operation) {
        Set<String> types = new LinkedHashSet<>();
        operation.getJsonObject("responses").forEach((status, response) -> {
            JsonObject r = resolve(response.asJsonObject());
            if (status.startsWith("2") && r.containsKey("content")) {
                types.addAll(r.getJsonObject("content").keySet());
            }
        });
        return types;
    }

    private JsonObject resolve(JsonObject maybeReference) {
        if (!maybeReference.containsKey("$ref")) {
            return maybeReference;
        }
        JsonValue target = spec;
        for (String part : maybeReference.getString("$ref").substring("#/".length()).split("/")) {
            target = target.asJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
        }
        return resolve(target.asJsonObject());
    }

    private void collectBrokenReferences(JsonValue value, List<String> broken) {
        if (value instanceof JsonObject object) {
            if (object.containsKey("$ref")) {
                String ref = object.getString("$ref");
                JsonValue target = spec;
                for (String part : ref.startsWith("#/") ? ref.substring(2).split("/") : new String[] {"?"}) {
                    target = target instanceof JsonObject o ? o.get(part) : null;
                }
                if (target == null) {
                    broken.add(ref);
                }
            }
            object.values().forEach(v -> collectBrokenReferences(v, broken));
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> collectBrokenReferences(v, broken));
        }
    }

    private static boolean blank(JsonObject object, String field) {
        return !(object.get(field) instanceof JsonString text) || text.getString().isBlank();
    }
}
