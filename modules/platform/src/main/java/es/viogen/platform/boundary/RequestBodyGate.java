package es.viogen.platform.boundary;

import es.viogen.platform.api.BoundedBody;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.PlainText;
import es.viogen.platform.control.JsonShape;
import es.viogen.platform.control.JsonpProvider;
import es.viogen.platform.control.StrictJson;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The first thing every REST submission (POST, PUT, PATCH) meets after authentication, before idempotency, binding
 * or any write:
 * <ol>
 *   <li>the body is read into memory up to {@code viogen.api.max-body-bytes} (1 MB); a larger one is refused with
 *       413 before anything is parsed (the rest of it is swallowed, so the client reads the answer);</li>
 *   <li>a JSON body must be UTF-8 (415 for a declared charset other than UTF-8) and a complete, well-formed
 *       document within {@link StrictJson}'s limits (400 otherwise), so the binder never sees malformed input —
 *       the server's binder can loop forever on some (stack.md trap 12);</li>
 *   <li>the document must fit the Java type of the operation's body parameter ({@link JsonShape}: integers as
 *       written and in range, strings without control characters, ISO dates with a 4-digit year, enum names, no
 *       unknown property, bounded arrays), 400 {@code VALIDATION} naming each field otherwise — JSON-B would coerce
 *       {@code 1.5}, {@code "12"} or {@code 1e3} into an integer, wrap {@code 4294967796} and drop a misspelt
 *       property without a word. The value rules of each field are the records' Bean Validation constraints.</li>
 * </ol>
 * Each refusal is problem+json in the caller's language, answered in milliseconds; nothing has been written.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 50)
public class RequestBodyGate implements ContainerRequestFilter {

    private static final Set<String> SUBMISSIONS = Set.of("POST", "PUT", "PATCH");

    @Inject
    Texts texts;

    @Context
    ResourceInfo resourceInfo;

    @Inject
    @ConfigProperty(name = "viogen.api.max-body-bytes", defaultValue = "1048576")
    int maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        parameters(request);
        if (!SUBMISSIONS.contains(request.getMethod())) {
            return;
        }
        Locale locale = locale(request);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length)) {
            BoundedBody.discard(request.getEntityStream());
            request.abortWith(tooLarge(locale));
            return;
        }
        byte[] body = BoundedBody.read(request.getEntityStream(), maxBodyBytes);
        if (body == null) {
            BoundedBody.discard(request.getEntityStream());
            request.abortWith(tooLarge(locale));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));

        MediaType type = request.getMediaType();
        if (type == null || !isJson(type) || body.length == 0) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !"utf-8".equalsIgnoreCase(charset.trim()) && !"utf8".equalsIgnoreCase(charset.trim())) {
            request.abortWith(Problems.response(415, "UNSUPPORTED_CHARSET", title(415, locale),
                    texts.get(locale, "problem.gate.charset"), null));
            return;
        }
        Optional<StrictJson.Refusal> refusal = StrictJson.check(body);
        if (refusal.isPresent()) {
            StrictJson.Refusal r = refusal.get();
            String detail = switch (r.reason()) {
                case ENCODING -> texts.get(locale, "problem.gate.encoding");
                case DEPTH -> texts.get(locale, "problem.gate.depth", StrictJson.MAX_DEPTH);
                case NUL_CHARACTER -> texts.get(locale, "problem.gate.nul");
                case EMPTY, SYNTAX -> r.offset() >= 0
                        ? texts.get(locale, "problem.gate.syntaxAt", r.offset())
                        : texts.get(locale, "problem.malformed.detail");
            };
            request.abortWith(Problems.response(400, "MALFORMED", texts.get(locale, "problem.malformed.title"), detail,
                    null));
            return;
        }
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        Type target = method == null ? null : entityType(method);
        if (target != null && target != String.class && target != byte[].class && target != InputStream.class) {
            JsonValue document;
            try {
                document = parse(body);
            } catch (RuntimeException e) {
                // well-formed but beyond the parser's own limits (e.g. a number of thousands of digits)
                request.abortWith(Problems.response(400, "MALFORMED", texts.get(locale, "problem.malformed.title"),
                        texts.get(locale, "problem.malformed.detail"), null));
                return;
            }
            List<FieldError> errors = JsonShape.check(document, target);
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }

    private static JsonValue parse(byte[] wellFormed) {
        try (JsonReader r = JsonpProvider.JSON.createReader(new ByteArrayInputStream(wellFormed))) {
            return r.readValue();
        }
    }

    /** The generic type of the parameter that JAX-RS binds from the body (the one without a JAX-RS annotation). */
    static Type entityType(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        Type[] types = method.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            boolean bound = false;
            for (Annotation a : annotations[i]) {
                String p = a.annotationType().getPackageName();
                if (p.startsWith("jakarta.ws.rs")) {
                    bound = true;
                    break;
                }
            }
            if (!bound) {
                return types[i];
            }
        }
        return null;
    }

    /**
     * Query and path parameters are text like any other: a control character (a NUL reaches PostgreSQL as an
     * error) is refused with 400 naming the parameter, for every method.
     */
    private static void parameters(ContainerRequestContext request) {
        List<FieldError> errors = new java.util.ArrayList<>();
        check(request.getUriInfo().getQueryParameters(), errors);
        check(request.getUriInfo().getPathParameters(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void check(jakarta.ws.rs.core.MultivaluedMap<String, String> params, List<FieldError> errors) {
        for (var e : params.entrySet()) {
            boolean plainName = PlainText.Validator.isPlain(e.getKey(), false) && e.getKey().length() <= 100;
            for (String v : e.getValue()) {
                if (!plainName || v != null && !PlainText.Validator.isPlain(v, false)) {
                    errors.add(new FieldError(plainName ? e.getKey() : "parameter", "validation.json.control"));
                    break;
                }
            }
        }
    }

    static boolean isJson(MediaType type) {
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        return "application".equalsIgnoreCase(type.getType()) && ("json".equals(sub) || sub.endsWith("+json"));
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Response tooLarge(Locale locale) {
        return Problems.response(413, "PAYLOAD_TOO_LARGE", title(413, locale),
                texts.get(locale, "problem.gate.tooLarge", maxBodyBytes / 1024), null);
    }

    private String title(int status, Locale locale) {
        return texts.get(locale, "problem.status." + status);
    }

    private static Locale locale(ContainerRequestContext request) {
        for (Locale l : request.getAcceptableLanguages()) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("es".equals(l.getLanguage())) {
                return BundleTexts.SPANISH;
            }
        }
        return BundleTexts.SPANISH;
    }
}
