package es.viogen.partners.boundary;

import es.viogen.partners.control.MessageIds;
import es.viogen.partners.control.Signatures;
import es.viogen.platform.api.ReplayableAnswer;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Texts;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Guards every REST submission (POST, PUT, PATCH) of the API:
 * <ol>
 *   <li>body size limit ({@code viogen.partners.max-body-bytes}, 1 MB): larger bodies are refused with 413
 *       problem+json before anything is parsed or written;</li>
 *   <li>idempotency for partners: with an {@code Idempotency-Key} header the first answer is stored against
 *       (partner, key, hash of method + path + body) and replayed to every retry ({@code Idempotent-Replayed: true});
 *       the same key with another request is 422; a retry while the first is still running is 409.
 *       Operations marked {@link IdempotentSubmission} require the header.</li>
 * </ol>
 * Runs after the platform's access filter, so unauthenticated and unauthorised calls never reach the store.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class PartnerSubmissionFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String KEY_PROPERTY = "viogen.partners.idempotency.key";
    private static final String PARTNER_PROPERTY = "viogen.partners.idempotency.partner";
    private static final Set<String> SUBMISSIONS = Set.of("POST", "PUT", "PATCH");
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final long MAX_SWALLOW = 64L * 1024 * 1024;

    @Context
    ResourceInfo resourceInfo;

    @Inject
    IdempotencyStore store;

    @Inject
    Texts texts;

    @Inject
    @ConfigProperty(name = "viogen.partners.max-body-bytes", defaultValue = "1048576")
    int maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!SUBMISSIONS.contains(request.getMethod())) {
            return;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            discard(request.getEntityStream());
            request.abortWith(tooLargeResponse());
            return;
        }
        byte[] body = readBounded(request.getEntityStream(), maxBodyBytes);
        if (body == null) {
            discard(request.getEntityStream());
            request.abortWith(tooLargeResponse());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));

        SecurityContext sc = request.getSecurityContext();
        if (sc.getUserPrincipal() == null || !sc.isUserInRole(Role.PARTNER_NAME)) {
            return;
        }
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            if (required()) {
                request.abortWith(problem(400, "IDEMPOTENCY_KEY_REQUIRED", "partners.error.idempotencyKeyRequired"));
            }
            return;
        }
        if (!MessageIds.valid(key)) {
            request.abortWith(problem(400, "IDEMPOTENCY_KEY_INVALID", "partners.error.idempotencyKeyInvalid"));
            return;
        }
        String partner = sc.getUserPrincipal().getName();
        String hash = requestHash(request.getMethod(), request.getUriInfo().getPath(), body);
        IdempotencyStore.Claim claim = store.begin(partner, key, hash);
        switch (claim.outcome()) {
            case NEW -> {
                request.setProperty(KEY_PROPERTY, key);
                request.setProperty(PARTNER_PROPERTY, partner);
            }
            case REPLAY -> {
                Response.ResponseBuilder replay = Response.status(claim.status()).header("Idempotent-Replayed", "true");
                if (claim.body() != null) {
                    replay.entity(claim.body()).type(claim.contentType());
                }
                if (claim.location() != null) {
                    replay.header(HttpHeaders.LOCATION, claim.location());
                }
                request.abortWith(replay.build());
            }
            case MISMATCH -> request.abortWith(problem(422, "IDEMPOTENCY_KEY_REUSED", "partners.error.idempotencyKeyReused"));
            case IN_PROGRESS -> request.abortWith(problem(409, "IDEMPOTENCY_IN_PROGRESS", "partners.error.idempotencyInProgress"));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String key = (String) request.getProperty(KEY_PROPERTY);
        String partner = (String) request.getProperty(PARTNER_PROPERTY);
        if (key == null || partner == null) {
            return;
        }
        int status = response.getStatus();
        boolean final_ = status >= 200 && status < 300;
        if (!final_) {
            store.abandon(partner, key);
            return;
        }
        String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        store.complete(partner, key, status, contentType, location == null ? null : location.toString(),
                serialise(response.getEntity() instanceof ReplayableAnswer r ? r.forReplay(texts) : response.getEntity()));
    }

    private boolean required() {
        Method m = resourceInfo.getResourceMethod();
        return m != null && (m.isAnnotationPresent(IdempotentSubmission.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(IdempotentSubmission.class));
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The body, or null when it exceeds {@code max} bytes (reading stops there). */
    static byte[] readBounded(InputStream in, int max) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) != -1) {
            if (out.size() + n > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Most HTTP clients only read the answer once their body is sent: swallow (up to 64 MB) what is left unread. */
    static void discard(InputStream in) {
        if (in == null) {
            return;
        }
        byte[] buf = new byte[65536];
        long total = 0;
        try {
            int n;
            while (total < MAX_SWALLOW && (n = in.read(buf)) != -1) {
                total += n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    static String requestHash(String method, String path, byte[] body) {
        byte[] head = (method + " /" + path.replaceFirst("^/", "") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return Signatures.sha256Hex(all);
    }

    private static String serialise(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String s) {
            return s;
        }
        if (entity instanceof JsonValue v) {
            return v.toString();
        }
        return JSONB.toJson(entity);
    }

    private Response tooLargeResponse() {
        return problem(413, "PAYLOAD_TOO_LARGE", "partners.error.payloadTooLarge", maxBodyBytes / 1024);
    }

    private Response problem(int status, String code, String key, Object... args) {
        return PartnerProblems.response(status, code, texts.get("partners.problem.title." + status), texts.get(key, args));
    }
}
