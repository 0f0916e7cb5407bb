package es.viogen.platform.boundary;

import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.control.JsonShape;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * Strict JSON for every JSON-bound operation, before the body reaches JSON-B (which would coerce {@code 1.5},
 * {@code "12"} or {@code 1e3} into an integer, wrap {@code 4294967796} into an {@code int}, replace invalid UTF-8
 * and drop unknown properties): the body is decoded strictly (UTF-8 unless the request names another charset the
 * runtime knows; invalid bytes or an unknown charset are 400), parsed, and checked by {@link JsonShape} against the
 * generic type of the resource method's entity parameter. Refusals are 400 problem+json naming each field; nothing
 * has been parsed by JSON-B, claimed by the idempotency store or written.
 *
 * <p>Runs after authentication and authorisation (an anonymous caller's body is never parsed) and before the
 * partners' idempotency filter. The body is handed on as UTF-8.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 50)
public class StrictJsonFilter implements ContainerRequestFilter {

    /** Bodies larger than this are left to the size limit of the submission filter (413). */
    static final int MAX_CHECKED_BYTES = 1024 * 1024;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !isJson(type) || !request.hasEntity()) {
            return;
        }
        Method method = resourceInfo.getResourceMethod();
        Type target = method == null ? null : entityType(method);
        if (target == null || target == String.class || target == byte[].class || target == InputStream.class) {
            return;
        }
        InputStream in = request.getEntityStream();
        byte[] body = in.readNBytes(MAX_CHECKED_BYTES + 1);
        if (body.length > MAX_CHECKED_BYTES) {
            request.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(body), in));
            return;
        }
        String text = decode(body, type);
        JsonValue value = parse(text);
        List<es.viogen.platform.api.FieldError> errors = JsonShape.check(value, target);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        request.setEntityStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        if (type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE,
                    new MediaType(type.getType(), type.getSubtype()).withCharset("UTF-8").toString());
        }
    }

    static boolean isJson(MediaType type) {
        return "json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json");
    }

    /** The decoded body; invalid bytes or an unknown charset are a malformed request, never a replaced character. */
    static String decode(byte[] body, MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset;
        try {
            charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new JsonException("unknown charset");
        }
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            String s = chars.toString();
            return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new JsonException("invalid bytes for the charset");
        }
    }

    static JsonValue parse(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readValue();
        } catch (RuntimeException e) {
            // JsonParsingException, or anything a broken document provokes in the parser
            throw new JsonException("malformed JSON");
        }
    }

    /** The generic type of the one parameter that JAX-RS binds from the body (no JAX-RS annotation), if any. */
    static Type entityType(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        Type[] types = method.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            boolean bound = false;
            for (Annotation a : annotations[i]) {
                String p = a.annotationType().getPackageName();
                if (p.equals("jakarta.ws.rs") || p.equals("jakarta.ws.rs.core") || p.equals("jakarta.ws.rs.container")) {
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

}
