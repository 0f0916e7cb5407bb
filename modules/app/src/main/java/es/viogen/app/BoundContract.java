package es.viogen.app;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What the served contract learns from the resource classes themselves, operation by operation (matched on path and
 * method): the Bean Validation constraints of request bodies and parameters, and the schema of answers named by
 * {@code @APIResponse(content = @Content(schema = @Schema(implementation = X.class)))} — the runtime's scan leaves
 * such an answer a bare {@code object} unless it met {@code X} as a method's own return or parameter type.
 */
final class BoundContract {

    private static final Logger LOG = Logger.getLogger(BoundContract.class.getName());
    private static final String ROOT = "/api/v1";
    private static final List<Class<? extends Annotation>> NOT_BODY = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, FormParam.class, CookieParam.class, MatrixParam.class, BeanParam.class, Context.class);

    private BoundContract() {
    }

    static void apply(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        RecordSchemas schemas = new RecordSchemas(api.getComponents());
        for (Class<?> resource : resources(BoundContract.class.getClassLoader())) {
            for (Method m : resource.getMethods()) {
                String verb = verb(m);
                PathItem item = verb == null ? null : api.getPaths().getPathItem(path(resource, m));
                Operation op = item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(verb));
                if (op != null) {
                    operation(op, m, schemas);
                }
            }
        }
    }

    private static void operation(Operation op, Method m, RecordSchemas schemas) {
        java.lang.reflect.Parameter[] params = m.getParameters();
        for (java.lang.reflect.Parameter p : params) {
            String name = name(p);
            if (name == null && NOT_BODY.stream().noneMatch(p::isAnnotationPresent)) {
                body(op, p.getParameterizedType(), p, schemas);
            } else if (name != null && op.getParameters() != null) {
                op.getParameters().stream().filter(x -> name.equals(x.getName()) && x.getSchema() != null)
                        .forEach(x -> parameter(x, p));
            }
        }
        answer(op, m, schemas);
        for (APIResponse r : m.getAnnotationsByType(APIResponse.class)) {
            for (var content : r.content()) {
                Class<?> implementation = content.schema().implementation();
                if (implementation == Void.class || op.getResponses() == null
                        || op.getResponses().getAPIResponse(r.responseCode()) == null) {
                    continue;
                }
                var served = op.getResponses().getAPIResponse(r.responseCode()).getContent();
                MediaType media = served == null ? null : served.getMediaType(content.mediaType());
                if (media != null && (bare(media.getSchema()) || media.getSchema().getType() == Schema.SchemaType.STRING)) {
                    Schema s = schemas.schemaOf(implementation);
                    boolean list = content.schema().type() == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY;
                    media.setSchema(list ? OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(s) : s);
                }
            }
        }
    }

    /**
     * A method that returns its answer (not a {@code Response}): its success answer's JSON schema is the return
     * type's, where the runtime left none (an {@code @APIResponse} without content replaces the scanned one).
     */
    private static void answer(Operation op, Method m, RecordSchemas schemas) {
        Class<?> raw = m.getReturnType();
        if (raw == void.class || raw == jakarta.ws.rs.core.Response.class || raw == String.class
                || raw.getName().startsWith("jakarta.json.") || op.getResponses() == null
                || op.getResponses().getAPIResponses() == null) {
            return;
        }
        var success = op.getResponses().getAPIResponse("200");
        if (success == null) {
            return;
        }
        if (success.getContent() == null || success.getContent().getMediaTypes() == null
                || success.getContent().getMediaTypes().isEmpty()) {
            success.setContent(OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                    OASFactory.createMediaType()));
        }
        for (MediaType media : success.getContent().getMediaTypes().values()) {
            if (bare(media.getSchema())) {
                media.setSchema(schemas.schemaOf(m.getGenericReturnType()));
            }
        }
        schemas.constrain(raw);
    }

    private static void body(Operation op, java.lang.reflect.Type type, java.lang.reflect.Parameter p, RecordSchemas schemas) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return;
        }
        Class<?> documented = documentedBody(p);
        Class<?> raw = documented != null ? documented : RecordSchemas.raw(type);
        if (!raw.isRecord()) {
            return;
        }
        for (MediaType media : op.getRequestBody().getContent().getMediaTypes().values()) {
            if (bare(media.getSchema())) {
                media.setSchema(schemas.schemaOf(documented != null ? documented : type));
            }
        }
        schemas.constrain(raw);
        if (p.isAnnotationPresent(jakarta.validation.constraints.NotNull.class) || documented != null) {
            op.getRequestBody().setRequired(true);
        }
    }

    /** A body read field by field (a JSON object) documents its shape with {@code @RequestBody(... implementation)}. */
    private static Class<?> documentedBody(java.lang.reflect.Parameter p) {
        var rb = p.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
        if (rb == null) {
            rb = ((Method) p.getDeclaringExecutable()).getAnnotation(
                    org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
        }
        if (rb == null) {
            return null;
        }
        for (var c : rb.content()) {
            if (c.schema().implementation() != Void.class) {
                return c.schema().implementation();
            }
        }
        return null;
    }

    private static void parameter(Parameter x, java.lang.reflect.Parameter p) {
        if (RecordSchemas.apply(x.getSchema(), p.getAnnotations(), p.getType()) && x.getIn() != Parameter.In.PATH) {
            x.setRequired(true);
        }
    }

    /** A schema that says nothing: no reference, no properties, no items. */
    static boolean bare(Schema s) {
        return s == null || (s.getRef() == null && (s.getProperties() == null || s.getProperties().isEmpty())
                && s.getItems() == null && s.getType() != Schema.SchemaType.STRING
                && s.getAdditionalPropertiesSchema() == null);
    }

    private static String name(java.lang.reflect.Parameter p) {
        if (p.isAnnotationPresent(PathParam.class)) {
            return p.getAnnotation(PathParam.class).value();
        }
        if (p.isAnnotationPresent(QueryParam.class)) {
            return p.getAnnotation(QueryParam.class).value();
        }
        if (p.isAnnotationPresent(HeaderParam.class)) {
            return p.getAnnotation(HeaderParam.class).value();
        }
        return null;
    }

    private static String verb(Method m) {
        for (Class<? extends Annotation> a : List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getSimpleName();
            }
        }
        return null;
    }

    static String path(Class<?> resource, Method m) {
        StringBuilder b = new StringBuilder(ROOT);
        for (Path p : new Path[]{resource.getAnnotation(Path.class), m.getAnnotation(Path.class)}) {
            if (p != null) {
                for (String part : p.value().split("/")) {
                    if (!part.isEmpty()) {
                        b.append('/').append(part.replaceAll("\\{\\s*([^:}\\s]+)\\s*(:[^}]*)?}", "{$1}"));
                    }
                }
            }
        }
        return b.toString();
    }

    /** The JAX-RS resource classes of the application ({@code @Path} classes under {@code es.viogen}), by name. */
    static List<Class<?>> resources(ClassLoader loader) {
        List<Class<?>> out = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources("es/viogen/"))) {
                for (String name : classNames(url)) {
                    try {
                        Class<?> c = Class.forName(name, false, loader);
                        if (c.isAnnotationPresent(Path.class)) {
                            out.add(c);
                        }
                    } catch (ClassNotFoundException | LinkageError e) {
                        LOG.log(Level.FINE, "not loadable: " + name, e);
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "resource classes not listed; the contract lacks their constraints", e);
        }
        out.sort(Comparator.comparing(Class::getName));
        return out;
    }

    private static List<String> classNames(URL url) throws IOException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
            var jar = ((JarURLConnection) url.openConnection()).getJarFile();
            jar.stream().map(e -> e.getName()).filter(BoundContract::candidate).forEach(n -> names.add(className(n)));
        } else if ("file".equals(url.getProtocol())) {
            File dir = new File(URLDecoder.decode(url.getPath(), StandardCharsets.UTF_8));
            java.nio.file.Path base = dir.toPath().getParent().getParent();
            try (Stream<java.nio.file.Path> files = Files.walk(dir.toPath())) {
                files.map(f -> base.relativize(f).toString().replace(File.separatorChar, '/'))
                        .filter(BoundContract::candidate).forEach(n -> names.add(className(n)));
            }
        }
        return names;
    }

    private static boolean candidate(String entry) {
        return entry.startsWith("es/viogen/") && entry.endsWith("Resource.class") && entry.contains("/boundary/");
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }
}
