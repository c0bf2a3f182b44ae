package org.kontingent.platform.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.kontingent.platform.api.rest.ApiDoc;
import org.kontingent.platform.api.security.Allowed;
import org.kontingent.platform.api.security.Public;
import org.kontingent.platform.api.rest.ApiError;

/**
 * Builds an OpenAPI 3.0 document from JAX-RS resource classes: paths, methods, path, query
 * and header parameters, request and response bodies (records become component schemas),
 * and the words of {@link ApiDoc}. The document is made from the classes that are actually
 * registered, so it stays true as plugins come and go.
 */
final class OpenApiGenerator {
    static final String OPENAPI_VERSION = "3.0.3";
    /** The operation property that states its access rule (see {@link #access}). */
    static final String ACCESS_EXTENSION = "x-kontingent-access";
    private static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, Object> schemas = new TreeMap<>();

    /**
     * @param version the API version printed in {@code info}
     * @param resources the resource classes
     */
    static Map<String, Object> generate(String version, Collection<Class<?>> resources) {
        return new OpenApiGenerator().document(version, resources);
    }

    private Map<String, Object> document(String version, Collection<Class<?>> resources) {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        List<Class<?>> ordered = resources.stream().sorted(Comparator.comparing(Class::getName)).toList();
        for (Class<?> resource : ordered) {
            addResource(resource, paths);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", OPENAPI_VERSION);
        doc.put("info", Map.of("title", "Kontingent API", "version", version,
                "description", "REST API of the Kontingent regional learner registry"));
        doc.put("paths", paths);
        schemaOf(ApiError.class);
        doc.put("components", Map.of("schemas", schemas));
        return doc;
    }

    private void addResource(Class<?> resource, Map<String, Map<String, Object>> paths) {
        Path classPath = resource.getAnnotation(Path.class);
        ApiDoc classDoc = resource.getAnnotation(ApiDoc.class);
        String tag = classDoc != null ? classDoc.value() : resource.getSimpleName();
        Method[] methods = resource.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method method : methods) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String path = joinPaths(classPath == null ? "" : classPath.value(), methodPath == null ? "" : methodPath.value());
            paths.computeIfAbsent(path, p -> new TreeMap<>())
                    .put(httpMethod.toLowerCase(), operation(resource, method, tag));
        }
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

    /** Joins and normalizes two {@code @Path} values; a template's regular expression is dropped. */
    static String joinPaths(String first, String second) {
        String joined = ("/" + first + "/" + second).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return dropTemplateExpressions(joined);
    }

