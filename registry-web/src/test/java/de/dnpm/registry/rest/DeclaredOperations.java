package de.dnpm.registry.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The REST operations the JAX-RS annotations of a package declare, found by reflection: every (HTTP method, path) of
 * every {@code @Path} class with its parameters (also those of {@code @BeanParam} classes and of the resource's own
 * fields), the media types it consumes and produces, and the roles it needs. Several Java methods on one method and
 * path (uploads of different media types) make one operation, as in OpenAPI.
 */
final class DeclaredOperations {

    /** Where a parameter travels, in OpenAPI's words; form fields travel in the request body. */
    record Param(String in, String name) {
        @Override
        public String toString() {
            return in + " parameter '" + name + "'";
        }
    }

    record Operation(String method, String path, Set<Param> params, Set<String> consumes, Set<String> produces,
                     Set<String> roles) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    private final Map<String, Operation> operations = new TreeMap<>();

    private DeclaredOperations() {
    }

    /** The operations of the {@code @Path} classes in the package of {@code anchor} and below, keyed "get /path". */
    static Map<String, Operation> inPackageOf(Class<?> anchor) {
        DeclaredOperations found = new DeclaredOperations();
        for (Class<?> type : classesInPackageOf(anchor)) {
            Path path = type.getAnnotation(Path.class);
            if (path != null) {
                found.addResource(type, path.value(), fieldParams(type), type.getAnnotation(RolesAllowed.class));
            }
        }
        return found.operations;
    }

    static String key(String method, String path) {
        return method.toLowerCase(Locale.ROOT) + " " + path;
    }

    private void addResource(Class<?> type, String prefix, Set<Param> inherited, RolesAllowed classRoles) {
        for (Method method : type.getMethods()) {
            Path methodPath = method.getAnnotation(Path.class);
            String path = normalise(prefix + "/" + (methodPath == null ? "" : methodPath.value()));
            Set<Param> params = new LinkedHashSet<>(inherited);
            params.addAll(methodParams(method));
            String httpMethod = httpMethod(method);
            if (httpMethod == null && methodPath != null) {
                // a sub-resource locator: its return type serves the rest of the path
                addResource(method.getReturnType(), path, params, classRoles);
            } else if (httpMethod != null) {
                add(new Operation(httpMethod.toLowerCase(Locale.ROOT), path, params,
                        mediaTypes(method, type, Consumes.class), mediaTypes(method, type, Produces.class),
                        roles(method, classRoles)));
            }
        }
    }

    private void add(Operation operation) {
        operations.merge(key(operation.method(), operation.path()), operation, (a, b) -> new Operation(a.method(),
                a.path(), union(a.params(), b.params()), union(a.consumes(), b.consumes()),
                union(a.produces(), b.produces()), union(a.roles(), b.roles())));
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Set<String> roles(Method method, RolesAllowed classRoles) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && method.isAnnotationPresent(PermitAll.class)) {
            return Set.of();
        }
        RolesAllowed effective = roles != null ? roles : classRoles;
        return effective == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(effective.value()));
    }

    /** The media types without parameters ("application/json;charset=UTF-8" is "application/json"). */
    private static Set<String> mediaTypes(Method method, Class<?> type, Class<? extends Annotation> kind) {
        Annotation annotation = method.isAnnotationPresent(kind) ? method.getAnnotation(kind) : type.getAnnotation(kind);
        if (annotation == null) {
            return Set.of();
        }
        String[] values = annotation instanceof Consumes consumes ? consumes.value() : ((Produces) annotation).value();
        Set<String> types = new LinkedHashSet<>();
        for (String value : values) {
            for (String single : value.split(",")) {
                types.add(single.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
            }
        }
        return types;
    }

    private static Set<Param> methodParams(Method method) {
        Set<Param> params = new LinkedHashSet<>();
        for (Parameter parameter : method.getParameters()) {
            params.addAll(params(parameter, parameter.getType()));
        }
        return params;
    }

    /** Parameters declared on a class's fields and setters: a resource's own, or a {@code @BeanParam} class's. */
    private static Set<Param> fieldParams(Class<?> type) {
        Set<Param> params = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                params.addAll(params(field, field.getType()));
            }
            for (Method setter : c.getDeclaredMethods()) {
                if (setter.getParameterCount() == 1) {
                    params.addAll(params(setter, setter.getParameterTypes()[0]));
                }
            }
        }
        return params;
    }

    private static Set<Param> params(AnnotatedElement element, Class<?> type) {
        if (element.isAnnotationPresent(BeanParam.class)) {
            return fieldParams(type);
        }
        Param param = element.isAnnotationPresent(QueryParam.class)
                ? new Param("query", element.getAnnotation(QueryParam.class).value())
                : element.isAnnotationPresent(PathParam.class)
                ? new Param("path", element.getAnnotation(PathParam.class).value())
                : element.isAnnotationPresent(HeaderParam.class)
                ? new Param("header", element.getAnnotation(HeaderParam.class).value())
                : element.isAnnotationPresent(CookieParam.class)
                ? new Param("cookie", element.getAnnotation(CookieParam.class).value())
                : element.isAnnotationPresent(FormParam.class)
                ? new Param("form", element.getAnnotation(FormParam.class).value())
                : element.isAnnotationPresent(MatrixParam.class)
                ? new Param("matrix", element.getAnnotation(MatrixParam.class).value())
                : null;
        return param == null ? Set.of() : Set.of(param);
    }

    /**
     * One leading slash, no doubled or trailing ones, and templates without their regular expressions:
     * {@code {id: [0-9]+}} is {@code {id}} as in OpenAPI.
     */
    static String normalise(String path) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < path.length() && path.charAt(end) != ':' && path.charAt(end) != '}') {
                end++;
            }
            out.append('{').append(path, i + 1, end).append('}');
            int depth = 1;
            i = end + (end < path.length() && path.charAt(end) == '}' ? 0 : 1);
            // skip the expression, which may hold braces of its own ("[0-9]{4}")
            while (i < path.length() && depth > 0) {
                depth += path.charAt(i) == '{' ? 1 : path.charAt(i) == '}' ? -1 : 0;
                i++;
            }
        }
        String clean = ("/" + out).replaceAll("\\{\\s+", "{").replaceAll("\\s+}", "}").replaceAll("/+", "/");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }

    /** Every class compiled into the package of {@code anchor} (and below), from its classes folder. */
    static List<Class<?>> classesInPackageOf(Class<?> anchor) {
        String packagePath = anchor.getPackageName().replace('.', '/');
        try {
            java.nio.file.Path root = java.nio.file.Path.of(anchor.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            java.nio.file.Path folder = root.resolve(packagePath);
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException("expected the compiled classes in a folder, not " + root);
            }
            List<Class<?>> classes = new ArrayList<>();
            try (Stream<java.nio.file.Path> files = Files.walk(folder)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                    if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
                        classes.add(Class.forName(name, false, anchor.getClassLoader()));
                    }
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
