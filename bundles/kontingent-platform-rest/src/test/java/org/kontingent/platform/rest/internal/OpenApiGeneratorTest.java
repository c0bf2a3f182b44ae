package org.kontingent.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;
import org.kontingent.platform.api.rest.ApiDoc;

class OpenApiGeneratorTest {
    private static final String LEARNER = "OpenApiGeneratorTest.Learner";
    private static final String ADDRESS = "OpenApiGeneratorTest.Learner.Address";

    enum Level { PRESCHOOL, GENERAL, VOCATIONAL }

    record Learner(UUID id, String name, LocalDate born, Level level, Address address, List<String> phones,
            Optional<Instant> updated, int grade, boolean active) {
        record Address(String city, long zip) {
        }
    }

    record Node(String label, List<Node> children) {
    }

    @Path("/learners/")
    @ApiDoc("Learners")
    @Produces(MediaType.APPLICATION_JSON)
    public static class LearnerResource {
        @GET
        @ApiDoc("Lists learners")
        public List<Learner> list(@QueryParam("limit") @DefaultValue("20") int limit, @QueryParam("level") Level level,
                @HeaderParam("X-Region") String region) {
            return List.of();
        }

        @GET
        @Path("{id: [0-9]+}")
        @ApiDoc(value = "One learner", description = "By its number", responses = "404 not found")
        public Learner get(@PathParam("id") long id) {
            return null;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Learner create(Learner learner, @Context UriInfo uriInfo) {
            return learner;
        }

        @DELETE
        @Path("/{id: [0-9]+}/")
        public void delete(@PathParam("id") long id) {
        }

        @GET
        @Path("raw")
        @Produces(MediaType.TEXT_PLAIN)
        public Response raw() {
            return null;
        }

        /** Not a resource method: no HTTP method annotation. */
        public String helper() {
            return "";
        }
    }

    @Path("tree")
    public static class TreeResource {
        @GET
        public Node root() {
            return null;
        }
    }

    private final Map<String, Object> doc = OpenApiGenerator.generate("1.2.3", List.of(TreeResource.class, LearnerResource.class));

    @Test
    void describesTheDocument() {
        assertEquals("3.0.3", doc.get("openapi"));
        assertEquals("1.2.3", at(doc, "info", "version"));
        assertEquals(Set.of("/learners", "/learners/{id}", "/learners/raw", "/tree"), map(doc.get("paths")).keySet());
    }

    @Test
    void joinsAndNormalizesPaths() {
        assertEquals("/learners/{id}", OpenApiGenerator.joinPaths("/learners/", "{id: [0-9]+}"));
        assertEquals("/a/{id}/b", OpenApiGenerator.joinPaths("a//", "//{ id : .+ }/b/"));
        assertEquals("/a", OpenApiGenerator.joinPaths("a", ""));
        assertEquals("/", OpenApiGenerator.joinPaths("", ""));
        assertEquals("/years/{year}/classes", OpenApiGenerator.joinPaths("years", "{year: [0-9]{4}}/classes"));
    }

    @Test
    void methodsOfOnePathShareItsEntry() {
        assertEquals(Set.of("get", "delete"), map(at(doc, "paths", "/learners/{id}")).keySet());
        assertEquals(Set.of("get", "post"), map(at(doc, "paths", "/learners")).keySet());
    }

    @Test
    void operationCarriesTagIdAndWordsOfApiDoc() {
        Map<String, Object> get = map(at(doc, "paths", "/learners/{id}", "get"));

        assertEquals(List.of("Learners"), get.get("tags"));
        assertEquals("LearnerResource.get", get.get("operationId"));
        assertEquals("One learner", get.get("summary"));
        assertEquals("By its number", get.get("description"));
        assertEquals(List.of("TreeResource"), at(doc, "paths", "/tree", "get", "tags"));
    }

    @Test
    void pathParametersAreRequired() {
        List<Object> parameters = list(at(doc, "paths", "/learners/{id}", "get", "parameters"));

        assertEquals(List.of(Map.of("name", "id", "in", "path", "required", true,
                "schema", Map.of("type", "integer", "format", "int64"))), parameters);
    }

    @Test
    void queryAndHeaderParametersAreOptionalAndCarryTheirDefault() {
        List<Object> parameters = list(at(doc, "paths", "/learners", "get", "parameters"));

        assertEquals(List.of(
                Map.of("name", "limit", "in", "query", "required", false,
                        "schema", Map.of("type", "integer", "format", "int32", "default", "20")),
                Map.of("name", "level", "in", "query", "required", false,
                        "schema", Map.of("type", "string", "enum", List.of("PRESCHOOL", "GENERAL", "VOCATIONAL"))),
                Map.of("name", "X-Region", "in", "header", "required", false, "schema", Map.of("type", "string"))),
                parameters);
    }