    /** {@code /years/{year: [0-9]{4}}} becomes {@code /years/{year}}; braces inside an expression are balanced. */
    private static String dropTemplateExpressions(String path) {
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 1;
            int end = i + 1;
            while (end < path.length() && depth > 0) {
                char d = path.charAt(end++);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
            }
            String template = path.substring(i + 1, depth == 0 ? end - 1 : end);
            int colon = template.indexOf(':');
            out.append('{').append((colon < 0 ? template : template.substring(0, colon)).trim()).append('}');
            i = end;
        }
        return out.toString();
    }

    private Map<String, Object> operation(Class<?> resource, Method method, String tag) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(tag));
        operation.put("operationId", resource.getSimpleName() + "." + method.getName());
        ApiDoc doc = method.getAnnotation(ApiDoc.class);
        if (doc != null) {
            operation.put("summary", doc.value());
            if (!doc.description().isEmpty()) {
                operation.put("description", doc.description());
            }
        }
        List<Map<String, Object>> parameters = new ArrayList<>();
        Map<String, Object> requestBody = null;
        for (Parameter parameter : method.getParameters()) {
            Map<String, Object> described = parameter(parameter);
            if (described != null) {
                parameters.add(described);
            } else if (isBody(parameter)) {
                requestBody = Map.of("required", true,
                        "content", content(consumes(resource, method), schemaOf(parameter.getParameterizedType())));
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (requestBody != null) {
            operation.put("requestBody", requestBody);
        }
        operation.put("responses", responses(resource, method, doc));
        operation.put(ACCESS_EXTENSION, access(resource, method));
        return operation;
    }

    /**
     * The access rule of an operation: {@code public}, or the permissions a signed-in caller needs
     * (an empty list: being signed in is enough), or {@code none} when the method declares no rule
     * and is therefore refused to everyone.
     */
    static Object access(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(Public.class) || (!method.isAnnotationPresent(Allowed.class)
                && resource.isAnnotationPresent(Public.class))) {
            return "public";
        }
        Allowed allowed = method.isAnnotationPresent(Allowed.class) ? method.getAnnotation(Allowed.class)
                : resource.getAnnotation(Allowed.class);
        return allowed == null ? "none" : java.util.Arrays.stream(allowed.value()).map(Enum::name).toList();
    }

    private Map<String, Object> parameter(Parameter parameter) {
        String in;
        String name;
        if (parameter.isAnnotationPresent(PathParam.class)) {
            in = "path";
            name = parameter.getAnnotation(PathParam.class).value();
        } else if (parameter.isAnnotationPresent(QueryParam.class)) {
            in = "query";
            name = parameter.getAnnotation(QueryParam.class).value();
        } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
            in = "header";
            name = parameter.getAnnotation(HeaderParam.class).value();
        } else {
            return null;
        }
        Map<String, Object> schema = new LinkedHashMap<>(schemaOf(parameter.getParameterizedType()));
        DefaultValue defaultValue = parameter.getAnnotation(DefaultValue.class);
        if (defaultValue != null) {
            schema.put("default", defaultValue.value());
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", name);
        described.put("in", in);
        described.put("required", "path".equals(in));
        described.put("schema", schema);
        return described;
    }

    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String pkg = annotation.annotationType().getPackageName();
            if (annotation instanceof Context || pkg.startsWith("javax.ws.rs")) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> responses(Class<?> resource, Method method, ApiDoc doc) {
        Map<String, Object> responses = new TreeMap<>();
        Type returned = method.getGenericReturnType();
        if (returned == void.class) {
            responses.put("204", Map.of("description", "Done"));
        } else if (returned == Response.class) {
            responses.put("200", Map.of("description", "OK", "content", content(produces(resource, method), Map.of())));
        } else {
            responses.put("200", Map.of("description", "OK", "content", content(produces(resource, method), schemaOf(returned))));
        }
        if (doc != null) {
            for (String response : doc.responses()) {
                String[] codeAndText = response.trim().split("\\s+", 2);
                String text = codeAndText.length > 1 ? codeAndText[1] : "Error";
                responses.put(codeAndText[0], Map.of("description", text,
                        "content", content(List.of(MediaType.APPLICATION_JSON), schemaOf(ApiError.class))));
            }
        }
        return responses;
    }

    private static List<String> consumes(Class<?> resource, Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        return consumes == null ? List.of(MediaType.APPLICATION_JSON) : List.of(consumes.value());
    }

    private static List<String> produces(Class<?> resource, Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        return produces == null ? List.of(MediaType.APPLICATION_JSON) : List.of(produces.value());
    }

    private static Map<String, Object> content(List<String> mediaTypes, Map<String, Object> schema) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String mediaType : mediaTypes) {
            content.put(mediaType, Map.of("schema", schema));
        }
        return content;
    }

    /** The schema of a Java type; records are added to the components and referenced. */
    Map<String, Object> schemaOf(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schemaOf(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schemaOf(arguments[1]));
            }
            if (raw == Optional.class) {
                return schemaOf(arguments[0]);
            }
            return schemaOf(raw);
        }
        if (type instanceof GenericArrayType array) {
            return Map.of("type", "array", "items", schemaOf(array.getGenericComponentType()));
        }
        if (type instanceof WildcardType wildcard) {
            return schemaOf(wildcard.getUpperBounds()[0]);
        }
        if (!(type instanceof Class<?> cls)) {
            return Map.of();
        }
        return classSchema(cls);
    }

    private Map<String, Object> classSchema(Class<?> cls) {
        if (cls == String.class || cls == char.class || cls == Character.class) {
            return Map.of("type", "string");
        }
        if (cls == UUID.class) {
            return Map.of("type", "string", "format", "uuid");
        }
        if (cls == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (cls == Instant.class || cls == OffsetDateTime.class || cls == ZonedDateTime.class || cls == LocalDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (cls == int.class || cls == Integer.class || cls == short.class || cls == Short.class
                || cls == byte.class || cls == Byte.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (cls == long.class || cls == Long.class || cls == BigInteger.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (cls == double.class || cls == Double.class || cls == float.class || cls == Float.class || cls == BigDecimal.class) {
            return Map.of("type", "number");
        }
        if (cls == byte[].class || java.io.InputStream.class.isAssignableFrom(cls)) {
            return Map.of("type", "string", "format", "binary");
        }
        if (cls.isArray()) {
            return Map.of("type", "array", "items", classSchema(cls.getComponentType()));
        }
        if (cls.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(cls.getEnumConstants()).map(Object::toString).toList());
        }
        if (cls.isRecord()) {
            return Map.of("$ref", REF_PREFIX + recordSchema(cls));
        }
        if (Collection.class.isAssignableFrom(cls)) {
            return Map.of("type", "array", "items", Map.of());
        }
        if (Map.class.isAssignableFrom(cls)) {
            return Map.of("type", "object", "additionalProperties", Map.of());
        }
        if (cls == Object.class) {
            return Map.of();
        }
        return Map.of("type", "object");
    }

    private String recordSchema(Class<?> record) {
        String name = record.getName().substring(record.getPackageName().length() + 1).replace('$', '.');
        if (schemas.containsKey(name)) {
            return name;
        }
        schemas.put(name, Map.of());
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            properties.put(component.getName(), schemaOf(component.getGenericType()));
        }
        schemas.put(name, Map.of("type", "object", "properties", properties));
        return name;
    }
}
