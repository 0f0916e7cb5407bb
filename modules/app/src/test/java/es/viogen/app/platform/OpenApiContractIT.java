package es.viogen.app.platform;

import es.viogen.app.support.Api;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
}