    @Test
    void recordsBecomeComponentSchemasWithTheirProperties() {
        Map<String, Object> learner = map(at(doc, "components", "schemas", LEARNER));

        assertEquals("object", learner.get("type"));
        Map<String, Object> properties = map(learner.get("properties"));
        assertEquals(List.of("id", "name", "born", "level", "address", "phones", "updated", "grade", "active"),
                List.copyOf(properties.keySet()));
        assertEquals(Map.of("type", "string", "format", "uuid"), properties.get("id"));
        assertEquals(Map.of("type", "string", "format", "date"), properties.get("born"));
        assertEquals(Map.of("type", "string", "enum", List.of("PRESCHOOL", "GENERAL", "VOCATIONAL")), properties.get("level"));
        assertEquals(Map.of("$ref", "#/components/schemas/" + ADDRESS), properties.get("address"));
        assertEquals(Map.of("type", "array", "items", Map.of("type", "string")), properties.get("phones"));
        assertEquals(Map.of("type", "string", "format", "date-time"), properties.get("updated"));
        assertEquals(Map.of("type", "boolean"), properties.get("active"));
    }

    @Test
    void nestedRecordIsNamedAfterItsEnclosingTypes() {
        assertEquals(Map.of("type", "object", "properties", Map.of(
                "city", Map.of("type", "string"),
                "zip", Map.of("type", "integer", "format", "int64"))),
                at(doc, "components", "schemas", ADDRESS));
    }

    @Test
    void selfReferencingRecordIsDescribedOnce() {
        String node = "OpenApiGeneratorTest.Node";

        assertEquals(Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/" + node)),
                at(doc, "components", "schemas", node, "properties", "children"));
    }

    @Test
    void listOfRecordsIsAnArrayOfReferences() {
        assertEquals(Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/" + LEARNER)),
                at(doc, "paths", "/learners", "get", "responses", "200", "content", MediaType.APPLICATION_JSON, "schema"));
    }

    @Test
    void voidAnswers204WithoutBody() {
        Map<String, Object> responses = map(at(doc, "paths", "/learners/{id}", "delete", "responses"));

        assertEquals(Map.of("204", Map.of("description", "Done")), responses);
    }

    @Test
    void responseTypeAnswersWithAnOpenSchemaInTheProducedMediaType() {
        assertEquals(Map.of(MediaType.TEXT_PLAIN, Map.of("schema", Map.of())),
                at(doc, "paths", "/learners/raw", "get", "responses", "200", "content"));
    }

    @Test
    void documentedErrorResponseReferencesApiError() {
        Map<String, Object> responses = map(at(doc, "paths", "/learners/{id}", "get", "responses"));

        assertEquals(Set.of("200", "404"), responses.keySet());
        assertEquals("not found", at(responses, "404", "description"));
        assertEquals(Map.of("$ref", "#/components/schemas/ApiError"),
                at(responses, "404", "content", MediaType.APPLICATION_JSON, "schema"));
        Map<String, Object> schemas = map(at(doc, "components", "schemas"));
        assertTrue(schemas.containsKey("ApiError"));
        assertTrue(schemas.containsKey("ApiError.Violation"));
    }

    @Test
    void unannotatedParameterIsTheRequestBody() {
        Map<String, Object> post = map(at(doc, "paths", "/learners", "post"));

        assertEquals(Map.of("required", true, "content",
                Map.of(MediaType.APPLICATION_JSON, Map.of("schema", Map.of("$ref", "#/components/schemas/" + LEARNER)))),
                post.get("requestBody"));
        assertFalse(post.containsKey("parameters"), "@Context parameter was described: " + post.get("parameters"));
    }

    @Test
    void methodWithoutRequestBodyHasNone() {
        assertNull(at(doc, "paths", "/learners/{id}", "get", "requestBody"));
    }

    @Test
    void documentIsWrittenAsJson() throws Exception {
        String json = JsonProvider.objectMapper().writeValueAsString(doc);

        assertTrue(json.contains("\"/learners/{id}\""), json);
    }

    // ---------------------------------------------------------------- navigation

    private static Object at(Object root, String... keys) {
        Object current = root;
        for (String key : keys) {
            if (current == null) {
                return null;
            }
            current = map(current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
