package es.viogen.app;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The last word on the served contract ({@code mp.openapi.filter}), for what annotations alone do not give:
 * <ul>
 *   <li>one tag per name (several resources share a tag), unique operation ids (the runtime uses the Java method
 *       name: {@code register}, {@code list}... repeat), derived from the method and path when a name repeats;</li>
 *   <li>one relative server {@code /}, never the address and random port of the request that asked;</li>
 *   <li>what the resource classes say and the scan misses ({@link BoundContract}): required fields, lengths, bounds
 *       and patterns from the Bean Validation constraints of the bound records, and answers' schemas;</li>
 *   <li>examples as JSON values, not as text ({@link JsonExamples});</li>
 *   <li>the {@code Idempotency-Key} header on every submission, and the refusals every operation can answer —
 *       400, 401, 403, 429, 503 — as {@code application/problem+json} with the {@code Problem} schema.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    private static final Set<String> SUBMISSIONS = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("Esta instalación (las rutas llevan /api/v1)"))));
        tags(api);
        problemSchema(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        BoundContract.apply(api);
        JsonExamples.apply(api);
        Map<String, List<Operation>> byId = new HashMap<>();
        Map<Operation, String> derived = new LinkedHashMap<>();
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            String name = method.name();
            derived.put(op, derivedId(name, path));
            byId.computeIfAbsent(op.getOperationId() == null ? "" : op.getOperationId(), k -> new ArrayList<>()).add(op);
            refusals(op, name, path);
            if (SUBMISSIONS.contains(name)) {
                idempotencyKey(op);
            }
        }));
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> identifier(p.getName(), p.getSchema()));
            }
        }));
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(ContractFilter::identifiers);
        }
        byId.forEach((id, ops) -> {
            if (id.isEmpty() || ops.size() > 1) {
                ops.forEach(op -> op.setOperationId(derived.get(op)));
            }
        });
    }

    private static void tags(OpenAPI api) {
        if (api.getTags() == null) {
            return;
        }
        Map<String, Tag> unique = new LinkedHashMap<>();
        for (Tag t : api.getTags()) {
            Tag seen = unique.get(t.getName());
            if (seen == null) {
                unique.put(t.getName(), t);
            } else if (seen.getDescription() == null && t.getDescription() != null) {
                seen.setDescription(t.getDescription());
            }
        }
        List<Tag> sorted = new ArrayList<>(unique.values());
        // by name: the scan's order follows class loading, and a generator's input should not change with it
        sorted.sort(java.util.Comparator.comparing(Tag::getName));
        api.setTags(sorted);
    }

    private static void problemSchema(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Schema error = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("El campo tal como lo escribió el cliente, p. ej. victim.identity.firstName"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .required(List.of("field", "message"));
        api.getComponents().addSchema("Problem", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("code", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("Código estable, p. ej. VALIDATION, MALFORMED, FORBIDDEN"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(error))
                .required(List.of("type", "title", "status", "code")));
    }

    /** The refusals any operation can answer, where the annotations did not list them. */
    private static void refusals(Operation op, String method, String path) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        boolean open = path.endsWith("/auth/token");
        add(responses, "400", "Datos o parámetros no válidos, JSON mal formado (errors[] nombra cada campo)");
        if (!open) {
            add(responses, "401", "Sin token válido");
            add(responses, "403", "Sin el rol, el ámbito o el territorio necesarios");
        }
        if (SUBMISSIONS.contains(method)) {
            add(responses, "413", "Cuerpo mayor de 1 MB");
            add(responses, "415", "Tipo de contenido o juego de caracteres no admitido (solo JSON en UTF-8)");
        }
        add(responses, "429", "Demasiadas peticiones; reintente tras Retry-After");
        add(responses, "503", "Servicio no disponible temporalmente");
        // every refusal answers problem+json with the one Problem shape
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, r) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    problemContent(r);
                }
            });
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void problemContent(APIResponse r) {
        Content content = r.getContent();
        MediaType problem = content == null ? null : content.getMediaType(PROBLEM);
        if (problem == null) {
            problem = OASFactory.createMediaType();
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        }
        Content only = OASFactory.createContent().addMediaType(PROBLEM, problem);
        r.setContent(only);
    }

    private static void idempotencyKey(Operation op) {
        if (op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
            return;
        }
        op.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER).required(false)
                .description("Identificador único del mensaje (1-100 caracteres: letras, cifras, . _ : -). Un reintento "
                        + "con la misma clave devuelve la primera respuesta (Idempotent-Replayed: true); con otro "
                        + "contenido, 422.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).maxLength(100)
                        .pattern("^[A-Za-z0-9._:-]{1,100}$")));
    }

    /**
     * The scan types a Java {@code long} as {@code number} (a generated client would take a BigDecimal): every
     * identifier of this API ({@code id}, {@code caseId}, {@code unitId}...) is a 64-bit integer.
     */
    private static void identifier(String name, Schema schema) {
        if (schema != null && name != null && (name.equals("id") || name.endsWith("Id"))
                && schema.getType() == Schema.SchemaType.NUMBER && schema.getFormat() == null) {
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat("int64");
        }
    }

    private static void identifiers(Schema schema) {
        if (schema != null && schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                identifier(name, property);
                identifiers(property);
                if (property.getItems() != null) {
                    identifiers(property.getItems());
                }
            });
        }
    }

    /** {@code POST /cases/{caseId}/judicial-orders/{orderId}/breaches} becomes {@code postCasesJudicialOrdersBreaches}. */
    static String derivedId(String method, String path) {
        StringBuilder b = new StringBuilder(method.toLowerCase(Locale.ROOT));
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.equals("api") || part.equals("v1")) {
                continue;
            }
            if (part.startsWith("{")) {
                if (i == parts.length - 1) {
                    b.append("ById");
                }
                continue;
            }
            for (String word : part.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return b.toString();
    }

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        return pathItem;
    }
}
