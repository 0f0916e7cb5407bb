package es.viogen.app.platform;

import es.viogen.app.support.Api;
import es.viogen.app.support.HostileFixtures;
import es.viogen.intake.api.NewAggressor;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewComplaint;
import es.viogen.intake.api.NewIncident;
import es.viogen.intake.api.NewMinor;
import es.viogen.intake.api.NewVictim;
import es.viogen.intake.api.PersonIdentity;
import es.viogen.measures.api.NewJudicialOrder;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 10, item 6: the served contract is valid OpenAPI 3 (checked by swagger-parser, the validator behind
 * Swagger's tools) and keeps the promises a partner's generator relies on.
 */
class OpenApiContractIT {

    private static final Set<String> TOP_LEVEL = Set.of("openapi", "info", "servers", "paths", "components", "security",
            "tags", "externalDocs");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theServedDocumentIsValidOpenApi3() {
        Api.Reply yaml = Api.demo().send(Api.demo().request("/openapi").setHeader("Accept", "*/*").GET());
        assertEquals(200, yaml.status());
        assertTrue(yaml.contentType().startsWith("application/yaml"), "YAML served as " + yaml.contentType());
        Api.Reply json = Api.demo().send(Api.demo().request("/openapi?format=JSON").setHeader("Accept", "application/json").GET());
        assertEquals(200, json.status());

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml.body(), null, options);
        assertNotNull(result.getOpenAPI(), "parsed");
        assertEquals(List.of(), result.getMessages(), "validator messages");
        assertEquals(List.of(), new OpenAPIV3Parser().readContents(json.body(), null, options).getMessages());
    }

    /** The copy the partner client is generated from at build time is the document this build serves. */
    @Test
    void theCommittedContractIsTheServedOne() throws Exception {
        Api.Reply json = Api.demo().send(Api.demo().request("/openapi?format=JSON").setHeader("Accept", "application/json").GET());
        try (var in = OpenApiContractIT.class.getResourceAsStream("/openapi/viogen-api-v1.yaml")) {
            assertNotNull(in, "src/test/resources/openapi/viogen-api-v1.yaml");
            var committed = io.swagger.v3.core.util.Yaml.mapper().readTree(in);
            var served = io.swagger.v3.core.util.Json.mapper().readTree(json.body());
            assertEquals(served, committed, "the committed contract differs from /openapi: re-take it with "
                    + "./refresh-contract.sh (at the repository root), then review and commit "
                    + "modules/app/src/test/resources/openapi/viogen-api-v1.yaml");
        }
    }

    @Test
    void operationIdsAndTagsAreUniqueServersFixedAndEveryLocationCanBeFollowed() {
        JsonObject doc = Api.demo().send(Api.demo().request("/openapi?format=JSON").setHeader("Accept", "application/json")
                .GET()).json();
        assertTrue(TOP_LEVEL.containsAll(doc.keySet()), "top-level keys " + doc.keySet());
        for (JsonValue s : doc.getJsonArray("servers")) {
            assertFalse(s.asJsonObject().getString("url").matches(".*:\\d+.*"), "a server with a port: " + s);
        }
        List<String> tags = doc.getJsonArray("tags").stream().map(t -> t.asJsonObject().getString("name")).toList();
        assertEquals(new HashSet<>(tags).size(), tags.size(), "duplicate tags " + tags);

        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        JsonObject paths = doc.getJsonObject("paths");
        for (Map.Entry<String, JsonValue> p : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> m : p.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                JsonObject op = m.getValue().asJsonObject();
                String where = m.getKey().toUpperCase() + " " + p.getKey();
                if (!ids.add(op.getString("operationId", ""))) {
                    problems.add(where + ": operationId " + op.getString("operationId", "(none)") + " repeated or missing");
                }
                JsonObject responses = op.getJsonObject("responses");
                for (String code : List.of("400", "401", "403")) {
                    if (!p.getKey().endsWith("/auth/token") && !responses.containsKey(code)) {
                        problems.add(where + ": no " + code);
                    }
                }
                if (Set.of("post", "put", "patch").contains(m.getKey()) && op.getJsonArray("parameters") != null
                        ? op.getJsonArray("parameters").stream().noneMatch(x -> "Idempotency-Key".equals(
                        x.asJsonObject().getString("name", "")))
                        : Set.of("post", "put", "patch").contains(m.getKey())) {
                    problems.add(where + ": no Idempotency-Key header");
                }
            }
        }
        // every Location header of the API names something a partner can GET
        for (String readBack : List.of("/api/v1/cases/{id}", "/api/v1/cases/{id}/incidents/{incidentId}",
                "/api/v1/cases/{id}/transfers/{transferId}", "/api/v1/cases/{caseId}/judicial-orders/{orderId}",
                "/api/v1/partner/prison-events/{id}", "/api/v1/partner/subscriptions/{id}", "/api/v1/units")) {
            if (!paths.containsKey(readBack) || !paths.getJsonObject(readBack).containsKey("get")) {
                problems.add("no GET " + readBack);
            }
        }
        if (!paths.containsKey("/api/v1/cases/{id}/transfers/{transferId}/cancel")) {
            problems.add("no transfer cancellation");
        }
        assertEquals(List.of(), problems);
    }

    /** Issue 10, item 6: required fields and limits come from the Bean Validation constraints of the bound records. */
    @Test
    void requiredFieldsAndLimitsAreTheRecordsConstraints() {
        JsonObject schemas = document().getJsonObject("components").getJsonObject("schemas");
        List<String> problems = new ArrayList<>();
        for (Class<?> record : List.of(NewCase.class, NewComplaint.class, NewVictim.class, NewAggressor.class,
                PersonIdentity.class, NewMinor.class, NewIncident.class, NewJudicialOrder.class,
                es.viogen.intake.boundary.CaseTransfersResource.TransferRequest.class,
                es.viogen.partners.boundary.PrisonEventResource.PrisonEventInput.class,
                es.viogen.partners.boundary.SubscriptionResource.SubscriptionInput.class)) {
            JsonObject schema = schemas.getJsonObject(record.getSimpleName());
            if (schema == null) {
                problems.add("no schema " + record.getSimpleName());
                continue;
            }
            List<String> required = new ArrayList<>();
            for (RecordComponent rc : record.getRecordComponents()) {
                var field = field(record, rc.getName());
                if (field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                        || field.isAnnotationPresent(NotEmpty.class)) {
                    required.add(rc.getName());
                }
                JsonObject property = schema.getJsonObject("properties").getJsonObject(rc.getName());
                Size size = field.getAnnotation(Size.class);
                if (size != null) {
                    String key = property.getString("type", "").equals("array") ? "maxItems" : "maxLength";
                    if (property.getInt(key, -1) != size.max()) {
                        problems.add(record.getSimpleName() + "." + rc.getName() + " " + key + " " + property.get(key)
                                + " (@Size max " + size.max() + ")");
                    }
                }
                Min min = field.getAnnotation(Min.class);
                Max max = field.getAnnotation(Max.class);
                if (min != null && (!property.containsKey("minimum") || property.getJsonNumber("minimum").longValue() != min.value())
                        || max != null && (!property.containsKey("maximum") || property.getJsonNumber("maximum").longValue() != max.value())) {
                    problems.add(record.getSimpleName() + "." + rc.getName() + " bounds " + property);
                }
            }
            List<String> served = schema.containsKey("required")
                    ? schema.getJsonArray("required").stream().map(OpenApiContractIT::string).toList() : List.of();
            if (!served.equals(required)) {
                problems.add(record.getSimpleName() + " required " + served + ", constraints say " + required);
            }
        }
        assertEquals(List.of(), problems);
        // what a partner sees for the case registration, spelled out
        JsonObject newCase = schemas.getJsonObject("NewCase");
        assertEquals(List.of("complaint", "victim", "aggressor"),
                newCase.getJsonArray("required").stream().map(OpenApiContractIT::string).toList());
        assertEquals(20, newCase.getJsonObject("properties").getJsonObject("minors").getInt("maxItems"));
        JsonObject firstName = schemas.getJsonObject("PersonIdentity").getJsonObject("properties").getJsonObject("firstName");
        assertEquals(100, firstName.getInt("maxLength"));
        assertEquals(1, firstName.getInt("minLength"));
        assertEquals("^[0-9]{5}$", schemas.getJsonObject("NewComplaint").getJsonObject("properties")
                .getJsonObject("municipalityCode").getString("pattern"));
    }

    /** Issue 10, item 6: every successful JSON answer of every operation has a schema that names its fields. */
    @Test
    void everyJsonAnswerHasASchemaWithProperties() {
        JsonObject doc = document();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonValue> p : doc.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> m : p.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                for (Map.Entry<String, JsonValue> r : m.getValue().asJsonObject().getJsonObject("responses").entrySet()) {
                    JsonObject content = r.getValue().asJsonObject().getJsonObject("content");
                    if (!r.getKey().startsWith("2") || content == null) {
                        continue;
                    }
                    for (Map.Entry<String, JsonValue> media : content.entrySet()) {
                        if (!media.getKey().contains("json")) {
                            continue;
                        }
                        checked++;
                        JsonObject s = resolve(schemas, media.getValue().asJsonObject().getJsonObject("schema"));
                        if (s != null && "array".equals(s.getString("type", ""))) {
                            s = resolve(schemas, s.getJsonObject("items"));
                        }
                        if (s == null || !s.containsKey("properties") || s.getJsonObject("properties").isEmpty()) {
                            problems.add(m.getKey().toUpperCase() + " " + p.getKey() + " " + r.getKey() + " " + media.getKey());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked >= 40, "JSON answers checked: " + checked);
    }

    /**
     * Issue 10, item 6: the request examples are JSON and valid: each one is sent as it stands in the document, with
     * only this installation's identifiers put in (a case, a unit, an allowed callback), and answers 201 (or 200 where
     * a registration joins the pair's existing case).
     */
    @Test
    void everyRequestExampleIsJsonAndIsAccepted() throws Exception {
        Api api = Api.demo().as(HostileFixtures.allScopesPartner(), HostileFixtures.SECRET);
        long valladolid = HostileFixtures.unitId("UFAM-VA");
        long leon = HostileFixtures.unitId("UFAM-LE");
        JsonObject created = api.post("/api/v1/cases", HostileFixtures.newCase(valladolid).toString(),
                Map.of("Idempotency-Key", "ex-" + UUID.randomUUID())).json();
        long caseId = created.getJsonNumber("id").longValue();
        Map<String, JsonValue> ids = Map.of("caseId", Json.createValue(caseId), "responsibleUnitId", Json.createValue(valladolid),
                "toUnitId", Json.createValue(leon), "callbackUrl", Json.createValue("https://127.0.0.1:9/ejemplo"));
        List<String> sent = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonValue> p : document().getJsonObject("paths").entrySet()) {
            JsonObject post = p.getValue().asJsonObject().getJsonObject("post");
            JsonObject body = post == null || !post.containsKey("requestBody") ? null
                    : post.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json");
            if (body == null || !body.containsKey("examples")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> e : body.getJsonObject("examples").entrySet()) {
                JsonValue value = e.getValue().asJsonObject().get("value");
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(p.getKey() + " " + e.getKey() + ": not a JSON object but " + value.getValueType());
                    continue;
                }
                JsonObjectBuilder b = Json.createObjectBuilder(value.asJsonObject());
                ids.forEach((k, v) -> {
                    if (value.asJsonObject().containsKey(k)) {
                        b.add(k, v);
                    }
                });
                String path = p.getKey().replace("{id}", String.valueOf(caseId)).replace("{caseId}", String.valueOf(caseId));
                Api.Reply reply = api.post(path, b.build().toString(), Map.of("Idempotency-Key", "ex-" + UUID.randomUUID()));
                sent.add(p.getKey() + " " + e.getKey() + " -> " + reply.status());
                if (reply.status() != 201 && !(reply.status() == 200 && p.getKey().equals("/api/v1/cases"))) {
                    problems.add(p.getKey() + " " + e.getKey() + " -> " + reply.status() + " " + reply.body());
                }
            }
        }
        assertEquals(List.of(), problems, "sent: " + sent);
        for (String operation : List.of("/api/v1/cases ", "/api/v1/cases/{id}/incidents ", "/api/v1/cases/{caseId}/judicial-orders ",
                "/api/v1/cases/{id}/transfers ", "/api/v1/partner/prison-events ", "/api/v1/partner/subscriptions ")) {
            assertTrue(sent.stream().anyMatch(x -> x.startsWith(operation)), "no example sent to " + operation + sent);
        }
    }

    private static String string(JsonValue v) {
        return ((jakarta.json.JsonString) v).getString();
    }

    private static JsonObject document() {
        return Api.demo().send(Api.demo().request("/openapi?format=JSON").setHeader("Accept", "application/json").GET()).json();
    }

    private static JsonObject resolve(JsonObject schemas, JsonObject s) {
        while (s != null && s.containsKey("$ref")) {
            s = schemas.getJsonObject(s.getString("$ref").substring("#/components/schemas/".length()));
        }
        return s;
    }

    private static java.lang.reflect.Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}
